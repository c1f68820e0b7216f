using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Levels;
using Ppc.Modeling.Sizing.Model;
using Ppc.Modeling.Sizing.Solver;

namespace Ppc.Modeling.Sizing.Prices;

/// <summary>
/// The LP of MODEL.md §5's shadow prices: the programme of the last stage with every integer and
/// binary fixed at the plan, solved by GLOP. Duals are ∂objective/∂right-hand side; a limit's price
/// is the criterion's improvement per unit relaxed, Σ dual · (how its rows move per unit relaxed).
/// </summary>
internal sealed class LinearPrices
{
    private const double Active = 1e-6;

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

    /// <summary>The improvement of the objective per unit the limit's rows are relaxed (0 when the LP failed).</summary>
    public double Improvement(IEnumerable<(Row Row, double Coefficient)> terms)
    {
        if (!Solved) return 0;
        var derivative = terms.Sum(term => Outcome.Duals[term.Row.Index] * term.Coefficient);
        var improvement = Minimize ? -derivative : derivative;
        return Math.Abs(improvement) < 1e-9 ? 0 : improvement;
    }

    /// <summary>How much the objective worsens per unit objective j's target is made harder.</summary>
    public double Worsening(int j)
    {
        if (!Solved) return 0;
        var dual = Outcome.Duals[Run.ObjectiveRows[j].Index];
        var worsening = Minimize ? dual : -dual;
        return Math.Abs(worsening) < 1e-9 ? 0 : worsening;
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
        double.IsFinite(bound) && Math.Abs(activity - bound) <= Active * Math.Max(1, Math.Abs(bound));

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
