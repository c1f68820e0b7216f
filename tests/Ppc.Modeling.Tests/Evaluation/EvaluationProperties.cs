using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>Properties of MODEL.md §2–3 that hold for every valid scenario, or for the stated family.</summary>
public class EvaluationProperties
{
    private const int Cases = 100;
    private const double Tolerance = 1e-9;

    private static readonly GeneratorOptions Any = new();

    [Property(MaxTest = Cases)]
    public Property Generated_scenarios_are_valid() => Prop.ForAll(ScenarioGenerator.Arbitrary(Any), s =>
    {
        var result = ScenarioJson.Parse(s.Json.ToJsonString());
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    });

    /// <summary>
    /// Every flow, stock, capacity and ratio is finite and non-negative, except cash and
    /// contribution (finite, any sign); utilisation lies in [0, 1].
    /// </summary>
    [Property(MaxTest = Cases)]
    public Property Nothing_is_negative_or_NaN() => Prop.ForAll(ScenarioGenerator.Arbitrary(Any), s =>
    {
        var r = s.Evaluate();
        var c = r.Model;
        foreach (var m in r.Months)
        {
            var at = $"month {m.Month}";
            NonNegative(at, m.Deals, m.Bookings, m.Delivered, m.Revenue, m.Margin, m.Costs, m.Clients);
            NonNegative(at + " cost lines", CostLines(m.CostBreakdown));
            Finite(at, m.Cash, m.Contribution);
            foreach (var role in c.RoleIds) NonNegative($"{at} role {role}", m.Role(role).Fte, m.Role(role).Hours, m.Role(role).Cost);
            foreach (var stage in c.StageIds)
            {
                var f = m.Stage(stage);
                NonNegative($"{at} stage {stage}", f.Served, f.Queue, f.Capacity ?? 0, f.Utilisation);
                Assert.True(f.Utilisation <= 1 + Tolerance, $"{at} stage {stage}: utilisation {f.Utilisation}");
            }
            foreach (var segment in c.SegmentIds)
            {
                var f = m.Segment(segment);
                NonNegative($"{at} segment {segment}", f.Deals, f.Bookings, f.Revenue, f.Penetration);
            }
        }
        var t = r.Totals;
        NonNegative("totals", t.Deals, t.Bookings, t.Delivered, t.Revenue, t.Margin, t.Costs, t.Clients, t.DeliveryBacklog,
            t.CommercialCostRatio ?? 0, t.MeanDecisionDelayMonths, t.RecommendedIncentiveMonths);
        NonNegative("total cost lines", CostLines(t.CostBreakdown));
        NonNegative("pipeline at horizon", t.PipelineAtHorizon.Select(e => e.Value).ToArray());
        Finite("totals", t.Cash, t.Contribution);
        foreach (var segment in c.SegmentIds) NonNegative($"totals {segment}", t.Segment(segment).Deals, t.Segment(segment).Revenue, t.Segment(segment).Penetration);
        var link = r.WeakestLink;
        NonNegative("link capacities", link.CapacitiesDealsPerMonth.Select(e => e.Value ?? 0).ToArray());
        Assert.Equal(link.Link, link.Tied[0]);
        Assert.Contains(link.Link, link.Links);
    });

    /// <summary>
    /// With one segment and no abandonment (so no unit leaves a queue but by being served), for every
    /// stage k ≥ 2: initial queue + arrivals within the horizon (p[k−1] · Σ served[k−1] − units
    /// arriving after T) = Σ served[k] + queue at T. Signed deals = what left the last stage within
    /// the horizon (p[K] · Σ served[K] − chain deals after T) + initial-pipeline deals dated 1..T +
    /// partner deals (measured through their commission: rate 0.1, no recruitment cost). And
    /// delivered + backlog at T = deals.
    /// </summary>
    [Property(MaxTest = Cases)]
    public Property Flows_are_conserved() => Prop.ForAll(
        ScenarioGenerator.Arbitrary(new GeneratorOptions(OneSegment: true, NoAbandonment: true, PartnerCommission: 0.1)), s =>
    {
        var r = s.Evaluate();
        var c = r.Model;
        int K = c.K, T = c.T;
        var p = c.Means.Conversion;
        double Served(int k) => r.Months.Sum(m => m.Stage(k).Served);
        for (var k = 1; k < K; k++)
        {
            var arrived = p[k - 1] * Served(k - 1) - r.Totals.PipelineAtHorizon[c.StageIds[k]];
            Same($"stage {c.StageIds[k]}: initial queue + arrivals = served + queue", c.InitialQueue[k] + arrived, Served(k) + r.Month(T).Stage(k).Queue);
        }
        var chain = p[K - 1] * Served(K - 1) - (r.Totals.PipelineAtHorizon["deals"] - c.InitialDealsAfterHorizon);
        var dated = c.InitialDeals.Take(T).Sum();
        var partners = r.Totals.CostBreakdown.Partners / (0.1 * c.Means.DealValue[0]);
        Same("deals = chain + initial pipeline + partners", chain + dated + partners, r.Totals.Deals);
        Same("delivered + backlog = deals", r.Totals.Delivered + r.Totals.DeliveryBacklog, r.Totals.Deals);
    });

    /// <summary>cash[t] = cash[t−1] + revenue[t − delay] − (revenue[t] − margin[t]) − costs[t], cash[0] = startingCash; costs = Σ lines; contribution = margin − costs.</summary>
    [Property(MaxTest = Cases)]
    public Property Cash_follows_its_identity() => Prop.ForAll(ScenarioGenerator.Arbitrary(Any), s =>
    {
        var r = s.Evaluate();
        var finance = s.Json["finance"]!;
        var cash = finance["startingCash"]!.GetValue<double>();
        var delay = finance["paymentDelayMonths"]!.GetValue<int>();
        foreach (var m in r.Months)
        {
            var paid = m.Month - delay >= 1 ? r.Month(m.Month - delay).Revenue : 0;
            var expected = cash + paid - (m.Revenue - m.Margin) - m.Costs;
            Same($"cash in month {m.Month}", expected, m.Cash, Math.Abs(cash) + paid + m.Revenue + m.Costs);
            Same($"costs in month {m.Month}", m.CostBreakdown.Total, m.Costs);
            Same($"contribution in month {m.Month}", m.Margin - m.Costs, m.Contribution, m.Margin + m.Costs);
            cash = m.Cash;
        }
    });

    /// <summary>
    /// The model is homogeneous of degree 1 in its extensive inputs: multiplying accounts, existing
    /// clients, headcounts, hires, partner counts and recruits, external hours, the delivery
    /// capacity and the initial pipeline by m multiplies deals (every month, every segment),
    /// deliveries and bookings by m.
    /// </summary>
    [Property(MaxTest = Cases)]
    public Property Scaling_the_extensive_inputs_scales_deals() => Prop.ForAll(
        ScenarioGenerator.Scenarios(Any).Zip(Gen.Choose(2, 4)).ToArbitrary(), pair =>
    {
        var (s, m) = pair;
        var r = s.Evaluate();
        var scaled = s.With(json => ScaleExtensive(json, m)).Evaluate();
        foreach (var month in r.Months)
        {
            var big = scaled.Month(month.Month);
            Same($"deals in month {month.Month}", m * month.Deals, big.Deals);
            Same($"delivered in month {month.Month}", m * month.Delivered, big.Delivered);
            Same($"bookings in month {month.Month}", m * month.Bookings, big.Bookings);
            foreach (var g in r.Model.SegmentIds) Same($"{g} deals in month {month.Month}", m * month.Segment(g).Deals, big.Segment(g).Deals);
        }
        Same("total deals", m * r.Totals.Deals, scaled.Totals.Deals);
    });

    /// <summary>
    /// More headcount for a staff role never lowers cumulative deals, by every month, when there is
    /// one segment, no abandonment and no partners. Why: staff hours, hence every capacity, grow with
    /// headcount (balanced shares depend only on hours per unit and conversions); with one segment
    /// stage 1 works min(capacity, pool), and cumulative records worked W[t] = min(W[t−1] + cap[t],
    /// pool + returns of W[t − n]) grows with capacity; without abandonment a queue is lossless, so
    /// cumulative served S[t] = min(S[t−1] + cap[t], initial + cumulative arrivals[t]) grows with
    /// capacity and arrivals, and delays only shift it. Outside these conditions it fails:
    /// partners lose the pool that a larger team works out (pinned in
    /// PartnerTests.More_headcount_can_lower_deals_when_it_empties_a_pool_partners_would_have_signed);
    /// with abandonment, records worked earlier (because the pool then empties sooner) can wait in a
    /// queue whose capacity comes later and abandon; with several segments, more records of a segment
    /// that converts badly downstream take a pro-rata share of a later stage's capacity from one that
    /// converts well.
    /// </summary>
    [Property(MaxTest = Cases)]
    public Property More_headcount_never_lowers_cumulative_deals() => Prop.ForAll(
        ScenarioGenerator.Scenarios(new GeneratorOptions(OneSegment: true, NoAbandonment: true, NoPartners: true, FirstRoleStaff: true))
            .Zip(Gen.Choose(1, 4)).ToArbitrary(), pair =>
    {
        var (s, halves) = pair;
        var more = s.With(json =>
        {
            var role = json["roles"]![0]!.AsObject();
            role["headcount"] = role["headcount"]!.GetValue<double>() + halves / 2.0;
        });
        AssertCumulativeDealsDoNotFall(s.Evaluate(), more.Evaluate());
    });

    internal static void AssertCumulativeDealsDoNotFall(EvaluationResult before, EvaluationResult after)
    {
        double a = 0, b = 0;
        foreach (var m in before.Months)
        {
            a += m.Deals;
            b += after.Month(m.Month).Deals;
            Assert.True(b >= a - Tolerance * Math.Max(1, a), $"cumulative deals by month {m.Month} fell from {a:R} to {b:R}");
        }
    }

    /// <summary>Multiplies every extensive input of a scenario by m (a staff role's hours per person are intensive).</summary>
    internal static void ScaleExtensive(JsonObject s, int m)
    {
        foreach (var segment in Objects(s["segments"]))
        {
            Multiply(segment, "accounts", m);
            Multiply(segment, "existingClients", m);
        }
        foreach (var role in Objects(s["roles"]))
        {
            Multiply(role, "headcount", m);
            foreach (var hire in Objects(role["hires"])) Multiply(hire, "count", m);
            if (role["kind"]!.GetValue<string>() == "external") Multiply(role, "hoursPerMonth", m);
            MultiplyAll(role["hoursByMonth"], m);
        }
        foreach (var partner in Objects(s["partners"]))
        {
            Multiply(partner, "count", m);
            foreach (var recruit in Objects(partner["recruits"])) Multiply(recruit, "count", m);
        }
        if (s["delivery"] is JsonObject delivery) Multiply(delivery, "maxDealsPerMonth", m);
        foreach (var entry in Objects(s["initialPipeline"]?.AsObject().Select(e => e.Value)))
        {
            foreach (var name in entry.Select(e => e.Key).ToList())
            {
                if (entry[name] is JsonArray deals) MultiplyAll(deals, m);
                else Multiply(entry, name, m);
            }
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? array) => Objects((array as JsonArray)?.AsEnumerable());

    private static IEnumerable<JsonObject> Objects(IEnumerable<JsonNode?>? nodes) => nodes?.OfType<JsonObject>() ?? [];

    private static void Multiply(JsonObject o, string name, int m)
    {
        if (o[name] is JsonValue v) o[name] = v.GetValue<double>() * m;
    }

    private static void MultiplyAll(JsonNode? array, int m)
    {
        if (array is not JsonArray a) return;
        for (var i = 0; i < a.Count; i++) a[i] = a[i]!.GetValue<double>() * m;
    }

    private static double[] CostLines(CostBreakdown b) =>
        [b.Staff, b.Hiring, b.External, b.Units, b.Variable, b.Admin, b.AfterSales, b.Partners, b.Fixed];

    private static void NonNegative(string what, params double[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Assert.True(double.IsFinite(values[i]) && values[i] >= 0, $"{what}, value {i}: {values[i]:R}");
        }
    }

    private static void Finite(string what, params double[] values)
    {
        for (var i = 0; i < values.Length; i++) Assert.True(double.IsFinite(values[i]), $"{what}, value {i}: {values[i]:R}");
    }

    /// <summary>Equal within 1e-9 of the magnitude involved (<paramref name="scale"/>, or the larger value).</summary>
    private static void Same(string what, double expected, double actual, double scale = 0)
    {
        var bound = Tolerance * Math.Max(1, Math.Max(scale, Math.Max(Math.Abs(expected), Math.Abs(actual))));
        Assert.True(Math.Abs(expected - actual) <= bound, $"{what}: expected {expected:R}, found {actual:R}");
    }
}
