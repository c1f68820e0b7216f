namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>
/// Hand-computed cases for the flows of MODEL.md §2: delays, abandonment, water-filling at stage 1,
/// recontact, per-month allocation, per-segment delay overrides. Each expected number is derived
/// in the comment above it.
/// </summary>
public class FlowTests
{
    [Fact]
    public void A_delay_pmf_spreads_arrivals_and_what_lands_after_the_horizon_stays_in_the_pipeline()
    {
        var r = ScenarioBuilder.Horizon(2)
            .Staff("tele", 1, 100)
            .Stage("calls", 0.2, 1, ["tele"], new { delayMonths = new[] { 0.5, 0.3, 0.2 } })
            .Stage("meetings", 0.5, more: new { delayMonths = new[] { 0.0, 1.0 } })
            .Segment("smb", 10000)
            .Evaluate();

        // 100 records a month, 20 convert. Month 1's 20 arrive 10 (t1), 6 (t2), 4 (t3 > T);
        // month 2's 20 arrive 10 (t2), 6 (t3 > T), 4 (t4 > T). Meetings (unlimited) serve 10, then 6 + 10 = 16.
        Near.Series([10, 16], t => r.Month(t).Stage("meetings").Served, "meetings served");
        // Each meeting signs 0.5 one month later: 5 deals in month 2 from month 1; month 2's 8 sign in month 3 > T.
        Near.Series([0, 5], t => r.Month(t).Deals, "deals");
        Near.Equal(4 + 6 + 4, r.Totals.PipelineAtHorizon["meetings"], "meetings after T");
        Near.Equal(8, r.Totals.PipelineAtHorizon["deals"], "deals after T");
        Assert.Equal(["meetings", "deals"], r.Totals.PipelineAtHorizon.Keys);
        // Nobody performs the last stage: the delay is its own pmf's mean, 0 · 0 + 1 · 1 = 1.
        Near.Equal(1, r.Totals.MeanDecisionDelayMonths);
        Near.Equal(2, r.Totals.RecommendedIncentiveMonths);
    }

    [Fact]
    public void A_queue_abandons_its_share_before_joining_the_month_demand()
    {
        var r = ScenarioBuilder.Horizon(3)
            .Staff("tele", 1, 10)
            .Staff("rep", 1, 20)
            .Stage("calls", 0.5, 1, ["tele"])
            .Stage("meetings", 0.5, 2, ["rep"], new { abandonPerMonth = 0.25 })
            .Segment("smb", 10000)
            .With("initialPipeline", new Dictionary<string, object> { ["smb"] = new { meetings = 20 } })
            .Evaluate();

        // 10 records → 5 arrive at meetings each month; meetings cap = 20 h / 2 h = 10.
        // t1: demand = 5 + 0.75 · 20 = 20, served 10, queue 10.
        // t2: demand = 5 + 0.75 · 10 = 12.5, served 10, queue 2.5.
        // t3: demand = 5 + 0.75 · 2.5 = 6.875 ≤ 10, served 6.875, queue 0.
        Near.Series([10, 10, 6.875], t => r.Month(t).Stage("meetings").Served, "served");
        Near.Series([10, 2.5, 0], t => r.Month(t).Stage("meetings").Queue, "queue");
        Near.Series([5, 5, 3.4375], t => r.Month(t).Deals, "deals = 0.5 · served");
        Assert.True(r.Month(2).Stage("meetings").Binding);
        // t3: no queue and utilisation 6.875 / 10 < 0.999.
        Assert.False(r.Month(3).Stage("meetings").Binding);
        Near.Equal(0.6875, r.Month(3).Stage("meetings").Utilisation);
    }

    [Fact]
    public void Stage_one_hands_what_an_exhausted_pool_cannot_take_to_the_other_segments()
    {
        var r = ScenarioBuilder.Horizon(2)
            .Staff("tele", 1, 100)
            .Stage("calls", 0.1, 1, ["tele"])
            .Segment("big", 1000, more: new { prospectingShare = 0.5 })
            .Segment("small", 30, more: new { prospectingShare = 0.5 })
            .Evaluate();

        // t1: 100 records split 50 / 50; small has only 30, hands 20 to big: big 70, small 30.
        // t2: small is empty, big takes all 100.
        Near.Series([7, 10], t => r.Month(t).Segment("big").Deals, "big deals");
        Near.Series([3, 0], t => r.Month(t).Segment("small").Deals, "small deals");
        Near.Series([100, 100], t => r.Month(t).Stage("calls").Served, "records worked");
        // Big's pool is left (1000 − 170): stage 1 binds.
        Assert.True(r.Month(2).Stage("calls").Binding);
        // The market: (1000 + 30) / 2 months · N (0.1) = 51.5 deals a month.
        Near.Equal(51.5, r.WeakestLink.CapacitiesDealsPerMonth["market"]);
    }

    [Fact]
    public void Worked_records_that_do_not_sign_return_after_n_months_and_are_dropped_past_the_horizon()
    {
        var r = ScenarioBuilder.Horizon(4)
            .Staff("tele", 1, 100)
            .Stage("calls", 0.5, 1, ["tele"])
            .Stage("meetings", 0.4)
            .Segment("smb", 150, more: new { recontactAfterMonths = 2 })
            .Evaluate();

        // Π p = 0.5 · 0.4 = 0.2, so 0.8 of the records worked return 2 months later.
        // t1: pool 150, work 100 (80 return at t3), pool 50.  t2: work 50 (40 return at t4), pool 0.
        // t3: pool 80, work 80 (return at t5 > T: dropped).  t4: pool 40, work 40 (dropped).
        Near.Series([100, 50, 80, 40], t => r.Month(t).Stage("calls").Served, "records worked");
        Near.Series([20, 10, 16, 8], t => r.Month(t).Deals, "deals = 0.2 · worked");
        Near.Series([1, 0, 0, 0], t => r.Month(t).Stage("calls").Binding ? 1 : 0, "stage 1 binding (pool left)");
        // Market: (150 + 80 + 40 returned within the horizon) / 4 · 0.2 = 13.5 < calls 100 · 0.2 = 20.
        Near.Equal(13.5, r.WeakestLink.CapacitiesDealsPerMonth["market"]);
        Near.Equal(20, r.WeakestLink.CapacitiesDealsPerMonth["calls"]);
        Assert.Equal("market", r.WeakestLink.Link);
    }

    [Fact]
    public void A_per_month_allocation_moves_a_role_between_its_stages()
    {
        var r = PerMonthAllocation().Evaluate();

        // rep's 100 h: meetings (2 h) gets 100, 50, 0 h → cap 50, 25, 0; opps (5 h) 0, 50, 100 h → cap 0, 10, 20.
        Near.Series([50, 25, 0], t => r.Month(t).Stage("meetings").Capacity!.Value, "meetings capacity");
        Near.Series([0, 10, 20], t => r.Month(t).Stage("opps").Capacity!.Value, "opps capacity");
        // Unlimited calls work the whole pool in month 1: 1000 · 0.1 = 100 meetings.
        // meetings: served 50, 25, 0; queue 50, 25, 25. 40% go on: 20 (t1), 10 (t2) to opps.
        // opps: t1 queue 20; t2 demand 30, served 10, queue 20; t3 demand 20, served 20.
        Near.Series([50, 25, 0], t => r.Month(t).Stage("meetings").Served, "meetings served");
        Near.Series([50, 25, 25], t => r.Month(t).Stage("meetings").Queue, "meetings queue");
        Near.Series([0, 10, 20], t => r.Month(t).Stage("opps").Served, "opps served");
        Near.Series([0, 5, 10], t => r.Month(t).Deals, "deals = 0.5 · opps served");
        // A zero capacity has utilisation 0; its queue still makes it binding.
        Near.Equal(0, r.Month(3).Stage("meetings").Utilisation);
        Assert.True(r.Month(3).Stage("meetings").Binding);
    }

    internal static ScenarioBuilder PerMonthAllocation() => ScenarioBuilder.Horizon(3)
        .Staff("rep", 1, 100)
        .Stage("calls", 0.1)
        .Stage("meetings", 0.4, 2, ["rep"])
        .Stage("opps", 0.5, 5, ["rep"])
        .Segment("smb", 1000)
        .With("allocation", new { rep = new { meetings = new[] { 1, 0.5, 0 }, opps = new[] { 0, 0.5, 1 } } });

    [Fact]
    public void Delay_overrides_apply_per_segment_and_weight_the_mean_decision_delay_by_prospecting_share()
    {
        var r = ScenarioBuilder.Horizon(6)
            .Staff("tele", 1, 0)
            .Staff("rep", 1, 0)
            .Stage("calls", 0.5, 0, ["tele"])
            .Stage("meetings", 0.5, 0, ["rep"], new { delayMonths = new[] { 0.0, 1.0 } })
            .Stage("opps", 0.5, 0, ["rep"], new { delayMonths = new[] { 0.0, 0.0, 1.0 } })
            .Segment("a", 100, more: new { prospectingShare = 0.75 })
            .Segment("b", 100, more: new
            {
                prospectingShare = 0.25,
                overrides = new { meetings = new { delayMonths = new[] { 1.0 } }, opps = new { delayMonths = new[] { 0.0, 0.0, 0.0, 0.0, 1.0 } } },
            })
            .Evaluate();

        // Every stage is unlimited: both pools are worked whole in month 1 → 50 meetings each, same month.
        // a: meetings → opps 1 month later (t2) → signs 2 months later (t4): 100 · 0.125 = 12.5.
        // b: meetings → opps the same month (t1) → signs 4 months later (t5): 12.5.
        Near.Series([0, 0, 0, 12.5, 0, 0], t => r.Month(t).Segment("a").Deals, "a deals");
        Near.Series([0, 0, 0, 0, 12.5, 0], t => r.Month(t).Segment("b").Deals, "b deals");
        // rep performs opps (the last stage) and first meets at meetings: delay from meetings to signature.
        // a: 1 + 2 = 3 months; b: 0 + 4 = 4 months; weighted 0.75 · 3 + 0.25 · 4 = 3.25.
        Near.Equal(3.25, r.Totals.MeanDecisionDelayMonths);
        Near.Equal(6.5, r.Totals.RecommendedIncentiveMonths);
    }
}
