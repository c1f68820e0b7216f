using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Model;

/// <summary>Compiles a validated scenario into a <see cref="CompiledScenario"/>, applying MODEL.md §1's defaults.</summary>
internal static class ScenarioCompiler
{
    private static readonly double[] SameMonth = [1.0];

    public static CompiledScenario Compile(ValidatedScenario validated)
    {
        var sc = validated.Scenario;
        int T = sc.HorizonMonths, R = sc.Roles.Count, K = sc.Stages.Count, S = sc.Segments.Count;
        var partners = sc.Partners ?? ValueArray<Partner>.Empty;
        var P = partners.Count;
        var stageIndex = Index(sc.Stages.Select(k => k.Id));
        var roleIndex = Index(sc.Roles.Select(r => r.Id));
        var segmentIndex = Index(sc.Segments.Select(s => s.Id));

        var performs = new bool[R * K];
        var performers = new int[K][];
        for (var k = 0; k < K; k++)
        {
            var ids = sc.Stages[k].PerformedBy ?? ValueArray<string>.Empty;
            performers[k] = ids.Select(id => roleIndex[id]).ToArray();
            foreach (var r in performers[k]) performs[r * K + k] = true;
        }

        var (conversion, conversionDraw, delay) = CompileStagesPerSegment(sc, stageIndex);
        var (hasAllocation, share) = CompileAllocation(sc, T, K, roleIndex, stageIndex);
        var (queue0, ipDeals, ipAfter) = CompilePipeline(sc, T, K, S, segmentIndex, stageIndex);
        var finance = sc.Finance ?? new Finance();
        var delivery = sc.Delivery ?? new Delivery();

        var compiled = new CompiledScenario(validated, T, R, K, S, P)
        {
            RoleIds = new ValueArray<string>(sc.Roles.Select(r => r.Id)),
            StageIds = new ValueArray<string>(sc.Stages.Select(k => k.Id)),
            SegmentIds = new ValueArray<string>(sc.Segments.Select(s => s.Id)),
            PartnerIds = new ValueArray<string>(partners.Select(p => p.Id)),
            IsStaff = sc.Roles.Select(r => r.Kind == RoleKind.Staff).ToArray(),
            InitialHeadcount = sc.Roles.Select(r => r.Headcount ?? 0).ToArray(),
            MonthlyCost = sc.Roles.Select(r => r.MonthlyCost ?? 0).ToArray(),
            RampMonths = sc.Roles.Select(r => r.RampMonths ?? 0).ToArray(),
            HiringCost = sc.Roles.Select(r => r.HiringCost ?? 0).ToArray(),
            VariablePayRate = sc.Roles.Select(r => r.VariablePayRate ?? 0).ToArray(),
            PricePerHour = sc.Roles.Select(r => r.PricePerHour ?? 0).ToArray(),
            Hires = Cohorts(sc.Roles.Select(r => r.Hires), T),
            HasHoursByMonth = sc.Roles.Select(r => r.HoursByMonth is not null).ToArray(),
            HoursByMonth = sc.Roles.SelectMany(r => r.HoursByMonth ?? new ValueArray<double>(new double[T])).ToArray(),
            HoursPerMonthDistribution = sc.Roles.Select(r => r.HoursPerMonth ?? Zero).ToArray(),
            AttritionDistribution = sc.Roles.Select(r => r.AttritionPerMonth ?? Zero).ToArray(),
            Season = SeasonFactors(sc.Seasonality, T),
            Performs = performs,
            PerformersOfStage = performers,
            HasAllocation = hasAllocation,
            ExplicitShare = share,
            HoursPerUnitDistribution = sc.Stages.Select(k => k.HoursPerUnit ?? Zero).ToArray(),
            CostPerUnit = sc.Stages.Select(k => k.CostPerUnit ?? 0).ToArray(),
            AbandonPerMonth = sc.Stages.Select(k => k.AbandonPerMonth ?? 0).ToArray(),
            ConversionDistribution = conversion,
            ConversionDraw = conversionDraw,
            ConversionDrawDistribution = DrawDistributions(sc.Stages, conversion, conversionDraw),
            Delay = delay,
            Accounts = sc.Segments.Select(s => s.Accounts).ToArray(),
            ExistingClients = sc.Segments.Select(s => s.ExistingClients ?? 0).ToArray(),
            ProspectingShare = sc.Segments.Select(s => s.ProspectingShare ?? 1).ToArray(),
            RecontactAfterMonths = sc.Segments.Select(s => s.RecontactAfterMonths ?? 0).ToArray(),
            DealValueDistribution = sc.Segments.Select(s => s.DealValue).ToArray(),
            MarginRateDistribution = sc.Segments.Select(s => s.MarginRate).ToArray(),
            InitialQueue = queue0,
            InitialDeals = ipDeals,
            InitialDealsAfterHorizon = ipAfter,
            PartnerCount = partners.Select(p => p.Count ?? 0).ToArray(),
            CommissionRate = partners.Select(p => p.CommissionRate ?? 0).ToArray(),
            RecruitmentCost = partners.Select(p => p.RecruitmentCost ?? 0).ToArray(),
            PartnerRampMonths = partners.Select(p => p.RampMonths ?? 0).ToArray(),
            PartnerAttrition = partners.Select(p => p.AttritionPerMonth ?? 0).ToArray(),
            Recruits = Cohorts(partners.Select(p => p.Recruits), T),
            PartnerShare = partners.SelectMany(p => sc.Segments.Select(s => p.SegmentShares is { } m && m.TryGetValue(s.Id, out var v) ? v : 0)).ToArray(),
            PartnerRateDistribution = partners.Select(p => p.DealsPerPartnerPerMonth).ToArray(),
            MaxDealsDistribution = delivery.MaxDealsPerMonth,
            AdminCostPerDeal = delivery.AdminCostPerDeal ?? 0,
            AfterSalesCostPerClient = delivery.AfterSalesCostPerClientPerMonth ?? 0,
            StartingCash = finance.StartingCash ?? 0,
            FixedCostPerMonth = finance.FixedCostPerMonth ?? 0,
            PaymentDelayMonths = finance.PaymentDelayMonths ?? 0,
            MinimumCash = finance.MinimumCash,
        };
        FillMeans(compiled);
        return compiled;
    }

    private static readonly Distribution Zero = new ConstantDistribution(0);

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) index.TryAdd(id, index.Count);
        return index;
    }

    private static void FillMeans(CompiledScenario c)
    {
        var m = c.Means;
        for (var i = 0; i < c.ConversionDistribution.Length; i++) m.Conversion[i] = c.ConversionDistribution[i].Mean;
        for (var k = 0; k < c.K; k++) m.HoursPerUnit[k] = c.HoursPerUnitDistribution[k].Mean;
        for (var r = 0; r < c.R; r++)
        {
            m.HoursPerMonth[r] = c.HoursPerMonthDistribution[r].Mean;
            m.Attrition[r] = c.AttritionDistribution[r].Mean;
        }
        for (var s = 0; s < c.S; s++)
        {
            m.MarginRate[s] = c.MarginRateDistribution[s].Mean;
            m.DealValue[s] = c.DealValueDistribution[s].Mean;
        }
        for (var p = 0; p < c.P; p++) m.PartnerRate[p] = c.PartnerRateDistribution[p].Mean;
        m.MaxDealsPerMonth = c.MaxDealsDistribution?.Mean ?? double.PositiveInfinity;
    }

    private static double[] Cohorts(IEnumerable<ValueArray<Hire>?> cohorts, int T)
    {
        var list = cohorts.ToList();
        var result = new double[list.Count * T];
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var hire in list[i] ?? ValueArray<Hire>.Empty) result[i * T + hire.Month - 1] += hire.Count;
        }
        return result;
    }

    private static double[] SeasonFactors(Seasonality? seasonality, int T)
    {
        var season = new double[T];
        for (var t = 1; t <= T; t++)
        {
            season[t - 1] = seasonality is null ? 1 : seasonality.HoursFactor[((seasonality.StartMonth ?? 1) - 1 + t - 1) % 12];
        }
        return season;
    }

    private static (Distribution[] Conversion, int[] Draw, double[][] Delay) CompileStagesPerSegment(Scenario sc, Dictionary<string, int> stageIndex)
    {
        int K = sc.Stages.Count, S = sc.Segments.Count;
        var conversion = new Distribution[S * K];
        var draw = new int[S * K];
        var delay = new double[S * K][];
        var overrideCount = 0;
        for (var s = 0; s < S; s++)
        {
            for (var k = 0; k < K; k++)
            {
                var stage = sc.Stages[k];
                conversion[s * K + k] = stage.Conversion;
                draw[s * K + k] = k;
                delay[s * K + k] = stage.DelayMonths?.ToArray() ?? SameMonth;
            }
            foreach (var (stageId, o) in sc.Segments[s].Overrides ?? ValueMap<StageOverride>.Empty)
            {
                var k = stageIndex[stageId];
                if (o.Conversion is not null)
                {
                    conversion[s * K + k] = o.Conversion;
                    draw[s * K + k] = K + overrideCount++;
                }
                if (o.DelayMonths is not null) delay[s * K + k] = o.DelayMonths.ToArray();
            }
        }
        return (conversion, draw, delay);
    }

    private static Distribution[] DrawDistributions(ValueArray<Stage> stages, Distribution[] conversion, int[] draw)
    {
        var count = stages.Count;
        foreach (var d in draw) count = Math.Max(count, d + 1);
        var result = new Distribution[count];
        for (var k = 0; k < stages.Count; k++) result[k] = stages[k].Conversion;
        for (var i = 0; i < draw.Length; i++)
        {
            if (draw[i] >= stages.Count) result[draw[i]] = conversion[i];
        }
        return result;
    }

    private static (bool[] HasAllocation, double[] Share) CompileAllocation(
        Scenario sc, int T, int K, Dictionary<string, int> roleIndex, Dictionary<string, int> stageIndex)
    {
        var R = sc.Roles.Count;
        var has = new bool[R];
        var share = new double[R * K * T];
        foreach (var (roleId, shares) in sc.Allocation ?? ValueMap<ValueMap<AllocationShare>>.Empty)
        {
            var r = roleIndex[roleId];
            has[r] = true;
            foreach (var (stageId, value) in shares)
            {
                var k = stageIndex[stageId];
                for (var t = 1; t <= T; t++) share[(r * K + k) * T + t - 1] = value.At(t);
            }
        }
        return (has, share);
    }

    private static (double[] Queue, double[] Deals, double After) CompilePipeline(
        Scenario sc, int T, int K, int S, Dictionary<string, int> segmentIndex, Dictionary<string, int> stageIndex)
    {
        var queue = new double[S * K];
        var deals = new double[S * T];
        var after = 0.0;
        foreach (var (segmentId, entry) in sc.InitialPipeline ?? ValueMap<PipelineEntry>.Empty)
        {
            var s = segmentIndex[segmentId];
            foreach (var (stageId, units) in entry.Stages) queue[s * K + stageIndex[stageId]] = units;
            var dated = entry.Deals ?? ValueArray<double>.Empty;
            for (var i = 0; i < dated.Count; i++)
            {
                if (i < T) deals[s * T + i] = dated[i];
                else after += dated[i];
            }
        }
        return (queue, deals, after);
    }
}
