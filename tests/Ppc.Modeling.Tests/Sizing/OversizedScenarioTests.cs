using Ppc.Modeling.Sizing;
using Ppc.Modeling.Tests.Evaluation;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>A valid scenario whose numbers no MIP solver can work with is refused with the place named, not solved wrongly.</summary>
public sealed class OversizedScenarioTests
{
    private static ScenarioBuilder OneRep(double accounts, double dealValue) => ScenarioBuilder.Horizon(3)
        .Staff("rep", 0, 100, new { monthlyCost = 1000, maxHiresPerMonth = 2 })
        .Stage("calls", 0.1, 1, ["rep"])
        .Segment("smb", accounts, dealValue: dealValue, marginRate: 1)
        .With("objectives", new[] { new { metric = "deals", atLeast = 30, byMonth = 3 } });

    [Theory]
    [InlineData(1e20, 100, "1E+20 (at '")]
    [InlineData(1000, 1e18, "(at 'cash")]
    public void Should_Refuse_A_Programme_With_Numbers_Beyond_1e15_Naming_Where(double accounts, double dealValue, string where)
    {
        var scenario = OneRep(accounts, dealValue).Validate();

        var error = Assert.Throws<ArgumentException>(() => Sizer.Size(scenario, new SizingOptions { TimeLimit = TimeSpan.FromSeconds(20) }, TestContext.Current.CancellationToken));

        Assert.StartsWith("The sizing programme holds the number ", error.Message, StringComparison.Ordinal);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Equal("scenario", error.ParamName);
    }

    [Fact]
    public void Should_Size_A_Market_Of_A_Billion_Accounts()
    {
        var result = SizingAssert.Size(OneRep(1e9, 100).Validate());

        Assert.Equal(SizingStatus.Optimal, result.Status);
        Assert.Equal(3000, result.Cost, 6);
    }
}
