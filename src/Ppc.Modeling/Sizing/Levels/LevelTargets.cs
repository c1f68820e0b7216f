using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Sizing.Levels;

/// <summary>
/// What one lexicographic solve aims at: the objectives, the cash floor and the budget, each moved
/// by the tightening of earlier rounds (offsets ≥ 0 make a target harder), and the criterion.
/// </summary>
internal sealed record LevelTargets
{
    public required IReadOnlyList<Objective> Objectives { get; init; }

    public required SizingCriterion Criterion { get; init; }

    public double? MinimumCash { get; init; }

    public double? Budget { get; init; }

    /// <summary>How much harder each objective is made, in its own unit (atLeast raised, atMost lowered).</summary>
    public required double[] ObjectiveOffsets { get; init; }

    /// <summary>How much the cash floor is raised in each month.</summary>
    public required double[] CashOffsets { get; init; }

    /// <summary>How much the budget is lowered.</summary>
    public double BudgetOffset { get; init; }

    /// <summary>The objective's target as written.</summary>
    public static double Target(Objective o) => o.AtLeast ?? o.AtMost!.Value;

    /// <summary>+1 for atLeast, −1 for atMost.</summary>
    public static double Direction(Objective o) => o.AtLeast is not null ? 1 : -1;

    /// <summary>max(1, |target|): the scale of an objective's shortfall and of its tolerances.</summary>
    public static double Scale(double target) => Math.Max(1, Math.Abs(target));

    /// <summary>The objective's month, default T.</summary>
    public static int ByMonth(Objective o, int horizon) => o.ByMonth ?? horizon;

    /// <summary>The objective's priority, default 1.</summary>
    public static int Priority(Objective o) => o.Priority ?? 1;

    /// <summary>The targets of a scenario and request, untightened.</summary>
    public static LevelTargets For(Scenario scenario, SizingCriterion criterion, double? budget) => new()
    {
        Objectives = scenario.Objectives?.ToList() ?? [],
        Criterion = criterion,
        MinimumCash = scenario.Finance?.MinimumCash,
        Budget = budget,
        ObjectiveOffsets = new double[scenario.Objectives?.Count ?? 0],
        CashOffsets = new double[scenario.HorizonMonths],
    };
}
