using System.Text.Json.Nodes;
using Ppc.Modeling.Evaluation;

namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>Edge cases of MODEL.md §2–3 with the specific, finite numbers an analyst would expect.</summary>
public class EdgeCaseTests
{
    [Fact]
    public void A_one_month_horizon_keeps_what_arrives_later_in_the_pipeline()
    {
        var r = ScenarioBuilder.Horizon(1)
            .Staff("rep", 2, 100)
            .Stage("calls", 0.1, 4, ["rep"], new { delayMonths = new[] { 0.5, 0.5 } })
            .Stage("meetings", 0.5)
            .Segment("smb", 1000)
            .With("initialPipeline", new { smb = new { deals = new[] { 1, 2 } } })
            .Evaluate();

        // 50 records → 5 meetings: 2.5 this month, 2.5 next (after T). 2.5 meetings → 1.25 deals, plus 1 dated deal.
        Near.Equal(2.25, r.Month(1).Deals);
        Near.Equal(2.25, r.Totals.Deals);
        Near.Equal(2.5, r.Totals.PipelineAtHorizon["meetings"]);
        Near.Equal(2, r.Totals.PipelineAtHorizon["deals"], "the deal dated month 2");
        // revenue 2250 at margin 0.5, no costs, no payment delay: cash 1125.
        Near.Equal(1125, r.Totals.Cash);
        Near.Equal(1125, r.Totals.Contribution);
        // N = 0.05: market 1000 / 1 · 0.05 = 50; calls 50 · 0.05 = 2.5; meetings unlimited.
        Near.Equal(50, r.WeakestLink.CapacitiesDealsPerMonth["market"]);
        Near.Equal(2.5, r.WeakestLink.CapacitiesDealsPerMonth["calls"]);
        Assert.Null(r.WeakestLink.CapacitiesDealsPerMonth["meetings"]);
        Assert.Equal("calls", r.WeakestLink.Link);
    }

    [Fact]
    public void Zero_headcount_gives_a_zero_capacity_and_only_fixed_costs()
    {
        var r = ScenarioBuilder.Horizon(2)
            .Staff("tele", 0, 100, new { monthlyCost = 3000 })
            .Stage("calls", 0.1, 4, ["tele"])
            .Segment("smb", 1000)
            .With("finance", new { startingCash = 10000, fixedCostPerMonth = 1000 })
            .Evaluate();

        var m = r.Month(2);
        Near.Equal(0, m.Role("tele").Fte);
        Near.Equal(0, m.Role("tele").Hours);
        Near.Equal(0, m.Stage("calls").Capacity, "a zero capacity, not an unlimited one");
        Near.Equal(0, m.Stage("calls").Served);
        Near.Equal(0, m.Stage("calls").Utilisation);
        Assert.True(m.Stage("calls").Binding, "the whole pool waits");
        Near.Equal(0, r.Totals.Deals);
        Near.Equal(2000, r.Totals.Costs, "fixed costs only");
        Near.Equal(8000, r.Totals.Cash);
        Assert.Null(r.Totals.CommercialCostRatio);
        Assert.Equal("calls", r.WeakestLink.Link);
        Assert.Equal("The calls stage is the weakest link (performed by tele): 0 deals a month; the market allows 50 and delivery is unlimited.", r.WeakestLink.Describe());
    }

    [Fact]
    public void A_segment_of_ten_accounts_is_worked_out_in_one_month()
    {
        var r = ScenarioBuilder.Horizon(3)
            .Staff("rep", 2, 100)
            .Stage("calls", 0.1, 4, ["rep"])
            .Segment("tiny", 10)
            .Evaluate();

        // 50 records of capacity, 10 accounts: all worked in month 1 → 1 deal; nothing left after.
        Near.Series([10, 0, 0], t => r.Month(t).Stage("calls").Served, "records worked");
        Near.Series([1, 0, 0], t => r.Month(t).Deals, "deals");
        Near.Series([0.2, 0, 0], t => r.Month(t).Stage("calls").Utilisation, "utilisation");
        Assert.All(r.Months, m => Assert.False(m.Stage("calls").Binding));
        Near.Equal(0.1, r.Totals.Segment("tiny").Penetration);
        // market: 10 / 3 · 0.1 = 1/3 deal a month, below calls' 5.
        Near.Equal(1.0 / 3, r.WeakestLink.CapacitiesDealsPerMonth["market"]);
        Assert.Equal("market", r.WeakestLink.Link);
        Assert.Equal("The market is the weakest link: 0.3 deals a month; delivery is unlimited.", r.WeakestLink.Describe());
    }

    [Fact]
    public void Delays_longer_than_the_horizon_sign_nothing_and_fill_the_pipeline()
    {
        var r = ScenarioBuilder.Horizon(3)
            .Staff("rep", 2, 100)
            .Stage("calls", 0.1, 4, ["rep"], new { delayMonths = new[] { 0.0, 0, 0, 0, 1 } })
            .Stage("meetings", 0.5)
            .Segment("smb", 1000)
            .With("initialPipeline", new { smb = new { deals = new[] { 0, 0, 0, 2 } } })
            .Evaluate();

        // 5 meetings a month, each arriving 4 months later (t5..t7 > 3).
        Near.Equal(0, r.Totals.Deals);
        Near.Series([0, 0, 0], t => r.Month(t).Stage("meetings").Served, "meetings served");
        Near.Equal(15, r.Totals.PipelineAtHorizon["meetings"]);
        Near.Equal(2, r.Totals.PipelineAtHorizon["deals"], "the deal dated month 4");
        Near.Equal(0, r.Totals.Cash);
    }

    [Fact]
    public void A_stage_without_hours_is_unlimited()
    {
        var r = ScenarioBuilder.Horizon(2)
            .Staff("rep", 1, 100)
            .Stage("calls", 0.1, 0, ["rep"])
            .Segment("smb", 1000)
            .Evaluate();

        // Unlimited capacity works the whole pool in month 1: 100 deals, then nothing.
        Near.Series([1000, 0], t => r.Month(t).Stage("calls").Served, "records worked");
        Near.Series([100, 0], t => r.Month(t).Deals, "deals");
        foreach (var m in r.Months)
        {
            Assert.Null(m.Stage("calls").Capacity);
            Near.Equal(0, m.Stage("calls").Utilisation);
            Assert.False(m.Stage("calls").Binding);
        }
        Assert.Null(r.WeakestLink.CapacitiesDealsPerMonth["calls"]);
        // market 1000 / 2 · 0.1 = 50.
        Assert.Equal("The market is the weakest link: 50 deals a month; delivery is unlimited.", r.WeakestLink.Describe());
    }

    [Fact]
    public void Everything_at_zero_gives_zeros_and_nulls_not_NaN()
    {
        var r = ScenarioBuilder.Horizon(2)
            .Staff("tele", 0, 0)
            .Stage("calls", 0, 0, ["tele"])
            .Segment("smb", 1, 0, 0, new { existingClients = 1 })
            .Evaluate();

        foreach (var m in r.Months)
        {
            Near.Equal(0, m.Deals);
            Near.Equal(0, m.Revenue);
            Near.Equal(0, m.Costs);
            Near.Equal(0, m.Cash);
            Near.Equal(0, m.Stage("calls").Served);
            Near.Equal(0, m.Stage("calls").Utilisation);
            Assert.False(m.Stage("calls").Binding);
            Near.Equal(1, m.Segment("smb").Penetration, "the one account is a client already");
        }
        Assert.Null(r.Totals.CommercialCostRatio);
        Near.Equal(0, r.Totals.MeanDecisionDelayMonths);
        // N = 0: the weakest link is the only stage; the market (empty pool) allows 0.
        Assert.Equal("calls", r.WeakestLink.Link);
        Near.Equal(0, r.WeakestLink.CapacitiesDealsPerMonth["market"]);
        Assert.Null(r.WeakestLink.CapacitiesDealsPerMonth["calls"]);
        // The JSON writer refuses NaN and infinity: writing proves every number is finite or null.
        var json = JsonNode.Parse(EvaluationJson.Write(r))!;
        Assert.Null(json["totals"]!["commercialCostRatio"]);
    }
}
