using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Model;

namespace Ppc.Modeling.Sizing.Levels;

/// <summary>The rows of the levels: one shortfall per objective, the cash floor with its deficit, the budget with its excess.</summary>
internal static class LevelRows
{
    /// <summary>
    /// Each target is moved inward by 1e-7·max(1, |target|): a level holds its shortfall within
    /// 1e-6·max(1, |target|), exactly the tolerance of "met", so without this margin a plan the
    /// model holds could miss by rounding when evaluated.
    /// </summary>
    public const double Safety = 1e-7;

    public static LevelRun Add(SizingModel m, LevelTargets targets)
    {
        var lp = m.Program;
        var objectives = targets.Objectives;
        var shortfalls = new Variable[objectives.Count];
        var rows = new Row[objectives.Count];
        for (var j = 0; j < objectives.Count; j++)
        {
            var o = objectives[j];
            var dir = LevelTargets.Direction(o);
            shortfalls[j] = lp.NonNegative($"shortfall[{j}]");
            var expression = m.Metric(o.Metric, LevelTargets.ByMonth(o, m.T)).Copy();
            var row = new LinearExpression().Add(expression, dir).Add(shortfalls[j]);
            var target = LevelTargets.Target(o);
            rows[j] = lp.AddAtLeast(row, dir * target + targets.ObjectiveOffsets[j] + Safety * LevelTargets.Scale(target), $"objective[{j}]");
        }
        return new LevelRun
        {
            Model = m,
            Targets = targets,
            Shortfalls = shortfalls,
            ObjectiveRows = rows,
            Deficit = CashFloor(m, targets),
            Excess = Budget(m, targets),
            Criterion = Criterion(m, targets.Criterion),
        };
    }

    private static Variable? CashFloor(SizingModel m, LevelTargets targets)
    {
        if (targets.MinimumCash is not { } floor) return null;
        var deficit = m.Program.NonNegative("cashDeficit");
        for (var t = 0; t < m.T; t++)
        {
            var row = m.Program.AddAtLeast(LinearExpression.Of(m.Cash[t]).Add(deficit), floor + targets.CashOffsets[t] + Safety * LevelTargets.Scale(floor),
                $"{Limits.MinimumCash}[{t + 1}]");
            // Relaxing the floor by one (lowering it) moves the row's lower bound by −1.
            m.LimitTerms.Add(new LimitTerm(Limits.MinimumCash, t + 1, row, -1));
        }
        return deficit;
    }

    private static Variable? Budget(SizingModel m, LevelTargets targets)
    {
        if (targets.Budget is not { } budget) return null;
        var excess = m.Program.NonNegative("budgetExcess");
        var row = m.Program.AddAtMost(m.Metric(ObjectiveMetric.Costs, m.T).Add(excess, -1), budget - targets.BudgetOffset - Safety * LevelTargets.Scale(budget), Limits.Budget);
        m.LimitTerms.Add(new LimitTerm(Limits.Budget, null, row, 1));
        return excess;
    }

    /// <summary>Σ costs, Σ contribution, or the metric at T (flows summed).</summary>
    public static LinearExpression Criterion(SizingModel m, SizingCriterion criterion) => criterion.Kind switch
    {
        SizingCriterionKind.MinimizeCost => m.Metric(ObjectiveMetric.Costs, m.T),
        SizingCriterionKind.MaximizeContribution => m.Metric(ObjectiveMetric.Contribution, m.T),
        _ => m.Metric(criterion.Metric!.Value, m.T),
    };
}
