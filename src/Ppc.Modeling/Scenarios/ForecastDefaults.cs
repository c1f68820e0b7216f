namespace Ppc.Modeling.Scenarios;

/// <summary>The <c>options.forecast</c> object: a forecast request in JSON.</summary>
public sealed record ForecastDefaults
{
    /// <summary>Number of Monte Carlo trials (integer ≥ 1).</summary>
    public int? Trials { get; init; }

    /// <summary>The random seed (integer ≥ 0).</summary>
    public long? Seed { get; init; }

    /// <summary>Target relative standard error of the mean of cumulative revenue at T (&gt; 0).</summary>
    public double? Precision { get; init; }
}
