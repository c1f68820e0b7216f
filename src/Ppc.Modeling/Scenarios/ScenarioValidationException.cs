using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Scenarios;

/// <summary>Thrown by <see cref="ScenarioLoadResult.GetValueOrThrow"/> when a scenario has errors; lists them all.</summary>
public sealed class ScenarioValidationException : Exception
{
    /// <summary>Creates the exception from the scenario's errors.</summary>
    /// <param name="errors">Every error.</param>
    public ScenarioValidationException(ValueArray<ScenarioIssue> errors)
        : base("The scenario is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors ?? throw new ArgumentNullException(nameof(errors))))
    {
        Errors = errors;
    }

    /// <summary>Every error of the scenario.</summary>
    public ValueArray<ScenarioIssue> Errors { get; }
}
