using Ppc.Modeling.Sizing;
using Ppc.Modeling.Tests.Evaluation;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>
/// Independent solves run side by side (<see cref="SizingOptions.MaxDegreeOfParallelism"/>): the integer-limit
/// re-solves of the shadow prices and the runs of a channel comparison. Each solve is single-threaded and
/// deterministic, so an answer reached within the time limit is the same on one thread or several.
/// </summary>
public sealed class SideBySideSizingTests
{
    /// <summary>
    /// <see cref="HandSolvedSizingTests.OneRoleOneStage"/> with at most one hire a month and one person:
    /// the plan (one rep hired in month 1, 30 deals) reaches both integer limits, so both are re-solved.
    /// </summary>
    private static SizingResult TwoIntegerLimits(int threads) => SizingAssert.Size(
        ScenarioBuilder.Horizon(3)
            .Staff("rep", 0, 100, new { monthlyCost = 1000, maxHiresPerMonth = 1, maxHeadcount = 1 })
            .Stage("calls", 0.1, 1, ["rep"])
            .Segment("smb", 1_000_000, dealValue: 100, marginRate: 1)
            .With("objectives", new[] { new { metric = "deals", atLeast = 30, byMonth = 3 } })
            .Validate(),
        new SizingOptions { MaxDegreeOfParallelism = threads });

    [Fact]
    public void Should_Price_Integer_Limits_The_Same_On_One_Thread_Or_Two()
    {
        var one = TwoIntegerLimits(1);
        var two = TwoIntegerLimits(2);

        Assert.Equal([1, 0, 0], one.Plan.Hires["rep"]);
        string[] reached = ["roles.rep.maxHeadcount", "roles.rep.maxHiresPerMonth"];
        Assert.Equal(reached, ReSolved(one));
        Assert.Equal(reached, ReSolved(two));
        Assert.Equal(one.BindingLimits, two.BindingLimits);
        Assert.Equal(reached, one.BindingLimits.Where(l => l.Month is null).Select(l => l.Limit).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Compare_Channels_The_Same_On_One_Thread_Or_Two()
    {
        var scenario = HandSolvedSizingTests.CashHungry(0).Validate();
        ChannelOutcome[] Compare(int threads) => [.. ChannelComparison.Compare(scenario,
            new SizingOptions { TimeLimit = SizingAssert.Limit, MaxDegreeOfParallelism = threads }, TestContext.Current.CancellationToken)];

        var one = Compare(1);
        var two = Compare(2);

        Assert.Equal(["staff", "external", "all"], one.Select(o => o.Name));
        Assert.Equal(one.Select(o => o.Name), two.Select(o => o.Name));
        for (var i = 0; i < one.Length; i++)
        {
            Assert.Equal(one[i].Error, two[i].Error);
            Assert.Equal(one[i].Result?.Cost, two[i].Result?.Cost);
            Assert.Equal(one[i].Result?.Plan.Hires["rep"], two[i].Result?.Plan.Hires["rep"]);
            Assert.Equal(one[i].Result?.BindingLimits, two[i].Result?.BindingLimits);
        }
        // In-house only and the call centre only each cost more than both together (EUR 4,000 with both).
        Assert.Equal(4000, one[2].Result!.Cost, 3);
        Assert.All(one.Take(2), o => Assert.True(o.Result is null || o.Result.Cost > 4000 - 1e-6 || !o.Result.Objectives[0].Met));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Should_Refuse_Fewer_Than_One_Thread(int threads)
    {
        var scenario = HandSolvedSizingTests.OneRoleOneStage().Validate();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Sizer.Size(scenario, new SizingOptions { MaxDegreeOfParallelism = threads }, TestContext.Current.CancellationToken));
        Assert.Contains("MaxDegreeOfParallelism must be at least 1", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> ReSolved(SizingResult result) =>
        result.Statistics.Solved.Where(s => s.StartsWith("shadow price: ", StringComparison.Ordinal))
            .Select(s => s["shadow price: ".Length..].Split(" + 1 ")[0]);
}
