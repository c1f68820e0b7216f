namespace Ppc.Modeling.Scenarios;

/// <summary>A target on a metric by a month, with a priority (recommendations 1 and 2). Exactly one of <see cref="AtLeast"/> and <see cref="AtMost"/>.</summary>
public sealed record Objective
{
    /// <summary>The metric.</summary>
    public required ObjectiveMetric Metric { get; init; }

    /// <summary>The metric must reach at least this value.</summary>
    public double? AtLeast { get; init; }

    /// <summary>The metric must stay at or below this value.</summary>
    public double? AtMost { get; init; }

    /// <summary>The month by which the target holds, 1..T; default T.</summary>
    public int? ByMonth { get; init; }

    /// <summary>The priority, integer ≥ 1 (1 is the highest); default 1.</summary>
    public int? Priority { get; init; }
}
