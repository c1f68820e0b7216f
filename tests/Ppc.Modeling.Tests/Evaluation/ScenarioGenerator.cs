using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>What a property needs from the generated scenarios.</summary>
/// <param name="OneSegment">Exactly one segment.</param>
/// <param name="NoAbandonment">No <c>abandonPerMonth</c> anywhere.</param>
/// <param name="NoPartners">No partner networks.</param>
/// <param name="FirstRoleStaff">Role r1 is a staff role.</param>
/// <param name="PartnerCommission">When set, every partner's commission rate, and no recruitment cost.</param>
internal sealed record GeneratorOptions(
    bool OneSegment = false, bool NoAbandonment = false, bool NoPartners = false, bool FirstRoleStaff = false, double? PartnerCommission = null);

/// <summary>A generated valid scenario: its JSON, printed when a property fails.</summary>
internal sealed class GeneratedScenario(JsonObject json)
{
    public JsonObject Json { get; } = json;

    /// <summary>A changed copy.</summary>
    public GeneratedScenario With(Action<JsonObject> change)
    {
        var copy = Json.DeepClone().AsObject();
        change(copy);
        return new GeneratedScenario(copy);
    }

    public ValidatedScenario Validate() => ScenarioJson.Parse(Json.ToJsonString()).GetValueOrThrow();

    public EvaluationResult Evaluate() => Evaluator.Evaluate(Validate());

    public override string ToString() => Json.ToJsonString();
}

/// <summary>
/// FsCheck generators of valid scenarios (MODEL.md §1): 1–3 segments with shares summing to 1,
/// 1–4 stages, 1–3 staff or external roles, conversions (0 and 1 included), delay pmfs,
/// abandonment, balanced or explicit allocation (constant or per month), overrides, recontact,
/// partners, a delivery cap or none, seasonality, an initial pipeline, horizon 1–24. Numbers are on
/// coarse grids so that a failing case prints short.
/// </summary>
internal static class ScenarioGenerator
{
    public static Arbitrary<GeneratedScenario> Arbitrary(GeneratorOptions options) => Scenarios(options).ToArbitrary();

    public static Gen<GeneratedScenario> Scenarios(GeneratorOptions o) =>
        from T in Gen.Choose(1, 24)
        from S in o.OneSegment ? Gen.Constant(1) : Gen.Choose(1, 3)
        from R in Gen.Choose(1, 3)
        from K in Gen.Choose(1, 4)
        from roles in Gen.CollectToArray(Enumerable.Range(1, R), r => Role(r, T, o.FirstRoleStaff && r == 1))
        from stages in Gen.CollectToArray(Enumerable.Range(1, K), k => Stage(k, R, o.NoAbandonment))
        from segments in Segments(S, K, T)
        from partners in o.NoPartners ? Gen.Constant(Array.Empty<JsonNode>()) : Partners(T, S, o.PartnerCommission)
        from allocation in Allocation(T, R, stages)
        from pipeline in Gen.CollectToArray(Enumerable.Range(1, S), s => Pipeline(K, T))
        from seasonality in Maybe(3, from start in Gen.Choose(1, 12) from f in Gen.ArrayOf(Grid(0, 1.5, 15), 12) select Node(new { startMonth = start, hoursFactor = f }))
        from delivery in Maybe(2, from cap in Grid(0, 20, 40) from admin in Grid(0, 500, 5) from after in Grid(0, 50, 5)
                                  select Node(new { maxDealsPerMonth = cap, adminCostPerDeal = admin, afterSalesCostPerClientPerMonth = after }))
        from finance in from cash in Grid(0, 100000, 10) from fixedCost in Grid(0, 5000, 10) from delay in Gen.Choose(0, 3)
                        select Node(new { startingCash = cash, fixedCostPerMonth = fixedCost, paymentDelayMonths = delay })
        select Assemble(T, roles, stages, segments, partners, allocation, pipeline, seasonality, delivery, finance);

    private static GeneratedScenario Assemble(int T, JsonNode[] roles, JsonObject[] stages, JsonNode[] segments, JsonNode[] partners,
        JsonObject? allocation, JsonObject?[] pipeline, JsonNode? seasonality, JsonNode? delivery, JsonNode finance)
    {
        var root = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["horizonMonths"] = T,
            ["finance"] = finance,
            ["roles"] = new JsonArray(roles),
            ["stages"] = new JsonArray(stages),
            ["segments"] = new JsonArray(segments),
        };
        if (partners.Length > 0) root["partners"] = new JsonArray(partners);
        if (allocation is not null) root["allocation"] = allocation;
        var entries = new JsonObject();
        for (var s = 0; s < pipeline.Length; s++)
        {
            if (pipeline[s] is { } entry) entries[$"g{s + 1}"] = entry;
        }
        if (entries.Count > 0) root["initialPipeline"] = entries;
        if (seasonality is not null) root["seasonality"] = seasonality;
        if (delivery is not null) root["delivery"] = delivery;
        return new GeneratedScenario(root);
    }

    /// <summary>lo + (hi − lo) · i / steps for i in 0..steps.</summary>
    private static Gen<double> Grid(double lo, double hi, int steps) => Gen.Choose(0, steps).Select(i => lo + (hi - lo) * i / steps);

    private static Gen<double> Probability() => Gen.Frequency((1, Gen.Constant(0.0)), (1, Gen.Constant(1.0)), (6, Grid(0, 1, 20)));

    /// <summary>Present one time in <paramref name="oneIn"/>.</summary>
    private static Gen<T?> Maybe<T>(int oneIn, Gen<T> gen) where T : class =>
        Gen.Frequency((oneIn - 1, Gen.Constant<T?>(null)), (1, gen.Select(x => (T?)x)));

    private static JsonNode Node(object value) => ScenarioBuilder.ToNode(value);

    /// <summary>Weights 0..3 on n items, normalised; all zero becomes the first item alone.</summary>
    private static Gen<double[]> Shares(int n, int least = 0) => Gen.ArrayOf(Gen.Choose(least, 3), n).Select(Normalise);

    private static double[] Normalise(int[] weights)
    {
        if (weights.Sum() == 0) weights[0] = 1;
        double total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }

    private static Gen<double[]> Pmf() => Gen.Choose(1, 4).SelectMany(n => Shares(n));

    private static Gen<object[]> Cohorts(int T) =>
        from n in Gen.Choose(0, 2)
        from months in Gen.ArrayOf(Gen.Choose(1, T), n)
        from counts in Gen.ArrayOf(Gen.Choose(1, 3), n)
        select months.Distinct().Select((m, i) => (object)new { month = m, count = counts[i] }).ToArray();

    private static object[]? NoneIfEmpty(object[] cohorts) => cohorts.Length > 0 ? cohorts : null;

    private static Gen<JsonNode> Role(int r, int T, bool staff) =>
        from isStaff in staff ? Gen.Constant(true) : Gen.Elements(true, false)
        from node in isStaff ? Staff(r, T) : External(r, T)
        select node;

    private static Gen<JsonNode> Staff(int r, int T) =>
        from headcount in Gen.Frequency((1, Gen.Constant(0.0)), (4, Grid(0.5, 5, 9)))
        from hours in Grid(0, 160, 16)
        from cost in Grid(0, 8000, 16)
        from ramp in Gen.Choose(0, 3)
        from attrition in Gen.Frequency((1, Gen.Constant(0.0)), (2, Grid(0, 0.2, 20)))
        from hires in Cohorts(T)
        from hiringCost in Grid(0, 5000, 10)
        from pay in Grid(0, 0.05, 5)
        select Node(new
        {
            id = $"r{r}", kind = "staff", headcount, hoursPerMonth = hours, monthlyCost = cost, rampMonths = ramp,
            attritionPerMonth = attrition, hires = NoneIfEmpty(hires), hiringCost,
            variablePayRate = headcount > 0 || hires.Length > 0 ? pay : 0,
        });

    private static Gen<JsonNode> External(int r, int T) =>
        from byMonth in Gen.Elements(false, true)
        from hours in Grid(0, 300, 30)
        from monthly in Gen.ArrayOf(Grid(0, 300, 30), T)
        from price in Grid(0, 60, 12)
        select byMonth
            ? Node(new { id = $"r{r}", kind = "external", hoursByMonth = monthly, pricePerHour = price })
            : Node(new { id = $"r{r}", kind = "external", hoursPerMonth = hours, pricePerHour = price });

    private static Gen<JsonObject> Stage(int k, int R, bool noAbandonment) =>
        from performers in Gen.SubListOf(Enumerable.Range(1, R).Select(r => $"r{r}").ToArray())
        from e in Gen.Frequency((1, Gen.Constant(0.0)), (4, Grid(0.05, 5, 99)))
        from conversion in Probability()
        from delay in Pmf()
        from abandon in k == 1 || noAbandonment ? Gen.Constant(0.0) : Gen.Frequency((1, Gen.Constant(0.0)), (1, Grid(0, 0.5, 10)))
        from costPerUnit in Grid(0, 20, 20)
        select Node(new
        {
            id = $"k{k}", performedBy = performers.ToArray(), hoursPerUnit = performers.Count == 0 ? 0 : e, conversion,
            delayMonths = delay, abandonPerMonth = abandon > 0 ? abandon : (double?)null, costPerUnit,
        }).AsObject();

    private static Gen<JsonNode[]> Segments(int S, int K, int T) =>
        from shares in Shares(S, least: 1)
        from segments in Gen.CollectToArray(Enumerable.Range(1, S), s => Segment(s, S == 1 ? null : shares[s - 1], K))
        select segments;

    private static Gen<JsonNode> Segment(int s, double? share, int K) =>
        from accounts in Gen.Choose(10, 5000)
        from existing in Gen.Choose(0, accounts / 10)
        from recontact in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 6).Select(x => (int?)x)))
        from value in Grid(100, 50000, 50)
        from margin in Grid(0, 1, 20)
        from overrides in Maybe(3, Override(K))
        select Node(new
        {
            id = $"g{s}", accounts, existingClients = existing, prospectingShare = share, recontactAfterMonths = recontact,
            dealValue = value, marginRate = margin, overrides,
        });

    /// <summary>One stage's override: its conversion, its delay, or both.</summary>
    private static Gen<JsonObject> Override(int K) =>
        from k in Gen.Choose(1, K)
        from what in Gen.Choose(1, 3)
        from conversion in Probability()
        from delay in Pmf()
        select new JsonObject
        {
            [$"k{k}"] = Node(new { conversion = what != 2 ? conversion : (double?)null, delayMonths = what != 1 ? delay : null }),
        };

    private static Gen<JsonNode[]> Partners(int T, int S, double? commission) =>
        from n in Gen.Choose(0, 2)
        from partners in Gen.CollectToArray(Enumerable.Range(1, n), p => Partner(p, T, S, commission))
        select partners;

    private static Gen<JsonNode> Partner(int p, int T, int S, double? commission) =>
        from count in Grid(0, 5, 10)
        from rate in Grid(0, 2, 20)
        from rateOfCommission in commission is { } c ? Gen.Constant(c) : Grid(0, 0.3, 6)
        from recruitmentCost in commission is null ? Grid(0, 5000, 10) : Gen.Constant(0.0)
        from ramp in Gen.Choose(0, 3)
        from attrition in Grid(0, 0.1, 10)
        from recruits in Cohorts(T)
        from shares in Shares(S)
        select Node(new
        {
            id = $"p{p}", count, dealsPerPartnerPerMonth = rate, commissionRate = rateOfCommission, recruitmentCost,
            rampMonths = ramp, attritionPerMonth = attrition, recruits = NoneIfEmpty(recruits),
            segmentShares = Enumerable.Range(0, S).Where(s => shares[s] > 0).ToDictionary(s => $"g{s + 1}", s => shares[s]),
        });

    /// <summary>For each role that performs stages: balanced (omitted), constant shares or per-month shares.</summary>
    private static Gen<JsonObject?> Allocation(int T, int R, JsonObject[] stages) =>
        Gen.CollectToArray(Enumerable.Range(1, R), r => RoleAllocation(T, Performed($"r{r}", stages)))
            .Select(parts =>
            {
                var allocation = new JsonObject();
                for (var r = 0; r < R; r++)
                {
                    if (parts[r] is { } part) allocation[$"r{r + 1}"] = part;
                }
                return allocation.Count > 0 ? allocation : null;
            });

    private static string[] Performed(string role, JsonObject[] stages) =>
        stages.Where(k => k["performedBy"]!.AsArray().Any(x => x!.GetValue<string>() == role)).Select(k => k["id"]!.GetValue<string>()).ToArray();

    private static Gen<JsonObject?> RoleAllocation(int T, string[] stages) =>
        stages.Length == 0 ? Gen.Constant<JsonObject?>(null) : Gen.Frequency(
            (2, Gen.Constant<JsonObject?>(null)),
            (1, Shares(stages.Length).Select(x => (JsonObject?)Shaped(stages, k => Node(x[k])))),
            (1, Gen.ArrayOf(Shares(stages.Length), T).Select(months => (JsonObject?)Shaped(stages, k => Node(months.Select(m => m[k]).ToArray())))));

    private static JsonObject Shaped(string[] stages, Func<int, JsonNode> share)
    {
        var shares = new JsonObject();
        for (var k = 0; k < stages.Length; k++) shares[stages[k]] = share(k);
        return shares;
    }

    /// <summary>Queues at stages 2..K and dated deals (some after T), one time in three.</summary>
    private static Gen<JsonObject?> Pipeline(int K, int T) =>
        Gen.Frequency((2, Gen.Constant<JsonObject?>(null)), (1,
            from queues in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0.0)), (1, Grid(0, 50, 50))), K - 1)
            from deals in Gen.Choose(0, T + 2).SelectMany(n => Gen.ArrayOf(Grid(0, 3, 6), n))
            select Entry(queues, deals)));

    private static JsonObject? Entry(double[] queues, double[] deals)
    {
        var entry = new JsonObject();
        for (var k = 0; k < queues.Length; k++)
        {
            if (queues[k] > 0) entry[$"k{k + 2}"] = queues[k];
        }
        if (deals.Length > 0) entry["deals"] = Node(deals);
        return entry.Count > 0 ? entry : null;
    }
}
