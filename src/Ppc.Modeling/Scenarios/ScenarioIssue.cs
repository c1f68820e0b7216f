namespace Ppc.Modeling.Scenarios;

/// <summary>
/// One problem found in a scenario: where (a JSON path in MODEL.md §1 notation, such as
/// <c>$.stages[3].conversion.beta.mean</c>), and a message that gives the value found and what is allowed.
/// </summary>
/// <param name="Path">The JSON path of the offending value, or of the object or array that holds a rule's values.</param>
/// <param name="Message">The value found and what is allowed.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record ScenarioIssue(string Path, string Message, IssueSeverity Severity = IssueSeverity.Error)
{
    /// <summary>The issue as one line: <c>path: message</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
