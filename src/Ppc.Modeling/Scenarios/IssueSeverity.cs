namespace Ppc.Modeling.Scenarios;

/// <summary>How serious a <see cref="ScenarioIssue"/> is.</summary>
public enum IssueSeverity
{
    /// <summary>The scenario cannot be used until it is fixed.</summary>
    Error,

    /// <summary>The scenario is valid but something in it deserves a look.</summary>
    Warning,
}
