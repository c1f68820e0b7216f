using Ppc.Modeling.Sizing;
using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Levels;
using Ppc.Modeling.Tests.Evaluation;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>Numbers no MIP solver can work with are refused with the place named, not solved wrongly; a billion accounts is fine.</summary>
public sealed class OversizedScenarioTests
{
    private static ScenarioBuilder OneRep(double accounts, double dealValue) => ScenarioBuilder.Horizon(3)
        .Staff("rep", 0, 100, new { monthlyCost = 1000, maxHiresPerMonth = 2 })
        .Stage("calls", 0.1, 1, ["rep"])
        .Segment("smb", accounts, dealValue: dealValue, marginRate: 1)
        .With("objectives", new[] { new { metric = "deals", atLeast = 30, byMonth = 3 } });

    [Fact]
    public void Should_Refuse_A_Budget_Beyond_1e15()
    {
        // The scenario's own numbers, options.size.budget included, are checked at 1e15 by validation; a budget given in the options is checked here.
        var scenario = OneRep(1000, 100).Validate();
        var options = new SizingOptions { Budget = 1e20, TimeLimit = TimeSpan.FromSeconds(20) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Sizer.Size(scenario, options, TestContext.Current.CancellationToken));

        Assert.StartsWith("The budget must be an amount between 0 and 1e15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Programme_With_A_Number_Beyond_1e15_Naming_Where()
    {
        var program = new LinearProgram();
        var x = program.NonNegative("x", 10);
        program.AddAtMost(LinearExpression.Of(x), 2e16, "cash[3]");

        var error = Assert.Throws<ArgumentException>(() => LevelSolver.CheckMagnitudes(program));

        Assert.StartsWith("The sizing programme holds the number 2E+16 (at 'cash[3]')", error.Message, StringComparison.Ordinal);
        Assert.Equal("scenario", error.ParamName);
    }

    [Fact]
    public void Should_Accept_A_Programme_Whose_Numbers_Stay_Within_1e15()
    {
        var program = new LinearProgram();
        var x = program.NonNegative("x", 1e15);
        program.AddAtMost(LinearExpression.Of(x, -1e15), double.PositiveInfinity, "unbounded row");

        LevelSolver.CheckMagnitudes(program);

        Assert.Equal((1e15, "x"), program.LargestNumber());
    }

    [Fact]
    public void Should_Size_A_Market_Of_A_Billion_Accounts()
    {
        var result = SizingAssert.Size(OneRep(1e9, 100).Validate());

        Assert.Equal(SizingStatus.Optimal, result.Status);
        Assert.Equal(3000, result.Cost, 6);
    }
}
