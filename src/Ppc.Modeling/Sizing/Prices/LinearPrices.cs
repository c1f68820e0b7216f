using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Levels;
using Ppc.Modeling.Sizing.Model;
using Ppc.Modeling.Sizing.Solver;

namespace Ppc.Modeling.Sizing.Prices;

/// <summary>
/// The LP of MODEL.md §5's shadow prices: the programme of the last stage with every integer and
/// binary fixed at the plan, solved by GLOP. A limit's price is the criterion's improvement when the
/// LP is solved again with the limit relaxed by one unit (one hour, account, deal, EUR): duals would
/// give the same number where the LP is not degenerate, but a plan that sits exactly on several limits
/// (cash at the floor in two months) makes them arbitrary, while the re-solve measures what relaxing
/// really brings. An objective's price is its worsening per unit of target, measured over a step of
/// 1e-4·max(1, |target|); when that step makes the LP infeasible, the dual is used.
/// </summary>
internal sealed class LinearPrices
{
    private const double Active = 1e-6;

    /// <summary>Changes below this share of the objective are the LP solver's tolerances, not prices.</summary>
    private const double Noise = 1e-6;

    private LinearPrices(LevelRun run, LinearProgram program, SolveOutcome outcome, bool minimize)
    {
        (Run, Program, Outcome, Minimize) = (run, program, outcome, minimize);
    }

    public LevelRun Run { get; }
    public LinearProgram Program { get; }
    public SolveOutcome Outcome { get; }
    public bool Minimize { get; }
    public bool Solved => Outcome.HasSolution;

    /// <summary>The LP of the criterion stage (or of another objective, for a level's causes) at the plan.</summary>
    public static LinearPrices Solve(LevelRun run, LinearProgram program, LinearExpression objective, bool minimize)
    {
        var lp = program.Clone();
        lp.FixIntegers(run.Values);
        lp.SetObjective(objective, minimize);
        var outcome = OrToolsAdapter.Solve(lp, new SolveSettings { TimeLimit = TimeSpan.FromSeconds(10), AsLinearProgramme = true }, CancellationToken.None);
        return new LinearPrices(run, lp, outcome, minimize);
    }

    /// <summary>The improvement of the objective when the limit's rows are relaxed by one unit (0 when an LP failed).</summary>
    public double Improvement(IEnumerable<(Row Row, double Coefficient)> terms)
    {
        var list = terms.ToList();
        if (!Solved) return 0;
        var change = Change(list, 1);
        if (change is not { } delta) delta = list.Sum(term => Outcome.Duals[term.Row.Index] * term.Coefficient);
        var improvement = Minimize ? -delta : delta;
        return Math.Abs(improvement) < Noise * Math.Max(1, Math.Abs(Outcome.Objective)) ? 0 : improvement;
    }

    /// <summary>Whether relaxing the rows changes the objective at all (a dual or a re-solve says so).</summary>
    public bool Matters(IEnumerable<(Row Row, double Coefficient)> terms) => Improvement(terms) != 0;

    /// <summary>How much the objective worsens per unit objective j's target is made harder.</summary>
    public double Worsening(int j)
    {
        if (!Solved) return 0;
        var row = Run.ObjectiveRows[j];
        var step = 1e-4 * LevelTargets.Scale(LevelTargets.Target(Run.Targets.Objectives[j]));
        var change = Change([(row, -1.0)], step) is { } harder ? -harder / step : Outcome.Duals[row.Index];
        var worsening = Minimize ? change : -change;
        return Math.Abs(worsening) < 1e-9 ? 0 : worsening;
    }

    /// <summary>The objective's change when the rows' bounds move by coefficient × step; null when the LP cannot be solved so.</summary>
    private double? Change(IReadOnlyList<(Row Row, double Coefficient)> terms, double step)
    {
        var lp = Program.Clone();
        foreach (var (row, coefficient) in terms)
        {
            var data = lp.RowAt(row.Index);
            lp.SetRowBounds(row, data.Lower + coefficient * step, data.Upper + coefficient * step);
        }
        var outcome = OrToolsAdapter.Solve(lp, new SolveSettings { TimeLimit = TimeSpan.FromSeconds(10), AsLinearProgramme = true }, CancellationToken.None);
        return outcome.HasSolution ? outcome.Objective - Outcome.Objective : null;
    }

    /// <summary>Whether a row is at one of its bounds in the MIP's solution.</summary>
    public bool IsActive(Row row)
    {
        var data = Run.Model.Program.RowAt(row.Index);
        double activity = 0;
        for (var n = 0; n < data.Variables.Length; n++) activity += data.Coefficients[n] * Run.Values[data.Variables[n]];
        return Near(activity, data.Lower) || Near(activity, data.Upper);
    }

    private static bool Near(double activity, double bound) =>
        double.IsFinite(bound) && Math.Abs(activity - bound) <= Active * Math.Max(1, Math.Abs(bound)) + 1e-5;

    /// <summary>The months in which segment s's pool runs out (records were taken and none are left).</summary>
    public IEnumerable<int> ExhaustedMonths(int s)
    {
        var m = Run.Model;
        for (var t = 0; t < m.T; t++)
        {
            var left = Run.Values[m.PoolEnd[s * m.T + t].Index];
            var taken = m.Served[s * m.K * m.T + t].Evaluate(Run.Values) + m.PartnerDealsTotal[s * m.T + t].Evaluate(Run.Values);
            if (left <= Active * Math.Max(1, m.Bounds.Pool[s]) && taken > Active) yield return t;
        }
    }
}
