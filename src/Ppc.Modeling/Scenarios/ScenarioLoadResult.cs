using System.Diagnostics.CodeAnalysis;
using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Scenarios;

/// <summary>
/// The outcome of reading or validating a scenario: the validated scenario, or every error found at
/// once. Bad input never throws; it ends up here.
/// </summary>
public sealed class ScenarioLoadResult
{
    private readonly ValidatedScenario? _valid;

    internal ScenarioLoadResult(Scenario? scenario, IEnumerable<ScenarioIssue> issues)
    {
        Scenario = scenario;
        var all = issues.ToList();
        Errors = new ValueArray<ScenarioIssue>(all.Where(i => i.Severity == IssueSeverity.Error));
        Warnings = new ValueArray<ScenarioIssue>(all.Where(i => i.Severity == IssueSeverity.Warning));
        if (scenario is not null && Errors.Count == 0) _valid = new ValidatedScenario(scenario, Warnings);
    }

    /// <summary>The scenario as read (null when the JSON could not be read at all); valid or not.</summary>
    public Scenario? Scenario { get; }

    /// <summary>Every error, in the order found; empty when the scenario is valid.</summary>
    public ValueArray<ScenarioIssue> Errors { get; }

    /// <summary>Every warning.</summary>
    public ValueArray<ScenarioIssue> Warnings { get; }

    /// <summary>Whether the scenario is valid.</summary>
    public bool IsValid => _valid is not null;

    /// <summary>Gets the validated scenario when there are no errors.</summary>
    /// <param name="scenario">The validated scenario, when valid.</param>
    /// <returns>Whether the scenario is valid.</returns>
    public bool TryGetValue([NotNullWhen(true)] out ValidatedScenario? scenario)
    {
        scenario = _valid;
        return scenario is not null;
    }

    /// <summary>The validated scenario.</summary>
    /// <returns>The validated scenario.</returns>
    /// <exception cref="ScenarioValidationException">The scenario has errors; the exception lists them.</exception>
    public ValidatedScenario GetValueOrThrow() => _valid ?? throw new ScenarioValidationException(Errors);
}
