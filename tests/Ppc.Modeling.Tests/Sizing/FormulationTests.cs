using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Solver;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>The solver-neutral formulation and its one OR-Tools adapter on programmes solved by hand.</summary>
public sealed class FormulationTests
{
    private static readonly SolveSettings Mip = new() { TimeLimit = TimeSpan.FromSeconds(10) };
    private static readonly SolveSettings Lp = new() { TimeLimit = TimeSpan.FromSeconds(10), AsLinearProgramme = true };

    [Fact]
    public void Should_Solve_A_Knapsack_Mip_To_Optimality()
    {
        // max 5a + 4b + 3c, 2a + 3b + c ≤ 5, 4a + b + 2c ≤ 11, 3a + 4b + 2c ≤ 8, integers ≥ 0: a = 2, c = 1, value 13.
        var lp = new LinearProgram();
        var a = lp.AddVariable(0, 10, VariableKind.Integer, "a");
        var b = lp.AddVariable(0, 10, VariableKind.Integer, "b");
        var c = lp.AddVariable(0, 10, VariableKind.Integer, "c");
        lp.AddAtMost(new LinearExpression().Add(a, 2).Add(b, 3).Add(c), 5, "r1");
        lp.AddAtMost(new LinearExpression().Add(a, 4).Add(b).Add(c, 2), 11, "r2");
        lp.AddAtMost(new LinearExpression().Add(a, 3).Add(b, 4).Add(c, 2), 8, "r3");
        lp.SetObjective(new LinearExpression().Add(a, 5).Add(b, 4).Add(c, 3), minimize: false);

        var outcome = OrToolsAdapter.Solve(lp, Mip, TestContext.Current.CancellationToken);

        Assert.Equal(SolveStatus.Optimal, outcome.Status);
        Assert.Equal(13, outcome.Objective, 6);
        Assert.True(outcome.BestBound >= 13 - 1e-6);
        Assert.Equal([2.0, 0.0, 1.0], outcome.Values.Select(v => Math.Round(v)));
    }

    [Fact]
    public void Should_Give_Duals_As_Objective_Change_Per_Unit_Of_Right_Hand_Side()
    {
        // min 3x + 2y, x + y ≥ 4, x ≤ 3 (row), y ≤ 1 (bound): y = 1, x = 3; the row x + y ≥ 4 prices 3.
        var lp = new LinearProgram();
        var x = lp.NonNegative("x");
        var y = lp.NonNegative("y", upper: 1);
        var demand = lp.AddAtLeast(new LinearExpression().Add(x).Add(y), 4, "demand");
        lp.AddAtMost(LinearExpression.Of(x), 3, "xcap");
        lp.SetObjective(new LinearExpression().Add(x, 3).Add(y, 2), minimize: true);

        var outcome = OrToolsAdapter.Solve(lp, Lp, TestContext.Current.CancellationToken);

        Assert.Equal(SolveStatus.Optimal, outcome.Status);
        Assert.Equal(11, outcome.Objective, 6);
        Assert.Equal(3, outcome.Duals[demand.Index], 6);
        Assert.Equal(-1, outcome.ReducedCosts[y.Index], 6);
    }

    [Theory]
    [InlineData(3, 7, 3)]
    [InlineData(7, 3, 3)]
    [InlineData(5, 5, 5)]
    [InlineData(0, 4, 0)]
    public void Should_Make_An_Exact_Minimum_With_A_Binary(double a, double b, double expected)
    {
        // The minimum is pushed up by the objective and must still equal min(a, b).
        var lp = new LinearProgram();
        var va = lp.AddVariable(a, a, VariableKind.Continuous, "a");
        var vb = lp.AddVariable(b, b, VariableKind.Continuous, "b");
        var m = lp.NonNegative("m");
        var z = Minima.Constrain(lp, LinearExpression.Of(m), LinearExpression.Of(va), 10, LinearExpression.Of(vb), 10, "min");
        lp.SetObjective(LinearExpression.Of(m), minimize: true);

        var low = OrToolsAdapter.Solve(lp, Mip, TestContext.Current.CancellationToken);
        lp.SetObjective(LinearExpression.Of(m), minimize: false);
        var high = OrToolsAdapter.Solve(lp, Mip, TestContext.Current.CancellationToken);

        Assert.NotNull(z.Binary);
        Assert.Equal(expected, low.Values[m.Index], 6);
        Assert.Equal(expected, high.Values[m.Index], 6);
    }

    [Theory]
    [InlineData(2, 10, 4, 8)]
    [InlineData(0, 10, 5, 5)]
    [InlineData(3, 6, 0, 9)]
    [InlineData(0, 8, 1, 12)]
    public void Should_Keep_The_Minimum_Exact_With_The_Tight_Big_M_Over_The_Whole_Box(double aMin, double aMax, double bMin, double bMax)
    {
        // M = aMax − bMin and bMax − aMin: every (a, b) of the box, corners included, still gets exactly
        // min(a, b), whether the objective pushes the minimum down or up.
        for (var i = 0; i <= 4; i++)
        {
            for (var j = 0; j <= 4; j++)
            {
                var a = aMin + (aMax - aMin) * i / 4;
                var b = bMin + (bMax - bMin) * j / 4;
                var lp = new LinearProgram();
                var va = lp.AddVariable(a, a, VariableKind.Continuous, "a");
                var vb = lp.AddVariable(b, b, VariableKind.Continuous, "b");
                var m = lp.NonNegative("m");
                Minima.Constrain(lp, LinearExpression.Of(m), LinearExpression.Of(va), aMax, LinearExpression.Of(vb), bMax, "min", bMin, aMin);
                foreach (var minimize in new[] { true, false })
                {
                    lp.SetObjective(LinearExpression.Of(m), minimize);
                    var outcome = OrToolsAdapter.Solve(lp, Mip, TestContext.Current.CancellationToken);
                    Assert.Equal(SolveStatus.Optimal, outcome.Status);
                    Assert.Equal(Math.Min(a, b), outcome.Values[m.Index], 6);
                }
            }
        }
    }

    [Fact]
    public void Should_Relax_A_Minimum_With_A_Constant_Second_Argument_To_Its_Convex_Hull()
    {
        // r = min(a, 5) for 0 ≤ a ≤ 20: with M = aMax − 5 the LP relaxation's least r at a = 20 is the
        // chord of the hull, 20·5/20 = 5 (with M = aMax it was 20·5/25 = 4).
        var lp = new LinearProgram();
        var a = lp.AddVariable(20, 20, VariableKind.Continuous, "a");
        var r = lp.NonNegative("r");
        Minima.Constrain(lp, LinearExpression.Of(r), LinearExpression.Of(a), 20, LinearExpression.FromConstant(5), 5, "min", bMin: 5);
        lp.SetObjective(LinearExpression.Of(r), minimize: true);

        var outcome = OrToolsAdapter.Solve(lp, Lp, TestContext.Current.CancellationToken);

        Assert.Equal(5, outcome.Objective, 6);
    }

    [Fact]
    public void Should_Not_Make_A_Binary_When_The_Second_Argument_Is_Unlimited()
    {
        var lp = new LinearProgram();
        var a = lp.NonNegative("a");
        var m = lp.NonNegative("m");
        var z = Minima.Constrain(lp, LinearExpression.Of(m), LinearExpression.Of(a), 10, new LinearExpression(), double.PositiveInfinity, "min");
        Assert.Null(z.Binary);
        Assert.Equal(0, lp.BinaryCount);
    }

    [Fact]
    public void Should_Fix_Integers_And_Leave_An_Lp()
    {
        var lp = new LinearProgram();
        var n = lp.AddVariable(0, 5, VariableKind.Integer, "n");
        var x = lp.NonNegative("x");
        lp.AddAtMost(new LinearExpression().Add(x).Add(n, -10), 0, "cap");
        lp.SetObjective(new LinearExpression().Add(x).Add(n, -3), minimize: false);
        lp.FixIntegers([2.0000001, 0]);

        var outcome = OrToolsAdapter.Solve(lp, Lp, TestContext.Current.CancellationToken);

        Assert.Equal(2, lp.LowerBound(n.Index));
        Assert.Equal(2, lp.UpperBound(n.Index));
        Assert.Equal(20, outcome.Values[x.Index], 6);
    }

    [Fact]
    public void Should_Report_An_Infeasible_Programme()
    {
        var lp = new LinearProgram();
        var x = lp.AddVariable(0, 1, VariableKind.Integer, "x");
        lp.AddAtLeast(LinearExpression.Of(x), 2, "impossible");
        lp.SetObjective(LinearExpression.Of(x), minimize: true);

        var outcome = OrToolsAdapter.Solve(lp, Mip, TestContext.Current.CancellationToken);

        Assert.Equal(SolveStatus.Infeasible, outcome.Status);
        Assert.False(outcome.HasSolution);
    }

    [Fact]
    public void Should_Export_Mps_With_The_Names()
    {
        var lp = new LinearProgram();
        var x = lp.AddVariable(0, 3, VariableKind.Integer, "hire_rep_1");
        lp.AddAtMost(LinearExpression.Of(x, 2), 5, "headcount_rep_1");
        lp.SetObjective(LinearExpression.Of(x), minimize: false);

        var mps = OrToolsAdapter.ExportMps(lp);

        Assert.Contains("hire_rep_1", mps, StringComparison.Ordinal);
        Assert.Contains("headcount_rep_1", mps, StringComparison.Ordinal);
        Assert.Contains("ROWS", mps, StringComparison.Ordinal);
    }
}
