namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>
/// Hand-computed cases for the resources side of MODEL.md §2: one role on one stage, ramp,
/// attrition, an external role's hours by month, seasonality. Each expected number is derived in
/// the comment above it.
/// </summary>
public class ResourceTests
{
    /// <summary>2 reps × 100 h on calls at 4 h each: 50 records a month, 10% sign, 5,000 each.</summary>
    internal static ScenarioBuilder OneRoleOneStage(int months) => ScenarioBuilder.Horizon(months)
        .Staff("rep", 2, 100, new { monthlyCost = 3000 })
        .Stage("calls", 0.1, 4, ["rep"], new { costPerUnit = 2 })
        .Segment("smb", 1010, 5000, 0.4, new { existingClients = 10 })
        .With("finance", new { startingCash = 10000, fixedCostPerMonth = 1000 });

    [Fact]
    public void One_role_on_one_stage_works_its_capacity_every_month()
    {
        var r = OneRoleOneStage(2).Evaluate();

        // cap = 2 · 100 h / 4 h = 50 records; pool 1010 − 10 = 1000 never runs out.
        // deals = 50 · 0.1 = 5 a month (delay [1]: same month), delivered at once (no cap).
        // bookings = revenue = 5 · 5000 = 25000; margin = 0.4 · 25000 = 10000.
        // costs = staff 2 · 3000 + units 50 · 2 + fixed 1000 = 7100; contribution = 2900.
        // cash[1] = 10000 + 25000 (no payment delay) − (25000 − 10000) − 7100 = 12900; cash[2] = 15800.
        foreach (var t in new[] { 1, 2 })
        {
            var m = r.Month(t);
            Near.Equal(5, m.Deals, "deals");
            Near.Equal(25000, m.Bookings, "bookings");
            Near.Equal(5, m.Delivered, "delivered");
            Near.Equal(25000, m.Revenue, "revenue");
            Near.Equal(10000, m.Margin, "margin");
            Near.Equal(7100, m.Costs, "costs");
            Near.Equal(2900, m.Contribution, "contribution");
            Near.Equal(2, m.Role("rep").Fte, "fte");
            Near.Equal(200, m.Role("rep").Hours, "hours");
            Near.Equal(6000, m.Role("rep").Cost, "role cost");
            var calls = m.Stage("calls");
            Near.Equal(50, calls.Served, "served");
            Near.Equal(0, calls.Queue, "queue");
            Near.Equal(50, calls.Capacity, "capacity");
            Near.Equal(1, calls.Utilisation, "utilisation");
            Assert.True(calls.Binding);
        }
        Near.Series([12900, 15800], t => r.Month(t).Cash, "cash");
        // clients = 5, 10; penetration = (10 existing + delivered so far) / 1010.
        Near.Series([5, 10], t => r.Month(t).Clients, "clients");
        Near.Series([15.0 / 1010, 20.0 / 1010], t => r.Month(t).Segment("smb").Penetration, "penetration");

        var totals = r.Totals;
        Near.Equal(10, totals.Deals);
        Near.Equal(50000, totals.Revenue);
        Near.Equal(20000, totals.Margin);
        Near.Equal(14200, totals.Costs);
        Near.Equal(5800, totals.Contribution);
        Near.Equal(15800, totals.Cash);
        Near.Equal(10, totals.Clients);
        // (costs − fixed) / margin = (14200 − 2000) / 20000.
        Near.Equal(0.61, totals.CommercialCostRatio);
        Assert.Equal(["deals"], totals.PipelineAtHorizon.Keys);
        Near.Equal(0, totals.PipelineAtHorizon["deals"]);
        // The rep performs the last stage, which is also the first: Σ of calls' delay mean = 0.
        Near.Equal(0, totals.MeanDecisionDelayMonths);
    }

    [Fact]
    public void A_hire_ramps_up_in_R_plus_one_months_and_is_paid_in_full_from_the_start()
    {
        var r = ScenarioBuilder.Horizon(5)
            .Staff("a", 1, 100, new { monthlyCost = 1000, hiringCost = 500, rampMonths = 1, hires = new[] { new { month = 2, count = 1 } } })
            .Staff("b", 1, 100, new { monthlyCost = 1000, hiringCost = 500, rampMonths = 3, hires = new[] { new { month = 2, count = 1 } } })
            .Stage("calls", 0.5, 1, ["a", "b"])
            .Segment("smb", 100000)
            .Evaluate();

        // ramp(i) = min(1, i / (R + 1)); the hire of month 2 is in its i-th month at t = i + 1.
        // a, R = 1: ramp 1/2, 1, 1, 1  → hours 100, 100 + 50, 200, 200, 200.
        // b, R = 3: ramp 1/4, 1/2, 3/4, 1 → hours 100, 100 + 25, 150, 175, 200.
        Near.Series([100, 150, 200, 200, 200], t => r.Month(t).Role("a").Hours, "a hours");
        Near.Series([100, 125, 150, 175, 200], t => r.Month(t).Role("b").Hours, "b hours");
        Near.Series([1, 2, 2, 2, 2], t => r.Month(t).Role("b").Fte, "b fte");
        // Each role performs only calls, so each gives it all its hours: cap = a + b, 1 h a record.
        Near.Series([200, 275, 350, 375, 400], t => r.Month(t).Stage("calls").Capacity!.Value, "capacity");
        Near.Series([100, 137.5, 175, 187.5, 200], t => r.Month(t).Deals, "deals");
        // Staff are paid in full while ramping: 2 · 1000 a role from month 2; hiring 2 · 500 in month 2.
        Near.Series([2000, 4000, 4000, 4000, 4000], t => r.Month(t).CostBreakdown.Staff, "staff");
        Near.Series([0, 1000, 0, 0, 0], t => r.Month(t).CostBreakdown.Hiring, "hiring");
        Near.Equal(2500, r.Month(2).Role("a").Cost, "a's cost in month 2: 2 · 1000 + 500");
    }

    [Fact]
    public void Attrition_keeps_a_cohort_fraction_per_month_but_spares_a_hire_its_first_month()
    {
        var r = ScenarioBuilder.Horizon(4)
            .Staff("rep", 10, 100, new { monthlyCost = 2000, attritionPerMonth = 0.1, hires = new[] { new { month = 3, count = 4 } } })
            .Stage("calls", 0.1, 1, ["rep"])
            .Segment("smb", 1e6)
            .Evaluate();

        // Initial 10 keep 0.9^(t − 1): 10, 9, 8.1, 7.29. The 4 hired in month 3 keep 0.9^(t − 3): 4, 3.6.
        // fte = 10, 9, 12.1, 10.89; hours = 100 · fte (no ramp); staff cost = 2000 · fte.
        Near.Series([10, 9, 12.1, 10.89], t => r.Month(t).Role("rep").Fte, "fte");
        Near.Series([1000, 900, 1210, 1089], t => r.Month(t).Role("rep").Hours, "hours");
        Near.Series([20000, 18000, 24200, 21780], t => r.Month(t).CostBreakdown.Staff, "staff cost");
    }

    [Fact]
    public void Hours_by_month_of_an_external_role_are_bought_as_given_without_seasonality()
    {
        var r = ScenarioBuilder.Horizon(3)
            .Staff("tele", 1, 100)
            .External("cc", new { hoursByMonth = new[] { 100, 50, 0 }, pricePerHour = 30 })
            .External("temp", new { hoursPerMonth = 40, pricePerHour = 10 })
            .Stage("calls", 0.1, 1, ["tele", "cc", "temp"])
            .Segment("smb", 1e6)
            .With("seasonality", new { hoursFactor = Enumerable.Repeat(0.5, 12) })
            .Evaluate();

        // Season 0.5 every month halves tele (50 h) and temp's hoursPerMonth (20 h), not cc's hoursByMonth.
        Near.Series([100, 50, 0], t => r.Month(t).Role("cc").Hours, "cc hours");
        Near.Series([0, 0, 0], t => r.Month(t).Role("cc").Fte, "cc fte");
        Near.Series([3000, 1500, 0], t => r.Month(t).Role("cc").Cost, "cc cost = hours · 30");
        Near.Series([50, 50, 50], t => r.Month(t).Role("tele").Hours, "tele hours");
        Near.Series([20, 20, 20], t => r.Month(t).Role("temp").Hours, "temp hours");
        // external = 30 · cc + 10 · 20; capacity = 50 + cc + 20 at 1 h a record.
        Near.Series([3200, 1700, 200], t => r.Month(t).CostBreakdown.External, "external");
        Near.Series([170, 120, 70], t => r.Month(t).Stage("calls").Capacity!.Value, "capacity");
    }

    [Fact]
    public void Seasonality_follows_the_calendar_from_the_start_month_and_spares_costs_and_partners()
    {
        // Factors Jan..Dec = 0.1, 0.2, ..., 1.2. Start in November: t = 1..4 is Nov, Dec, Jan, Feb.
        var factors = Enumerable.Range(1, 12).Select(i => i / 10.0).ToArray();
        var r = ScenarioBuilder.Horizon(4)
            .Staff("tele", 1, 100, new { monthlyCost = 1000 })
            .External("cc", new { hoursPerMonth = 50, pricePerHour = 2 })
            .Stage("calls", 0.01, 1, ["tele", "cc"])
            .Segment("smb", 1e6)
            .With("seasonality", new { startMonth = 11, hoursFactor = factors })
            .With("partners", new[] { new { id = "resellers", count = 1, dealsPerPartnerPerMonth = 1, segmentShares = new Dictionary<string, double> { ["smb"] = 1 } } })
            .Evaluate();

        // season = 1.1, 1.2, 0.1, 0.2.
        Near.Series([110, 120, 10, 20], t => r.Month(t).Role("tele").Hours, "tele hours");
        Near.Series([55, 60, 5, 10], t => r.Month(t).Role("cc").Hours, "cc hours");
        Near.Series([1000, 1000, 1000, 1000], t => r.Month(t).CostBreakdown.Staff, "staff cost (not seasonal)");
        Near.Series([110, 120, 10, 20], t => r.Month(t).CostBreakdown.External, "external = 2 · cc hours");
        // capacity = tele + cc hours = 165, 180, 15, 30; deals = 1 partner deal (not seasonal) + 1% of records.
        Near.Series([2.65, 2.8, 1.15, 1.3], t => r.Month(t).Deals, "deals");
    }
}
