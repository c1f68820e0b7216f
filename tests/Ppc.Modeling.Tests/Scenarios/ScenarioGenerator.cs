using FsCheck;
using FsCheck.Fluent;
using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Scenarios;

/// <summary>
/// Generates scenarios of the right shape with any values: every distribution kind, optional fields
/// present or absent, id-keyed maps (with unknown keys too), allocations with per-month arrays.
/// With <c>wild</c> numbers, NaN and infinities appear as well (a scenario built in code may hold them).
/// </summary>
internal sealed class ScenarioGenerator(bool wild)
{
    private static readonly Gen<double> Unit = Gen.Choose(0, 1000).Select(i => i / 1000.0);

    private static readonly Gen<double> Decimal = Gen.Choose(-2000, 2000).Select(i => i / 1000.0);

    private static readonly Gen<double> Special =
        Gen.Elements(0.0, -0.0, 1.0, 0.5, 0.1, 1.0 / 3, 1e-300, 1e300, double.Epsilon, double.MaxValue, -double.MaxValue);

    private static readonly Gen<double> AnyBits =
        Gen.Choose(int.MinValue, int.MaxValue).SelectMany(high => Gen.Choose(int.MinValue, int.MaxValue)
            .Select(low => BitConverter.Int64BitsToDouble(unchecked(((long)high << 32) | (uint)low))));

    private static readonly Gen<string> Suffix = Gen.Elements("", "-x", ".y", " z", "é", "\"q\"", "\\");

    private Gen<double> Number => wild
        ? Gen.Frequency((4, Unit), (2, Decimal), (1, Special), (1, AnyBits), (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity)))
        : Gen.Frequency((4, Unit), (2, Decimal), (1, Special), (1, AnyBits.Where(double.IsFinite)));

    private static readonly Gen<int> Whole = Gen.Frequency((5, Gen.Choose(-2, 14)), (1, Gen.Elements(int.MinValue, int.MaxValue)));

    public Gen<Scenario> Scenarios =>
        from horizon in Gen.Frequency((6, Gen.Choose(1, 12)), (1, Gen.Choose(-1, 130)))
        from roleIds in Ids("role", 0, 3)
        from stageIds in Ids("stage", 0, 4)
        from segmentIds in Ids("segment", 0, 3)
        from roles in Gen.CollectToArray(roleIds, id => Role(id, horizon))
        from stages in Gen.CollectToArray(stageIds, id => Stage(id, roleIds))
        from segments in Gen.CollectToArray(segmentIds, id => Segment(id, stageIds))
        from header in Header(horizon)
        from parts in Parts(roleIds, stageIds, segmentIds, horizon)
        select parts with { Roles = [.. roles], Stages = [.. stages], Segments = [.. segments], SchemaVersion = header.SchemaVersion,
            SchemaUri = header.SchemaUri, Name = header.Name, Currency = header.Currency, HorizonMonths = horizon };

    private static Gen<Scenario> Header(int horizon) =>
        from version in Gen.Elements(1, 1, 1, 2)
        from uri in Optional(Gen.Constant("https://example.org/ppc.schema.json"))
        from name in Optional(Gen.Elements("", "IT services SME, Île-de-France", "quote \" backslash \\ tab \t", "emoji 😀"))
        from currency in Optional(Gen.Elements("EUR", "USD"))
        select new Scenario { SchemaVersion = version, SchemaUri = uri, Name = name, Currency = currency, HorizonMonths = horizon };

    private Gen<Scenario> Parts(string[] roles, string[] stages, string[] segments, int horizon) =>
        from finance in Optional(Finance)
        from delivery in Optional(Delivery)
        from allocation in Optional(Map(roles, _ => Map(stages, _ => Share(horizon))))
        from seasonality in Optional(Seasonality)
        from pipeline in Optional(Map(segments, _ => Pipeline(stages)))
        from partners in Optional(Items(0, 2, i => Partner("partner" + i, segments, horizon)))
        from objectives in Optional(Items(0, 3, _ => Objective))
        from options in Optional(Options)
        select new Scenario
        {
            HorizonMonths = horizon, Finance = finance, Delivery = delivery, Allocation = allocation, Seasonality = seasonality,
            InitialPipeline = pipeline, Partners = partners, Objectives = objectives, Options = options,
        };

    private Gen<double?> OptionalNumber => OptionalValue(Number);

    private Gen<Distribution?> OptionalDistribution => Optional(Distribution);

    private Gen<ValueArray<double>> Numbers(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Number, n)).Select(values => new ValueArray<double>(values));

    public Gen<Distribution> Distribution => Gen.OneOf(
        Number.Select(v => (Distribution)new ConstantDistribution(v)),
        Two((m, k) => BetaDistribution.WithMeanAndConcentration(m, k)),
        Two((a, b) => BetaDistribution.WithShapes(a, b)),
        Three((a, m, b) => new PertDistribution(a, m, b)),
        Three((a, m, b) => new TriangularDistribution(a, m, b)),
        Two((a, b) => new UniformDistribution(a, b)),
        Two((m, cv) => new LognormalDistribution(m, cv)),
        Two((m, cv) => new GammaDistribution(m, cv)),
        from mu in Number from sd in Number from min in OptionalNumber from max in OptionalNumber
        select (Distribution)new NormalDistribution(mu, sd, min, max),
        Numbers(0, 4).Select(values => (Distribution)new EmpiricalDistribution(values)));

    private Gen<Distribution> Two(Func<double, double, Distribution> make) =>
        from a in Number from b in Number select make(a, b);

    private Gen<Distribution> Three(Func<double, double, double, Distribution> make) =>
        from a in Number from b in Number from c in Number select make(a, b, c);

    private Gen<Role> Role(string id, int horizon) =>
        from kind in Gen.Elements(RoleKind.Staff, RoleKind.External)
        from values in Gen.ArrayOf(OptionalNumber, 9)
        from hours in OptionalDistribution
        from byMonth in Optional(Gen.Frequency((3, Numbers(horizon, horizon)), (1, Numbers(0, 3))))
        from attrition in OptionalDistribution
        from hires in Optional(Hires)
        select new Role
        {
            Id = id, Kind = kind, Headcount = values[0], HoursPerMonth = hours, HoursByMonth = byMonth, MonthlyCost = values[1],
            RampMonths = values[2], HiringCost = values[3], AttritionPerMonth = attrition, MaxHeadcount = values[4],
            MaxHiresPerMonth = values[5], VariablePayRate = values[6], Hires = hires, PricePerHour = values[7], MaxHoursPerMonth = values[8],
        };

    private Gen<ValueArray<Hire>> Hires =>
        Items(0, 3, _ => from month in Whole from count in Whole select new Hire(month, count));

    private Gen<Stage> Stage(string id, string[] roles) =>
        from performedBy in Optional(Gen.SubListOf([.. roles, "ghost"]).Select(ids => new ValueArray<string>(ids)))
        from hours in OptionalDistribution
        from cost in OptionalNumber
        from conversion in Distribution
        from abandon in OptionalNumber
        from delay in Optional(Numbers(0, 4))
        select new Stage
        {
            Id = id, PerformedBy = performedBy, HoursPerUnit = hours, CostPerUnit = cost, Conversion = conversion,
            AbandonPerMonth = abandon, DelayMonths = delay,
        };

    private Gen<Segment> Segment(string id, string[] stages) =>
        from accounts in Number
        from values in Gen.ArrayOf(OptionalNumber, 2)
        from recontact in OptionalValue(Whole)
        from dealValue in Distribution
        from margin in Distribution
        from overrides in Optional(Map(stages, _ =>
            from conversion in OptionalDistribution
            from delay in Optional(Numbers(0, 3))
            select new StageOverride { Conversion = conversion, DelayMonths = delay }))
        select new Segment
        {
            Id = id, Accounts = accounts, ExistingClients = values[0], ProspectingShare = values[1], RecontactAfterMonths = recontact,
            DealValue = dealValue, MarginRate = margin, Overrides = overrides,
        };

    private Gen<AllocationShare> Share(int horizon) => Gen.OneOf(
        Number.Select(AllocationShare.Fixed),
        Gen.Frequency((3, Numbers(horizon, horizon)), (1, Numbers(0, 3))).Select(AllocationShare.Monthly));

    private Gen<PipelineEntry> Pipeline(string[] stages) =>
        from queues in Map(stages, _ => Number)
        from deals in Optional(Numbers(0, 4))
        select new PipelineEntry { Stages = queues, Deals = deals };

    private Gen<Partner> Partner(string id, string[] segments, int horizon) =>
        from values in Gen.ArrayOf(OptionalNumber, 6)
        from rate in Distribution
        from recruits in Optional(Hires)
        from shares in Optional(Map(segments, _ => Number))
        select new Partner
        {
            Id = id, Count = values[0], DealsPerPartnerPerMonth = rate, CommissionRate = values[1], RecruitmentCost = values[2],
            RampMonths = values[3], AttritionPerMonth = values[4], MaxCount = values[5], Recruits = recruits, SegmentShares = shares,
        };

    private Gen<Finance> Finance =>
        from values in Gen.ArrayOf(OptionalNumber, 3)
        from delay in OptionalValue(Whole)
        select new Finance { StartingCash = values[0], FixedCostPerMonth = values[1], PaymentDelayMonths = delay, MinimumCash = values[2] };

    private Gen<Delivery> Delivery =>
        from max in OptionalDistribution
        from values in Gen.ArrayOf(OptionalNumber, 2)
        select new Delivery { MaxDealsPerMonth = max, AdminCostPerDeal = values[0], AfterSalesCostPerClientPerMonth = values[1] };

    private Gen<Seasonality> Seasonality =>
        from start in OptionalValue(Whole)
        from factors in Gen.Frequency((3, Numbers(12, 12)), (1, Numbers(0, 13)))
        select new Seasonality { StartMonth = start, HoursFactor = factors };

    private Gen<Objective> Objective =>
        from metric in Gen.Elements(Enum.GetValues<ObjectiveMetric>())
        from bounds in Gen.ArrayOf(OptionalNumber, 2)
        from byMonth in OptionalValue(Whole)
        from priority in OptionalValue(Whole)
        select new Objective { Metric = metric, AtLeast = bounds[0], AtMost = bounds[1], ByMonth = byMonth, Priority = priority };

    private Gen<ScenarioOptions> Options =>
        from forecast in Optional(
            from trials in OptionalValue(Whole)
            from seed in OptionalValue(Whole.Select(i => (long)i * 3))
            from precision in OptionalNumber
            select new ForecastDefaults { Trials = trials, Seed = seed, Precision = precision })
        from size in Optional(
            from criterion in Optional(Gen.Elements("minimizeCost", "maximizeContribution", "maximize:revenue", "maximize:profit", ""))
            from values in Gen.ArrayOf(OptionalNumber, 3)
            from trials in OptionalValue(Whole)
            from seed in OptionalValue(Whole.Select(i => (long)i))
            select new SizingDefaults
            {
                Criterion = criterion, Budget = values[0], Confidence = values[1], Trials = trials, Seed = seed, TimeLimitSeconds = values[2],
            })
        select new ScenarioOptions { Forecast = forecast, Size = size };

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> distinct ids, each with a suffix that JSON must escape or keep.</summary>
    private static Gen<string[]> Ids(string prefix, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), i => Suffix.Select(s => prefix + i + s)));

    private static Gen<ValueArray<T>> Items<T>(int min, int max, Func<int, Gen<T>> item) =>
        Gen.Choose(min, max).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), item)).Select(items => new ValueArray<T>(items));

    /// <summary>A map over some of <paramref name="keys"/> and an unknown key, in a random order.</summary>
    private static Gen<ValueMap<T>> Map<T>(string[] keys, Func<string, Gen<T>> value) =>
        Gen.SubListOf([.. keys, "ghost"])
            .SelectMany(Gen.Shuffle)
            .SelectMany(chosen => Gen.CollectToArray(chosen, k => value(k).Select(v => new KeyValuePair<string, T>(k, v))))
            .Select(entries => new ValueMap<T>(entries));

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T?> OptionalValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));
}
