using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Sizing;

/// <summary>
/// The resources a sizing chose, month by month (MODEL.md §6 <c>plan</c>): the same plan is written
/// back into the scenario that was evaluated.
/// </summary>
public sealed record SizingPlan
{
    /// <summary>Hires of each staff role in months 1..T (role id → T whole numbers).</summary>
    public required ValueMap<ValueArray<int>> Hires { get; init; }

    /// <summary>Expected surviving people of each staff role at the end of months 1..T (role id → T fte).</summary>
    public required ValueMap<ValueArray<double>> Headcount { get; init; }

    /// <summary>Hours bought from each external role in months 1..T (role id → T hours, not seasonal).</summary>
    public required ValueMap<ValueArray<double>> ExternalHours { get; init; }

    /// <summary>Recruits of each partner network in months 1..T (partner id → T whole numbers).</summary>
    public required ValueMap<ValueArray<int>> Partners { get; init; }

    /// <summary>Share of each role's hours on each stage it performs in months 1..T (role id → stage id → T shares summing to 1).</summary>
    public required ValueMap<ValueMap<ValueArray<double>>> Allocation { get; init; }
}
