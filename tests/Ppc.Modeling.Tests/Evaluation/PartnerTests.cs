namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>
/// Hand-computed cases for partners (MODEL.md §2 step 2): ramp, attrition, commission,
/// recruitment, and several networks sharing a small pool. Each expected number is derived in the
/// comment above it.
/// </summary>
public class PartnerTests
{
    private static readonly Dictionary<string, double> AllToSmb = new() { ["smb"] = 1 };

    [Fact]
    public void Partners_ramp_lose_partners_and_pay_commission_and_recruitment()
    {
        var r = ScenarioBuilder.Horizon(3)
            .Staff("tele", 0, 100)
            .Stage("calls", 0.1, 1, ["tele"])
            .Segment("smb", 1000, 2000)
            .With("partners", new[]
            {
                new
                {
                    id = "resellers", count = 2, dealsPerPartnerPerMonth = 0.5, rampMonths = 1, attritionPerMonth = 0.1,
                    commissionRate = 0.1, recruitmentCost = 1000, recruits = new[] { new { month = 2, count = 2 } }, segmentShares = AllToSmb,
                },
            })
            .Evaluate();

        // Initial 2 keep 0.9^(t − 1): 2, 1.8, 1.62. The 2 recruited in month 2: 2 · ramp 1/2 = 1 (t2), 2 · 0.9 · 1 = 1.8 (t3).
        // Effective partners 2, 2.8, 3.42; deals = 0.5 · that = 1, 1.4, 1.71 (nobody works calls).
        Near.Series([1, 1.4, 1.71], t => r.Month(t).Deals, "deals");
        Near.Series([2000, 2800, 3420], t => r.Month(t).Bookings, "bookings");
        // partners cost = 10% of partner bookings + 1000 per recruit: 200, 280 + 2000, 342.
        Near.Series([200, 2280, 342], t => r.Month(t).CostBreakdown.Partners, "partners cost");
    }

    [Fact]
    public void Partners_wanting_more_than_a_pool_share_it_in_proportion_to_what_they_want()
    {
        var r = ScenarioBuilder.Horizon(2)
            .Staff("tele", 1, 100)
            .Stage("calls", 0.1, 1, ["tele"])
            .Segment("niche", 5, more: new { prospectingShare = 0.5 })
            .Segment("big", 1000, more: new { prospectingShare = 0.5 })
            .With("partners", new object[]
            {
                new { id = "resellers", count = 4, dealsPerPartnerPerMonth = 1.5, commissionRate = 0.15, segmentShares = new Dictionary<string, double> { ["niche"] = 1 } },
                new { id = "integrators", count = 2, dealsPerPartnerPerMonth = 2, commissionRate = 0.2, segmentShares = new Dictionary<string, double> { ["niche"] = 0.5, ["big"] = 0.5 } },
            })
            .Evaluate();

        // t1 niche: resellers want 4 · 1.5 = 6, integrators 2 · 2 · 0.5 = 2; 8 > pool 5 → 5 · 6/8 = 3.75 and 1.25.
        // big: integrators take 2. Stage 1's 100 records all go to big (niche is empty): 10 chain deals.
        // t2: niche is empty; big gets 2 partner deals + 10 chain deals.
        Near.Series([5, 0], t => r.Month(t).Segment("niche").Deals, "niche deals");
        Near.Series([12, 12], t => r.Month(t).Segment("big").Deals, "big deals");
        // commission (deal value 1000): t1 0.15 · 3.75 · 1000 + 0.2 · (1.25 + 2) · 1000 = 562.5 + 650; t2 0.2 · 2 · 1000.
        Near.Series([1212.5, 400], t => r.Month(t).CostBreakdown.Partners, "partners cost");
    }

    /// <summary>
    /// Why the monotonicity property excludes partners: a record
    /// worked at stage 1 signs with probability N &lt; 1, but the same record left in the pool may be
    /// signed outright by a partner the next month.
    /// </summary>
    [Fact]
    public void More_headcount_can_lower_deals_when_it_empties_a_pool_partners_would_have_signed()
    {
        ScenarioBuilder Tactic(double tele) => ScenarioBuilder.Horizon(2)
            .Staff("tele", tele, 5)
            .Stage("calls", 0.5, 1, ["tele"])
            .Segment("smb", 20)
            .With("partners", new[] { new { id = "resellers", count = 5, dealsPerPartnerPerMonth = 1, segmentShares = AllToSmb } });

        // One tele (5 records): t1 partners 5, work 5 → 2.5, pool 10; t2 partners 5, work 5 → 2.5. Total 15.
        Near.Equal(15, Tactic(1).Evaluate().Totals.Deals, "one tele");
        // Three teles (15 records): t1 partners 5, work 15 → 7.5, pool 0; t2 nothing left. Total 12.5.
        Near.Equal(12.5, Tactic(3).Evaluate().Totals.Deals, "three teles");
    }
}
