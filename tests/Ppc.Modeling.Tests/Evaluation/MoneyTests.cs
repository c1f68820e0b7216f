namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>
/// Hand-computed cases for delivery and money (MODEL.md §2 steps 6–7 and "Money"): a binding
/// delivery cap, payment delay, the nine cost lines, variable pay, the commercial cost ratio.
/// Each expected number is derived in the comment above it.
/// </summary>
public class MoneyTests
{
    [Fact]
    public void A_binding_delivery_cap_builds_a_backlog_shared_pro_rata_and_after_sales_follow_clients()
    {
        var r = ScenarioBuilder.Horizon(3)
            .Staff("tele", 0, 100)
            .Stage("calls", 0.1, 1, ["tele"])
            .Segment("a", 100, 1000, 0.5, new { prospectingShare = 0.5 })
            .Segment("b", 100, 3000, 0.5, new { prospectingShare = 0.5 })
            .With("initialPipeline", new { a = new { deals = new[] { 6, 2, 4 } }, b = new { deals = new[] { 2 } } })
            .With("delivery", new { maxDealsPerMonth = 4, adminCostPerDeal = 100, afterSalesCostPerClientPerMonth = 10 })
            .Evaluate();

        // Nobody works calls: deals are the initial pipeline's, 8, 2, 4.
        // t1: a 6, b 2 → 8 > 4: half each: a 3, b 1; backlog a 3, b 1.
        // t2: a 3 + 2 = 5, b 1 → 6 > 4: 2/3 each: a 10/3, b 2/3; backlog a 5/3, b 1/3.
        // t3: a 5/3 + 4 = 17/3, b 1/3 → 6 > 4: a 34/9, b 2/9; backlog a 17/9, b 1/9 = 2 in all.
        Near.Series([8, 2, 4], t => r.Month(t).Deals, "deals");
        Near.Series([4, 4, 4], t => r.Month(t).Delivered, "delivered");
        Near.Series([3000, 10000.0 / 3, 34000.0 / 9], t => r.Month(t).Segment("a").Revenue, "a revenue");
        Near.Series([3000, 2000, 6000.0 / 9], t => r.Month(t).Segment("b").Revenue, "b revenue");
        Near.Series([6000, 16000.0 / 3, 40000.0 / 9], t => r.Month(t).Revenue, "revenue");
        Near.Series([12000, 2000, 4000], t => r.Month(t).Bookings, "bookings at signature");
        Near.Equal(2, r.Totals.DeliveryBacklog, "backlog at T");
        Near.Equal(12, r.Totals.Delivered);
        // clients = delivered so far: 4, 8, 12; after-sales 10 each; admin 100 per deal signed.
        Near.Series([4, 8, 12], t => r.Month(t).Clients, "clients");
        Near.Series([40, 80, 120], t => r.Month(t).CostBreakdown.AfterSales, "after-sales");
        Near.Series([800, 200, 400], t => r.Month(t).CostBreakdown.Admin, "admin");
        // penetration at T: a (3 + 10/3 + 34/9) / 100 = 91/900; b (1 + 2/3 + 2/9) / 100 = 17/900.
        Near.Equal(91.0 / 900, r.Totals.Segment("a").Penetration);
        Near.Equal(17.0 / 900, r.Totals.Segment("b").Penetration);
        Near.Equal(4, r.WeakestLink.CapacitiesDealsPerMonth["delivery"]);
    }

    [Theory]
    // Each month: revenue 25000, margin 10000 (so 15000 of cost of sales), costs 7100.
    // cash[t] = cash[t − 1] + revenue[t − delay] − 15000 − 7100, cash[0] = 10000, revenue before month 1 = 0.
    // delay 0: 10000 + 25000 − 22100 = 12900, then + 2900 a month.
    [InlineData(0, new double[] { 12900, 15800, 18700, 21600 })]
    // delay 1: 10000 − 22100 = −12100, then + 2900 a month.
    [InlineData(1, new double[] { -12100, -9200, -6300, -3400 })]
    // delay 2: −12100, −34200, −34200 + 25000 − 22100 = −31300, −28400.
    [InlineData(2, new double[] { -12100, -34200, -31300, -28400 })]
    public void Cash_receives_revenue_after_the_payment_delay_but_pays_costs_at_once(int delay, double[] cash)
    {
        var r = ResourceTests.OneRoleOneStage(4)
            .With("finance", new { startingCash = 10000, fixedCostPerMonth = 1000, paymentDelayMonths = delay })
            .Evaluate();

        Near.Series(cash, t => r.Month(t).Cash, "cash");
        Near.Equal(cash[^1], r.Totals.Cash);
    }

    [Fact]
    public void The_nine_cost_lines_and_variable_pay_on_direct_bookings_only()
    {
        var r = ScenarioBuilder.Horizon(1)
            .Staff("rep", 2, 100, new { monthlyCost = 1000, hiringCost = 500, variablePayRate = 0.05, hires = new[] { new { month = 1, count = 1 } } })
            .Staff("sdr", 1, 40, new { monthlyCost = 800, variablePayRate = 0.02 })
            .External("cc", new { hoursPerMonth = 10, pricePerHour = 20 })
            .Stage("calls", 0.2, 1, ["sdr", "cc"], new { costPerUnit = 2 })
            .Stage("meetings", 0.5, 0, ["rep"], new { costPerUnit = 10 })
            .Segment("smb", 1000, 1000, 0.3)
            .With("initialPipeline", new { smb = new { deals = new[] { 1 } } })
            .With("partners", new[]
            {
                new { id = "resellers", count = 1, dealsPerPartnerPerMonth = 2, commissionRate = 0.1, recruitmentCost = 400,
                      recruits = new[] { new { month = 1, count = 1 } }, segmentShares = new Dictionary<string, double> { ["smb"] = 1 } },
            })
            .With("delivery", new { adminCostPerDeal = 50, afterSalesCostPerClientPerMonth = 5 })
            .With("finance", new { fixedCostPerMonth = 300 })
            .Evaluate();

        // Partners: 2 effective (1 + 1 recruit, no ramp) · 2 = 4 deals. Calls: 40 + 10 h → 50 records
        // → 10 meetings → 5 chain deals; 1 initial-pipeline deal. Direct deals 6, all deals 10.
        var m = r.Month(1);
        Near.Equal(10, m.Deals);
        var b = m.CostBreakdown;
        Near.Equal(3 * 1000 + 800, b.Staff, "staff: 3 reps (hire included) + 1 sdr");
        Near.Equal(500, b.Hiring, "hiring");
        Near.Equal(10 * 20, b.External, "external");
        Near.Equal(50 * 2 + 10 * 10, b.Units, "units: records worked and meetings served");
        Near.Equal((0.05 + 0.02) * 6 * 1000, b.Variable, "variable: both staff rates on the 6 direct deals' 6000, not the partners' 4000");
        Near.Equal(50 * 10, b.Admin, "admin: every deal signed");
        Near.Equal(5 * 10, b.AfterSales, "after-sales: 10 clients");
        Near.Equal(0.1 * 4000 + 400, b.Partners, "partners: commission + recruitment");
        Near.Equal(300, b.Fixed, "fixed");
        // 3800 + 500 + 200 + 200 + 420 + 500 + 50 + 800 + 300 = 6770.
        Near.Equal(6770, m.Costs);
        Near.Equal(b.Total, m.Costs);
        // margin 0.3 · 10000 = 3000; contribution −3770; cash 0 + 10000 − 7000 − 6770 = −3770.
        Near.Equal(-3770, m.Contribution);
        Near.Equal(-3770, m.Cash);
        // Role cost: staff + hiring + variable, or bought hours.
        Near.Equal(3000 + 500 + 300, m.Role("rep").Cost, "rep");
        Near.Equal(800 + 120, m.Role("sdr").Cost, "sdr");
        Near.Equal(200, m.Role("cc").Cost, "cc");
        // (costs − fixed) / margin = 6470 / 3000.
        Near.Equal(6470.0 / 3000, r.Totals.CommercialCostRatio);
    }

    [Fact]
    public void The_commercial_cost_ratio_is_undefined_without_margin()
    {
        var r = ScenarioBuilder.Horizon(2)
            .Staff("rep", 2, 100, new { monthlyCost = 3000 })
            .Stage("calls", 0.1, 4, ["rep"])
            .Segment("smb", 1000, 5000, 0)
            .Evaluate();

        // 10 deals, 50000 revenue, but margin rate 0: Σ margin = 0, so (costs − fixed) / margin is null.
        Near.Equal(10, r.Totals.Deals);
        Near.Equal(0, r.Totals.Margin);
        Assert.Null(r.Totals.CommercialCostRatio);
    }
}
