using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Model;
using Ppc.Modeling.Sizing.Plans;
using Ppc.Modeling.Sizing.Solver;

namespace Ppc.Modeling.Sizing.Levels;

/// <summary>
/// The plan that changes nothing (no hire, no bought hour, no recruit, balanced shares) solved in the
/// programme: a complete feasible solution, flows and binaries included, handed to the solver as a
/// starting point. It is quick to find because every decision is fixed.
/// </summary>
internal static class Baseline
{
    public static double[]? Solve(SizingModel m, Deadline deadline)
    {
        var lp = m.Program.Clone();
        var zeros = new double[lp.VariableCount];
        var balanced = BalancedShares.Of(m.C);
        int T = m.T, K = m.K;
        foreach (var v in m.Hire.Concat(m.Recruit).Concat(m.Bought)) Fix(lp, v, 0);
        for (var r = 0; r < m.R; r++)
        {
            for (var t = 0; t < T; t++)
            {
                var hours = m.Hours[r * T + t].Evaluate(zeros);
                for (var k = 0; k < K; k++) Fix(lp, m.Allocation[(r * K + k) * T + t], hours * balanced[r * K + k]);
            }
        }
        lp.SetObjective(new LinearExpression(), minimize: true);
        var limit = TimeSpan.FromTicks(Math.Min(deadline.Remaining.Ticks, TimeSpan.FromSeconds(5).Ticks));
        var outcome = OrToolsAdapter.Solve(lp, new SolveSettings { TimeLimit = limit }, deadline.CancellationToken);
        return outcome.HasSolution ? outcome.Values : null;
    }

    private static void Fix(LinearProgram lp, Variable? variable, double value)
    {
        if (variable is { } v) lp.SetBounds(v, value, value);
    }
}
