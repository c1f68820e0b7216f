namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>
/// Hand-computed cases for the weakest link (MODEL.md §3): capacities in deals per month, ties,
/// the rule when nothing signs, and the sentence for a sales director.
/// </summary>
public class WeakestLinkTests
{
    /// <summary>
    /// tele (120 h) on calls at 0.5 h; 2 reps (200 h) on meetings at 2 h and opps at 5 h.
    /// Conversions 0.2, 0.5, 0.25: n = 1, 0.2, 0.1 and N = 0.025 deals per record.
    /// </summary>
    private static ScenarioBuilder Chain(object? allocation = null, double? maxDeals = null,
        double callsConversion = 0.2, double meetingsConversion = 0.5, double oppsConversion = 0.25, double accounts = 3000)
    {
        var b = ScenarioBuilder.Horizon(3)
            .Staff("tele", 1, 120)
            .Staff("rep", 2, 100)
            .Stage("calls", callsConversion, 0.5, ["tele"])
            .Stage("meetings", meetingsConversion, 2, ["rep"])
            .Stage("opps", oppsConversion, 5, ["rep"])
            .Segment("smb", accounts);
        if (allocation is not null) b.With("allocation", allocation);
        if (maxDeals is not null) b.With("delivery", new { maxDealsPerMonth = maxDeals });
        return b;
    }

    private static readonly object HalfAndHalf = new { rep = new { meetings = 0.5, opps = 0.5 } };

    [Fact]
    public void Each_link_gets_a_capacity_in_deals_per_month_and_the_smallest_is_the_weakest()
    {
        var link = Chain(HalfAndHalf, maxDeals: 8).Evaluate().WeakestLink;

        // market: 3000 accounts / 3 months · 0.025 = 25.
        // calls: 240 records · N / n[1] = 240 · 0.025 = 6.
        // meetings: 100 h / 2 = 50 units · 0.025 / 0.2 = 6.25.  opps: 100 h / 5 = 20 · 0.025 / 0.1 = 5.
        var capacity = link.CapacitiesDealsPerMonth;
        Near.Equal(25, capacity["market"], "market");
        Near.Equal(6, capacity["calls"], "calls");
        Near.Equal(6.25, capacity["meetings"], "meetings");
        Near.Equal(5, capacity["opps"], "opps");
        Near.Equal(8, capacity["delivery"], "delivery");
        Assert.Equal("opps", link.Link);
        Assert.Equal(["opps"], link.Tied);
        Assert.Equal(["market", "calls", "meetings", "opps", "delivery"], link.Performers.Keys);
        Assert.Equal(["rep"], link.Performers["opps"]);
        Assert.Empty(link.Performers["market"]);
        Assert.Empty(link.Performers["delivery"]);
        Assert.Equal("The opps stage is the weakest link (performed by rep): 5 deals a month; the market allows 25 and delivery 8.", link.Describe());
    }

    [Fact]
    public void A_market_past_a_trillion_deals_a_month_is_written_in_powers_of_ten()
    {
        // 3e14 accounts instead of 3,000: the market allows 2.5e12 deals a month instead of 25.
        var link = Chain(HalfAndHalf, maxDeals: 8, accounts: 3e14).Evaluate().WeakestLink;

        Assert.Equal("The opps stage is the weakest link (performed by rep): 5 deals a month; the market allows 2.5E+12 and delivery 8.", link.Describe());
    }

    [Fact]
    public void Delivery_can_be_the_weakest_link()
    {
        var link = Chain(HalfAndHalf, maxDeals: 4).Evaluate().WeakestLink;

        Assert.Equal("delivery", link.Link);
        Assert.Equal("Delivery capacity is the weakest link: 4 deals a month; the market allows 25.", link.Describe());
    }

    [Fact]
    public void Balanced_shares_make_every_stage_of_a_role_tie_and_the_role_is_named()
    {
        var link = Chain().Evaluate().WeakestLink;

        // Shares ∝ e · n: meetings 2 · 0.2 = 0.4, opps 5 · 0.1 = 0.5 → 4/9 and 5/9 of 200 h.
        // meetings: 800/9 h / 2 = 400/9 units · 0.125 = 50/9; opps: 1000/9 h / 5 = 200/9 · 0.25 = 50/9.
        Near.Equal(50.0 / 9, link.CapacitiesDealsPerMonth["meetings"]);
        Near.Equal(50.0 / 9, link.CapacitiesDealsPerMonth["opps"]);
        Assert.Equal("meetings", link.Link);
        Assert.Equal(["meetings", "opps"], link.Tied);
        Assert.Equal("The rep role is the weakest link (meetings and opps tie): 5.6 deals a month; the market allows 25 and delivery is unlimited.", link.Describe());
    }

    [Fact]
    public void A_stage_capacity_is_its_mean_over_the_horizon()
    {
        var link = FlowTests.PerMonthAllocation().Evaluate().WeakestLink;

        // n = 1, 0.1, 0.04; N = 0.02. meetings: (50 + 25 + 0) / 3 = 25 units · 0.02 / 0.1 = 5;
        // opps: (0 + 10 + 20) / 3 = 10 · 0.02 / 0.04 = 5: a tie. market 1000 / 3 · 0.02 = 6.67; calls unlimited.
        Near.Equal(5, link.CapacitiesDealsPerMonth["meetings"]);
        Near.Equal(5, link.CapacitiesDealsPerMonth["opps"]);
        Near.Equal(20.0 / 3, link.CapacitiesDealsPerMonth["market"]);
        Assert.Null(link.CapacitiesDealsPerMonth["calls"]);
        Assert.Equal(["meetings", "opps"], link.Tied);
        Assert.Equal("The rep role is the weakest link (meetings and opps tie): 5 deals a month; the market allows 6.7 and delivery is unlimited.", link.Describe());
    }

    [Theory]
    // meetings converts nothing: n[opps] = 0, so meetings is the first stage after which no flow is left.
    [InlineData(0.2, 0.0, 0.25, "meetings")]
    // opps converts nothing: n[opps] = 0.1 > 0 but N = 0: the last stage.
    [InlineData(0.2, 0.5, 0.0, "opps")]
    // calls converts nothing.
    [InlineData(0.0, 0.5, 0.25, "calls")]
    public void When_nothing_signs_the_weakest_link_is_the_first_stage_after_which_no_flow_is_left(
        double calls, double meetings, double opps, string expected)
    {
        var link = Chain(HalfAndHalf, callsConversion: calls, meetingsConversion: meetings, oppsConversion: opps).Evaluate().WeakestLink;

        // N = 0: every link but delivery (unlimited) allows 0 deals a month.
        Assert.Equal(expected, link.Link);
        Assert.Equal(expected, link.Tied[0]);
        Assert.Contains("market", link.Tied);
        foreach (var id in new[] { "market", "calls", "meetings", "opps" }) Near.Equal(0, link.CapacitiesDealsPerMonth[id], id);
        Assert.Null(link.CapacitiesDealsPerMonth["delivery"]);
    }
}
