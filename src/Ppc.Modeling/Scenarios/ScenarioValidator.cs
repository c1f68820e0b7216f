using Ppc.Modeling.Scenarios.Validation;

namespace Ppc.Modeling.Scenarios;

/// <summary>Checks a scenario built in code against every rule of MODEL.md §1 and gathers all its errors and warnings at once.</summary>
public static class ScenarioValidator
{
    /// <summary>Validates a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The validated scenario, or every error.</returns>
    public static ScenarioLoadResult Validate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new ScenarioLoadResult(scenario, ScenarioRules.Check(scenario));
    }
}
