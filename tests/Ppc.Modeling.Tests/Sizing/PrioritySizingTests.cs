using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing;
using Ppc.Modeling.Tests.Evaluation;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>Lexicographic priorities: a lower priority never degrades a higher one (MODEL.md §5).</summary>
public sealed class PrioritySizingTests
{
    /// <summary>30 deals by month 3 cost EUR 3,000 (one rep from month 1); costs of at most EUR 2,000 allow 20 deals.</summary>
    private static ValidatedScenario Conflict(int dealsPriority, int costsPriority) => HandSolvedSizingTests.OneRoleOneStage()
        .With("objectives", new object[]
        {
            new { metric = "deals", atLeast = 30, byMonth = 3, priority = dealsPriority },
            new { metric = "costs", atMost = 2000, byMonth = 3, priority = costsPriority },
        })
        .Validate();

    [Fact]
    public void Should_Meet_The_Higher_Priority_And_Miss_The_Lower_By_As_Little_As_Possible()
    {
        var result = SizingAssert.Size(Conflict(dealsPriority: 1, costsPriority: 2));

        Assert.True(result.Objectives[0].Met);
        Assert.False(result.Objectives[1].Met);
        Assert.Equal(1000, result.Objectives[1].Shortfall, 3);
        Assert.Equal(SizingStatus.Infeasible, result.Status);
        SizingAssert.ReportsItsEvaluation(result);
    }

    [Fact]
    public void Should_Swap_What_Is_Met_When_The_Priorities_Swap()
    {
        var result = SizingAssert.Size(Conflict(dealsPriority: 2, costsPriority: 1));

        Assert.True(result.Objectives[1].Met);
        Assert.False(result.Objectives[0].Met);
        Assert.Equal(10, result.Objectives[0].Shortfall, 3);
    }

    [Fact]
    public void Should_Not_Degrade_A_Higher_Priority_When_A_Lower_One_Is_Added()
    {
        var alone = SizingAssert.Size(HandSolvedSizingTests.OneRoleOneStage(accounts: 150)
            .With("objectives", new[] { new { metric = "deals", atLeast = 30, byMonth = 3, priority = 1 } }).Validate());
        var both = SizingAssert.Size(HandSolvedSizingTests.OneRoleOneStage(accounts: 150)
            .With("objectives", new object[]
            {
                new { metric = "deals", atLeast = 30, byMonth = 3, priority = 1 },
                new { metric = "costs", atMost = 500, byMonth = 3, priority = 2 },
            })
            .Validate());

        Assert.False(alone.Objectives[0].Met);
        Assert.Equal(alone.Objectives[0].Shortfall, both.Objectives[0].Shortfall, 6);
        Assert.True(both.Objectives[1].Shortfall > 0);
    }

    [Fact]
    public void Should_Maximize_A_Metric_Under_The_Budget()
    {
        var scenario = HandSolvedSizingTests.OneRoleOneStage().With("objectives", Array.Empty<object>()).Validate();

        var result = SizingAssert.Size(scenario, new SizingOptions { Criterion = SizingCriterion.Maximize(ObjectiveMetric.Deals), Budget = 4000 });

        // EUR 4,000 buys four rep-months: two reps from month 2 (40 deals) or one from month 1 and one from month 3.
        Assert.Equal(40, result.CriterionValue, 6);
        Assert.True(result.Cost <= 4000 + 1e-3);
        Assert.Equal(SizingStatus.Optimal, result.Status);
    }
}
