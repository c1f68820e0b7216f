using Ppc.Modeling.Sizing.Levels;

namespace Ppc.Modeling.Sizing.Plans;

/// <summary>
/// The tightening of MODEL.md §5 (docs/sizing.md): when the evaluation misses what the model met,
/// the model was too optimistic by the gap between its value and §2's (the relaxed splits among
/// segments). Each such target is made harder by that gap, and the cash floor of each month that
/// §2 puts in deficit is raised by its gap; the budget lowered likewise. Offsets add up round after round.
/// </summary>
internal static class Tightener
{
    private const double Margin = 1e-6;

    /// <summary>The next round's targets, or null when the evaluation misses nothing the model met.</summary>
    public static LevelTargets? Next(Candidate candidate)
    {
        var run = candidate.Run;
        var targets = run.Targets;
        var m = run.Model;
        var objectives = targets.ObjectiveOffsets.ToArray();
        var cash = targets.CashOffsets.ToArray();
        var budget = targets.BudgetOffset;
        var changed = false;
        for (var j = 0; j < objectives.Length; j++)
        {
            var outcome = candidate.Objectives[j];
            if (outcome.Met || run.Values[run.Shortfalls[j].Index] > Margin * LevelTargets.Scale(outcome.Target)) continue;
            var o = targets.Objectives[j];
            var modelValue = m.Metric(o.Metric, outcome.ByMonth).Evaluate(run.Values);
            var gap = LevelTargets.Direction(o) * (modelValue - outcome.Achieved);
            objectives[j] += Math.Max(gap, outcome.Shortfall) + Margin * LevelTargets.Scale(outcome.Target);
            changed = true;
        }
        var deficitInModel = run.Deficit is { } d ? run.Values[d.Index] : 0;
        foreach (var shortfall in candidate.LimitShortfalls)
        {
            if (shortfall.Month is { } month && deficitInModel <= Margin * LevelTargets.Scale(targets.MinimumCash!.Value))
            {
                var gap = run.Values[m.Cash[month - 1].Index] - candidate.Evaluation.Month(month).Cash;
                cash[month - 1] += Math.Max(gap, shortfall.Shortfall) + Margin * LevelTargets.Scale(targets.MinimumCash.Value);
                changed = true;
            }
            else if (shortfall.Month is null && run.Excess is { } excess && run.Values[excess.Index] <= Margin * LevelTargets.Scale(targets.Budget!.Value))
            {
                budget += shortfall.Shortfall + Margin * LevelTargets.Scale(targets.Budget.Value);
                changed = true;
            }
        }
        return changed ? targets with { ObjectiveOffsets = objectives, CashOffsets = cash, BudgetOffset = budget } : null;
    }
}
