using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing;
using Ppc.Modeling.Tests.Evaluation;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>Small programmes whose optimum is known by hand.</summary>
public sealed class HandSolvedSizingTests
{
    /// <summary>
    /// One rep (100 hours, EUR 1,000 a month, no ramp, no attrition) makes 100 calls, each a deal with
    /// probability 0.1: 10 deals a month. 30 deals by month 3 need one rep hired in month 1 (EUR 3,000);
    /// two hired in month 2 would cost EUR 4,000.
    /// </summary>
    internal static ScenarioBuilder OneRoleOneStage(int accounts = 1_000_000) => ScenarioBuilder.Horizon(3)
        .Staff("rep", 0, 100, new { monthlyCost = 1000, maxHiresPerMonth = 2 })
        .Stage("calls", 0.1, 1, ["rep"])
        .Segment("smb", accounts, dealValue: 100, marginRate: 1)
        .With("objectives", new[] { new { metric = "deals", atLeast = 30, byMonth = 3 } });

    [Fact]
    public void Should_Hire_One_Rep_In_Month_1_For_One_Role_On_One_Stage()
    {
        var result = SizingAssert.Size(OneRoleOneStage().Validate());

        Assert.Equal(SizingStatus.Optimal, result.Status);
        Assert.Equal([1, 0, 0], result.Plan.Hires["rep"]);
        Assert.Equal(3000, result.Cost, 6);
        Assert.Equal(3000, result.Bound, 3);
        Assert.Equal(30, result.Objectives[0].Achieved, 6);
        SizingAssert.ReportsItsEvaluation(result);
    }

    /// <summary>
    /// A rep costs EUR 5 an hour but EUR 1,500 up front; the call centre EUR 15 an hour. Without a cash
    /// floor one rep hired in month 1 is cheapest (EUR 3,000 for 300 hours). With EUR 1,000 of cash and a
    /// floor at 0, EUR 1,500 of cash cannot pay a hire in month 1 (EUR 2,000); it buys 100 call-centre
    /// hours (EUR 1,500, 10 deals, cash 0), whose EUR 2,000 of revenue paid in month 2 then pays the rep
    /// hired in month 2 (cash 0 again): EUR 1,500 + 1,500 + 2 × 500 = EUR 4,000.
    /// </summary>
    internal static ScenarioBuilder CashHungry(double? minimumCash) => ScenarioBuilder.Horizon(3)
        .Staff("rep", 0, 100, new { monthlyCost = 500, hiringCost = 1500, maxHiresPerMonth = 1 })
        .External("cc", new { hoursPerMonth = 0, pricePerHour = 15, maxHoursPerMonth = 1000 })
        .Stage("calls", 0.1, 1, ["rep", "cc"])
        .Segment("smb", 1_000_000, dealValue: 200, marginRate: 1)
        .With("finance", new { startingCash = 1500, paymentDelayMonths = 1, minimumCash })
        .With("allocation", new Dictionary<string, object> { ["rep"] = new { calls = 1 }, ["cc"] = new { calls = 1 } })
        .With("objectives", new[] { new { metric = "deals", atLeast = 30, byMonth = 3 } });

    [Fact]
    public void Should_Pay_For_A_Cash_Floor_That_Binds()
    {
        var free = SizingAssert.Size(CashHungry(null).Validate());
        var floored = SizingAssert.Size(CashHungry(0).Validate());

        Assert.Equal(3000, free.Cost, 6);
        Assert.True(floored.Objectives[0].Met);
        Assert.Empty(floored.LimitShortfalls);
        Assert.All(floored.Evaluation.Months, m => Assert.True(m.Cash >= -1e-6, $"cash {m.Cash} in month {m.Month}"));
        Assert.Equal(4000, floored.Cost, 3);
        Assert.Equal([0, 1, 0], floored.Plan.Hires["rep"]);
        // The floor binds where cash ends at 0 (months 1 and 2); its value lies in the timing of the hire,
        // which the LP with the hire fixed cannot see, so its price there is 0, never negative.
        var floor = floored.BindingLimits.Where(l => l.Limit == "finance.minimumCash").ToList();
        Assert.Contains(floor, l => l.Month == 1);
        Assert.All(floor, l => Assert.True(l.ShadowPrice >= 0));
        SizingAssert.ReportsItsEvaluation(floored);
    }

    [Fact]
    public void Should_Report_The_Smallest_Shortfall_When_The_Market_Runs_Out()
    {
        // 100 accounts, each a deal with probability 0.1 when called: at most 10 deals.
        var result = SizingAssert.Size(OneRoleOneStage(accounts: 100).Validate());

        Assert.Equal(SizingStatus.Infeasible, result.Status);
        var o = result.Objectives[0];
        Assert.False(o.Met);
        Assert.Equal(10, o.Achieved, 6);
        Assert.Equal(20, o.Shortfall, 6);
        Assert.Contains("segments.smb.accounts", o.Causes);
        // The cheapest way to the smallest shortfall: one rep in month 3 calls the whole market.
        Assert.Equal([0, 0, 1], result.Plan.Hires["rep"]);
        Assert.Equal(1000, result.Cost, 6);
        SizingAssert.ReportsItsEvaluation(result);
    }

    [Fact]
    public void Should_Name_The_Delivery_Cap_That_Holds_Revenue_Back()
    {
        // Revenue counts delivered deals: at most 5 a month, so 15 by month 3 (EUR 1,500) against 30 wanted.
        var scenario = OneRoleOneStage()
            .With("delivery", new { maxDealsPerMonth = 5 })
            .With("objectives", new[] { new { metric = "revenue", atLeast = 3000, byMonth = 3 } })
            .Validate();

        var result = SizingAssert.Size(scenario);

        var o = result.Objectives[0];
        Assert.Equal(SizingStatus.Infeasible, result.Status);
        Assert.Equal(1500, o.Achieved, 6);
        Assert.Equal(1500, o.Shortfall, 6);
        Assert.Contains("delivery.maxDealsPerMonth", o.Causes);
        SizingAssert.ReportsItsEvaluation(result);
    }

    /// <summary>Unreachable objectives: a small market (deals), a delivery cap (revenue), a cash floor (deals).</summary>
    public static TheoryData<string> Unreachable => new() { "market", "delivery", "cash" };

    private static ScenarioBuilder UnreachableCase(string name, double? target = null) => name switch
    {
        "market" => OneRoleOneStage(accounts: 100)
            .With("objectives", new[] { new { metric = "deals", atLeast = target ?? 30, byMonth = 3 } }),
        "delivery" => OneRoleOneStage().With("delivery", new { maxDealsPerMonth = 5 })
            .With("objectives", new[] { new { metric = "revenue", atLeast = target ?? 3000, byMonth = 3 } }),
        _ => CashHungry(0).With("finance", new { startingCash = 1000, paymentDelayMonths = 1, minimumCash = 0 })
            .With("objectives", new[] { new { metric = "deals", atLeast = target ?? 30, byMonth = 3 } }),
    };

    [Theory]
    [MemberData(nameof(Unreachable))]
    public void Should_Meet_An_Unreachable_Target_Once_Lowered_By_Its_Shortfall(string name)
    {
        var missed = SizingAssert.Size(UnreachableCase(name).Validate());
        var o = missed.Objectives[0];
        Assert.False(o.Met);
        var lowered = o.Target - o.Shortfall * (1 + 1e-6) - 1e-6;

        var result = SizingAssert.Size(UnreachableCase(name, lowered).Validate());

        Assert.True(result.Objectives[0].Met, $"{name}: {result.Objectives[0].Achieved} against {lowered}");
        Assert.NotEqual(SizingStatus.Infeasible, result.Status);
    }
}
