namespace Ppc.Modeling.Sizing;

/// <summary>How good a sizing answer is (MODEL.md §5), judged on its §2 evaluation.</summary>
public enum SizingStatus
{
    /// <summary>The plan meets every objective and limit, and its evaluated criterion is within 1e-4 (relative) of the bound.</summary>
    Optimal,

    /// <summary>The plan meets every objective and limit, without that proof.</summary>
    Feasible,

    /// <summary>The plan misses an objective or a limit; its shortfalls say by how much (they are the smallest the model found).</summary>
    Infeasible,
}
