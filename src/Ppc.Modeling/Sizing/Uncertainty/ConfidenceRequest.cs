namespace Ppc.Modeling.Sizing.Uncertainty;

/// <summary>Sizing under uncertainty (MODEL.md §5): the joint probability of meeting every objective to aim for, and the Monte Carlo run that measures it.</summary>
public sealed record ConfidenceRequest
{
    /// <summary>The joint probability of meeting every objective to reach, in (0, 1), such as 0.9.</summary>
    public required double Confidence { get; init; }

    /// <summary>Monte Carlo trials per candidate plan (≥ 1000). Default 10,000.</summary>
    public int Trials { get; init; } = 10_000;

    /// <summary>The seed shared by every candidate (common random numbers). Default 1.</summary>
    public long Seed { get; init; } = 1;
}
