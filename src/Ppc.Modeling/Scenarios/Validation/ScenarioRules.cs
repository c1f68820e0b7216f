namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>The semantic rules of MODEL.md §1 on a scenario read from JSON or built in code.</summary>
internal static class ScenarioRules
{
    public static List<ScenarioIssue> Check(Scenario scenario)
    {
        var issues = new List<ScenarioIssue>();
        return issues;
    }
}
