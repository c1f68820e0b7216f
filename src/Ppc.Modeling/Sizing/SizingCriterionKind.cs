namespace Ppc.Modeling.Sizing;

/// <summary>What sizing optimises once every objective and limit is held (MODEL.md §5).</summary>
public enum SizingCriterionKind
{
    /// <summary>Σ costs over months 1..T, every cost line, fixed costs included (the default).</summary>
    MinimizeCost,

    /// <summary>Σ contribution (margin − costs) over months 1..T.</summary>
    MaximizeContribution,

    /// <summary>A metric at T (flows summed over 1..T), under a budget on Σ costs.</summary>
    Maximize,
}
