namespace Ppc.Modeling.Sizing;

/// <summary>
/// A sizing request (MODEL.md §5). Every null falls back on the scenario's <c>options.size</c>, then
/// on the defaults: <c>minimizeCost</c>, no budget, 60 seconds, every channel. The request under
/// uncertainty (<c>confidence</c>, trials, seed) is added on top of this one by the Monte Carlo sizing.
/// </summary>
public sealed record SizingOptions
{
    /// <summary>The default time limit when neither the options nor the scenario give one: 60 seconds.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(60);

    /// <summary>The criterion; null for the scenario's, else <see cref="SizingCriterion.MinimizeCost"/>.</summary>
    public SizingCriterion? Criterion { get; init; }

    /// <summary>The most that may be spent over months 1..T, in currency units (≥ 0); null for the scenario's, else none.</summary>
    public double? Budget { get; init; }

    /// <summary>The wall-clock limit of the whole sizing (every solve, the re-solves included); null for the scenario's, else 60 s.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>The channels whose decisions sizing may take; the others stay at zero (make or buy).</summary>
    public SizingChannels Channels { get; init; } = SizingChannels.All;

    /// <summary>
    /// Solver threads to use at once (≥ 1); null for every core. Independent programmes (the integer-limit
    /// re-solves of the shadow prices, the runs of a channel comparison) are solved side by side; each
    /// solve is single-threaded, so an answer reached within the time limit does not depend on it.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
