using Ppc.Modeling.Collections;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Sizing;

/// <summary>How the sized plan does on one objective, from its §2 evaluation (MODEL.md §6 <c>objectives</c>).</summary>
public sealed record ObjectiveOutcome
{
    /// <summary>The objective as the scenario states it.</summary>
    public required Objective Objective { get; init; }

    /// <summary>The objective's month (its <c>byMonth</c>, default T).</summary>
    public required int ByMonth { get; init; }

    /// <summary>The objective's priority (default 1).</summary>
    public required int Priority { get; init; }

    /// <summary>The target: <c>atLeast</c> or <c>atMost</c>.</summary>
    public required double Target { get; init; }

    /// <summary>The metric's value in the evaluation (flows summed over 1..byMonth; stocks at byMonth).</summary>
    public required double Achieved { get; init; }

    /// <summary>How far the plan falls short: max(0, target − achieved), mirrored for atMost; 0 when met.</summary>
    public required double Shortfall { get; init; }

    /// <summary>Whether achieved ≥ target − 1e-6·max(1, |target|) (mirrored for atMost).</summary>
    public required bool Met { get; init; }

    /// <summary>
    /// How much the criterion worsens per unit the target is made harder (atLeast raised, atMost
    /// lowered), from the LP with the plan's integers fixed; in criterion units per metric unit, ≥ 0
    /// in a normal case, 0 when the target does not bind.
    /// </summary>
    public double ShadowPrice { get; init; }

    /// <summary>The limits that hold this objective back (non-zero shadow price in its level's shortfall programme, or an integer limit reached); empty when met.</summary>
    public ValueArray<string> Causes { get; init; } = ValueArray<string>.Empty;
}
