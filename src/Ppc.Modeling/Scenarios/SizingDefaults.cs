namespace Ppc.Modeling.Scenarios;

/// <summary>The <c>options.size</c> object: a sizing request in JSON.</summary>
public sealed record SizingDefaults
{
    /// <summary><c>minimizeCost</c>, <c>maximizeContribution</c> or <c>maximize:&lt;metric&gt;</c>.</summary>
    public string? Criterion { get; init; }

    /// <summary>The most that may be spent over the horizon (≥ 0); required by <c>maximize:&lt;metric&gt;</c>.</summary>
    public double? Budget { get; init; }

    /// <summary>The joint probability of meeting every objective to aim for, in (0, 1).</summary>
    public double? Confidence { get; init; }

    /// <summary>Monte Carlo trials per candidate under uncertainty (integer ≥ 1).</summary>
    public int? Trials { get; init; }

    /// <summary>The random seed under uncertainty (integer ≥ 0).</summary>
    public long? Seed { get; init; }

    /// <summary>The solver's time limit in seconds (&gt; 0).</summary>
    public double? TimeLimitSeconds { get; init; }
}
