namespace Ppc.Modeling.Simulation;

/// <summary>A forecast request: how many trials, which seed, how many threads, and an optional precision target.</summary>
public sealed record ForecastOptions
{
    /// <summary>
    /// Trials to run (≥ 1); with <see cref="Precision"/> it is a cap. Default 10,000. Every trial's values are
    /// kept (52 bytes per trial-month): a run whose store exceeds an array or the memory this process may
    /// use is refused before it starts; split it into trial ranges (<see cref="FirstTrial"/>) and merge them.
    /// </summary>
    public int Trials { get; init; } = 10_000;

    /// <summary>The seed (≥ 0): a run is fixed by (scenario, seed, trials). Default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Threads to use (≥ 1); null for every core. Never changes the numbers.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Optional target relative standard error of the mean of <see cref="PrecisionMetric"/>
    /// cumulated at T (&gt; 0): trials run in batches of 1,000 and stop once it is met.
    /// </summary>
    public double? Precision { get; init; }

    /// <summary>The metric whose cumulative mean at T the precision target applies to. Default revenue.</summary>
    public ForecastMetric PrecisionMetric { get; init; } = ForecastMetric.Revenue;

    /// <summary>The index of the first trial (≥ 0), to run a range of a larger run on another machine. Default 0.</summary>
    public long FirstTrial { get; init; }
}
