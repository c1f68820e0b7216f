using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing.Levels;

namespace Ppc.Modeling.Sizing.Plans;

/// <summary>
/// The tightening of MODEL.md §5 (docs/sizing.md): when the evaluation misses a target, the model was
/// too optimistic by the gap between its value and §2's (the relaxed splits among segments). Each
/// such target is made harder by that gap (at least by the evaluated shortfall when the model met
/// it); the cash floor of each month that §2 puts in deficit is raised by its gap, the budget lowered
/// likewise. Offsets add up round after round.
/// </summary>
internal static class Tightener
{
    private const double Margin = 1e-6;

    /// <summary>
    /// The next round's targets, or null when there is nothing to tighten; <c>Required</c> when the
    /// evaluation misses something the model met (MODEL.md §5), not only does worse than the model said.
    /// </summary>
    public static (LevelTargets Targets, bool Required)? Next(Candidate candidate)
    {
        var run = candidate.Run;
        var targets = run.Targets;
        var m = run.Model;
        var objectives = targets.ObjectiveOffsets.ToArray();
        var cash = targets.CashOffsets.ToArray();
        var budget = targets.BudgetOffset;
        var changed = false;
        var required = false;
        for (var j = 0; j < objectives.Length; j++)
        {
            var outcome = candidate.Objectives[j];
            if (outcome.Met) continue;
            var o = targets.Objectives[j];
            var scale = LevelTargets.Scale(outcome.Target);
            var gap = LevelTargets.Direction(o) * (m.Metric(o.Metric, outcome.ByMonth).Evaluate(run.Values) - outcome.Achieved);
            var metInModel = run.Values[run.Shortfalls[j].Index] <= Margin * scale;
            var added = Add(objectives, j, metInModel ? Math.Max(gap, outcome.Shortfall) : Material(gap, outcome.Shortfall), scale);
            (changed, required) = (changed | added, required | (added && metInModel));
        }
        var deficitInModel = run.Deficit is { } d && run.Values[d.Index] > Margin * LevelTargets.Scale(targets.MinimumCash!.Value);
        foreach (var shortfall in candidate.LimitShortfalls)
        {
            if (shortfall.Month is { } month)
            {
                var gap = run.Values[m.Cash[month - 1].Index] - candidate.Evaluation.Month(month).Cash;
                var added = Add(cash, month - 1, deficitInModel ? Material(gap, shortfall.Shortfall) : Math.Max(gap, shortfall.Shortfall),
                    LevelTargets.Scale(targets.MinimumCash!.Value));
                (changed, required) = (changed | added, required | (added && !deficitInModel));
            }
            else if (run.Excess is { } excess)
            {
                var gap = candidate.Evaluation.Totals.Costs - m.Metric(ObjectiveMetric.Costs, m.T).Evaluate(run.Values);
                var excessInModel = run.Values[excess.Index] > Margin * LevelTargets.Scale(targets.Budget!.Value);
                var budgetOffset = new[] { budget };
                var added = Add(budgetOffset, 0, excessInModel ? Material(gap, shortfall.Shortfall) : Math.Max(gap, shortfall.Shortfall),
                    LevelTargets.Scale(targets.Budget!.Value));
                (changed, required) = (changed | added, required | (added && !excessInModel));
                budget = budgetOffset[0];
            }
        }
        return changed ? (targets with { ObjectiveOffsets = objectives, CashOffsets = cash, BudgetOffset = budget }, required) : null;
    }

    /// <summary>
    /// A gap on a target the model did not meet either is worth a round only when the model's optimism
    /// is a material part of the evaluated shortfall (more than a tenth of it); otherwise 0.
    /// </summary>
    private static double Material(double gap, double shortfall) => gap > 0.1 * shortfall ? gap : 0;

    /// <summary>Makes a target harder by a gap worth acting on (more than the margin); false when it is noise.</summary>
    private static bool Add(double[] offsets, int at, double gap, double scale)
    {
        if (!(gap > Margin * scale)) return false;
        offsets[at] += gap + Margin * scale;
        return true;
    }
}
