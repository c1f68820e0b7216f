using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Scenarios;

/// <summary>
/// A scenario that passed <see cref="ScenarioValidator"/>: the only form the engines accept.
/// Obtain one from <see cref="ScenarioLoadResult.TryGetValue"/>.
/// </summary>
public sealed class ValidatedScenario
{
    internal ValidatedScenario(Scenario scenario, ValueArray<ScenarioIssue> warnings)
    {
        Scenario = scenario;
        Warnings = warnings;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Remarks on a valid scenario (for example balanced shares on a shared stage).</summary>
    public ValueArray<ScenarioIssue> Warnings { get; }
}
