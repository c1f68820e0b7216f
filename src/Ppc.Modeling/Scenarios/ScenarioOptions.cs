namespace Ppc.Modeling.Scenarios;

/// <summary>Default requests carried in the scenario (root <c>options</c>); the API's options and CLI flags override them.</summary>
public sealed record ScenarioOptions
{
    /// <summary>Defaults for a forecast.</summary>
    public ForecastDefaults? Forecast { get; init; }

    /// <summary>Defaults for sizing.</summary>
    public SizingDefaults? Size { get; init; }
}
