using System.Text.Json;
using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;
using static Ppc.Modeling.Scenarios.Json.JsonReadContext;

namespace Ppc.Modeling.Scenarios.Json;

/// <summary>
/// Turns a parsed JSON document into a <see cref="Scenario"/>, reporting structural errors
/// (types, unknown and missing fields, integers) to a <see cref="JsonReadContext"/>. Missing or
/// unreadable values get placeholders so that the rest can still be read and checked.
/// </summary>
internal sealed class ScenarioReader(JsonReadContext ctx)
{
    private static readonly string[] RootFields =
        ["$schema", "schemaVersion", "name", "currency", "horizonMonths", "finance", "roles", "stages", "segments",
         "delivery", "allocation", "seasonality", "initialPipeline", "partners", "objectives", "options"];

    private static readonly string[] RoleFields =
        ["id", "kind", "headcount", "hoursPerMonth", "hoursByMonth", "monthlyCost", "rampMonths", "hiringCost",
         "attritionPerMonth", "maxHeadcount", "maxHiresPerMonth", "variablePayRate", "hires", "pricePerHour", "maxHoursPerMonth"];

    private static readonly string[] StageFields =
        ["id", "performedBy", "hoursPerUnit", "costPerUnit", "conversion", "abandonPerMonth", "delayMonths"];

    private static readonly string[] SegmentFields =
        ["id", "accounts", "existingClients", "prospectingShare", "recontactAfterMonths", "dealValue", "marginRate", "overrides"];

    private static readonly string[] PartnerFields =
        ["id", "count", "dealsPerPartnerPerMonth", "commissionRate", "recruitmentCost", "rampMonths", "attritionPerMonth",
         "maxCount", "recruits", "segmentShares"];

    private static readonly string[] Metrics =
        ["revenue", "bookings", "deals", "margin", "contribution", "costs", "clients", "cash", "penetration"];

    /// <summary>Stands in for an input that could not be read (its path is marked unreadable).</summary>
    private static readonly Distribution Unread = new ConstantDistribution(double.NaN);

    private static readonly Hire UnreadHire = new(1, 1);

    public Scenario? ReadRoot(JsonElement root)
    {
        const string path = "$";
        if (!ctx.CheckObject(root, path, RootFields, ["schemaVersion", "horizonMonths"])) return null;
        return new Scenario
        {
            SchemaUri = ctx.String(root, "$schema", path),
            SchemaVersion = ctx.Integer(root, "schemaVersion", path) ?? 0,
            Name = ctx.String(root, "name", path),
            Currency = ctx.String(root, "currency", path),
            HorizonMonths = ctx.Integer(root, "horizonMonths", path) ?? 0,
            Finance = Object(root, "finance", path, ReadFinance),
            Roles = ctx.Array(root, "roles", path, ReadRole, new Role { Id = "", Kind = RoleKind.Staff }) ?? ValueArray<Role>.Empty,
            Stages = ctx.Array(root, "stages", path, ReadStage, new Stage { Id = "", Conversion = Unread }) ?? ValueArray<Stage>.Empty,
            Segments = ctx.Array(root, "segments", path, ReadSegment, new Segment { Id = "", Accounts = 1, DealValue = Unread, MarginRate = Unread }) ?? ValueArray<Segment>.Empty,
            Delivery = Object(root, "delivery", path, ReadDelivery),
            Allocation = ctx.Map(root, "allocation", path, (e, p) => ctx.Map(e, p, ReadShare)),
            Seasonality = Object(root, "seasonality", path, ReadSeasonality),
            InitialPipeline = ctx.Map(root, "initialPipeline", path, ReadPipelineEntry),
            Partners = ctx.Array(root, "partners", path, ReadPartner, new Partner { Id = "", DealsPerPartnerPerMonth = Unread }),
            Objectives = ctx.Array(root, "objectives", path, ReadObjective, new Objective { Metric = ObjectiveMetric.Revenue }),
            Options = Object(root, "options", path, ReadOptions),
        };
    }

    private static T? Object<T>(JsonElement obj, string name, string path, Func<JsonElement, string, T?> read)
        where T : class =>
        obj.TryGetProperty(name, out var e) ? read(e, Child(path, name)) : null;

    private Finance? ReadFinance(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, ["startingCash", "fixedCostPerMonth", "paymentDelayMonths", "minimumCash"], [])) return null;
        return new Finance
        {
            StartingCash = ctx.Number(e, "startingCash", path),
            FixedCostPerMonth = ctx.Number(e, "fixedCostPerMonth", path),
            PaymentDelayMonths = ctx.Integer(e, "paymentDelayMonths", path),
            MinimumCash = ctx.Number(e, "minimumCash", path),
        };
    }

    private Role? ReadRole(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, RoleFields, ["id", "kind"])) return null;
        var kindText = ctx.String(e, "kind", path);
        var kind = RoleKind.Staff;
        if (kindText == "external") kind = RoleKind.External;
        else if (kindText is not null and not "staff") ctx.Unreadable(Child(path, "kind"), $"unknown role kind \"{kindText}\"; allowed: staff, external");
        return new Role
        {
            Id = ctx.String(e, "id", path) ?? "",
            Kind = kind,
            Headcount = ctx.Number(e, "headcount", path),
            HoursPerMonth = DistributionReader.Read(ctx, e, "hoursPerMonth", path),
            HoursByMonth = ctx.Numbers(e, "hoursByMonth", path),
            MonthlyCost = ctx.Number(e, "monthlyCost", path),
            RampMonths = ctx.Number(e, "rampMonths", path),
            HiringCost = ctx.Number(e, "hiringCost", path),
            AttritionPerMonth = DistributionReader.Read(ctx, e, "attritionPerMonth", path),
            MaxHeadcount = ctx.Number(e, "maxHeadcount", path),
            MaxHiresPerMonth = ctx.Number(e, "maxHiresPerMonth", path),
            VariablePayRate = ctx.Number(e, "variablePayRate", path),
            Hires = ctx.Array(e, "hires", path, ReadHire, UnreadHire),
            PricePerHour = ctx.Number(e, "pricePerHour", path),
            MaxHoursPerMonth = ctx.Number(e, "maxHoursPerMonth", path),
        };
    }

    private Hire? ReadHire(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, ["month", "count"], ["month", "count"])) return null;
        return new Hire(ctx.Integer(e, "month", path) ?? 1, ctx.Integer(e, "count", path) ?? 1);
    }

    private Stage? ReadStage(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, StageFields, ["id", "conversion"])) return null;
        return new Stage
        {
            Id = ctx.String(e, "id", path) ?? "",
            PerformedBy = ctx.Strings(e, "performedBy", path),
            HoursPerUnit = DistributionReader.Read(ctx, e, "hoursPerUnit", path),
            CostPerUnit = ctx.Number(e, "costPerUnit", path),
            Conversion = DistributionReader.Read(ctx, e, "conversion", path) ?? new ConstantDistribution(0),
            AbandonPerMonth = ctx.Number(e, "abandonPerMonth", path),
            DelayMonths = ctx.Numbers(e, "delayMonths", path),
        };
    }

    private Segment? ReadSegment(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, SegmentFields, ["id", "accounts", "dealValue", "marginRate"])) return null;
        return new Segment
        {
            Id = ctx.String(e, "id", path) ?? "",
            Accounts = ctx.Number(e, "accounts", path) ?? 1,
            ExistingClients = ctx.Number(e, "existingClients", path),
            ProspectingShare = ctx.Number(e, "prospectingShare", path),
            RecontactAfterMonths = ctx.Integer(e, "recontactAfterMonths", path),
            DealValue = DistributionReader.Read(ctx, e, "dealValue", path) ?? new ConstantDistribution(0),
            MarginRate = DistributionReader.Read(ctx, e, "marginRate", path) ?? new ConstantDistribution(0),
            Overrides = ctx.Map(e, "overrides", path, ReadOverride),
        };
    }

    private StageOverride? ReadOverride(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, ["conversion", "delayMonths"], [])) return null;
        return new StageOverride
        {
            Conversion = DistributionReader.Read(ctx, e, "conversion", path),
            DelayMonths = ctx.Numbers(e, "delayMonths", path),
        };
    }

    private Delivery? ReadDelivery(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, ["maxDealsPerMonth", "adminCostPerDeal", "afterSalesCostPerClientPerMonth"], [])) return null;
        return new Delivery
        {
            MaxDealsPerMonth = DistributionReader.Read(ctx, e, "maxDealsPerMonth", path),
            AdminCostPerDeal = ctx.Number(e, "adminCostPerDeal", path),
            AfterSalesCostPerClientPerMonth = ctx.Number(e, "afterSalesCostPerClientPerMonth", path),
        };
    }

    private AllocationShare? ReadShare(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            var shares = ctx.Numbers(e, path);
            return shares is null ? null : AllocationShare.Monthly(shares);
        }
        if (e.ValueKind == JsonValueKind.Number) return AllocationShare.Fixed(ctx.Number(e, path) ?? 0);
        ctx.Unreadable(path, $"expected a share (a number) or one share per month (an array), found {Describe(e)}");
        return null;
    }

    private Seasonality? ReadSeasonality(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, ["startMonth", "hoursFactor"], ["hoursFactor"])) return null;
        return new Seasonality
        {
            StartMonth = ctx.Integer(e, "startMonth", path),
            HoursFactor = ctx.Numbers(e, "hoursFactor", path) ?? ValueArray<double>.Empty,
        };
    }

    private PipelineEntry? ReadPipelineEntry(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            ctx.Unreadable(path, $"expected an object of stage ids and deals, found {Describe(e)}");
            return null;
        }
        var stages = new List<KeyValuePair<string, double>>();
        foreach (var property in e.EnumerateObject())
        {
            if (property.Name == "deals") continue;
            stages.Add(new(property.Name, ctx.Number(property.Value, Child(path, property.Name)) ?? 0));
        }
        return new PipelineEntry { Stages = new ValueMap<double>(stages), Deals = ctx.Numbers(e, "deals", path) };
    }

    private Partner? ReadPartner(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, PartnerFields, ["id", "dealsPerPartnerPerMonth"])) return null;
        return new Partner
        {
            Id = ctx.String(e, "id", path) ?? "",
            Count = ctx.Number(e, "count", path),
            DealsPerPartnerPerMonth = DistributionReader.Read(ctx, e, "dealsPerPartnerPerMonth", path) ?? new ConstantDistribution(0),
            CommissionRate = ctx.Number(e, "commissionRate", path),
            RecruitmentCost = ctx.Number(e, "recruitmentCost", path),
            RampMonths = ctx.Number(e, "rampMonths", path),
            AttritionPerMonth = ctx.Number(e, "attritionPerMonth", path),
            MaxCount = ctx.Number(e, "maxCount", path),
            Recruits = ctx.Array(e, "recruits", path, ReadHire, UnreadHire),
            SegmentShares = ctx.Map(e, "segmentShares", path, (v, p) => (double?)ctx.Number(v, p)) is { } shares
                ? new ValueMap<double>(shares.Select(s => new KeyValuePair<string, double>(s.Key, s.Value ?? 0)))
                : null,
        };
    }

    private Objective? ReadObjective(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, ["metric", "atLeast", "atMost", "byMonth", "priority"], ["metric"])) return null;
        var text = ctx.String(e, "metric", path);
        var index = text is null ? -1 : Array.IndexOf(Metrics, text);
        if (text is not null && index < 0)
        {
            ctx.Unreadable(Child(path, "metric"), $"unknown metric \"{text}\"; allowed: {string.Join(", ", Metrics)}");
        }
        return new Objective
        {
            Metric = index < 0 ? ObjectiveMetric.Revenue : (ObjectiveMetric)index,
            AtLeast = ctx.Number(e, "atLeast", path),
            AtMost = ctx.Number(e, "atMost", path),
            ByMonth = ctx.Integer(e, "byMonth", path),
            Priority = ctx.Integer(e, "priority", path),
        };
    }

    private ScenarioOptions? ReadOptions(JsonElement e, string path)
    {
        if (!ctx.CheckObject(e, path, ["forecast", "size"], [])) return null;
        return new ScenarioOptions
        {
            Forecast = Object(e, "forecast", path, (f, p) => ctx.CheckObject(f, p, ["trials", "seed", "precision"], [])
                ? new ForecastDefaults { Trials = ctx.Integer(f, "trials", p), Seed = ctx.Long(f, "seed", p), Precision = ctx.Number(f, "precision", p) }
                : null),
            Size = Object(e, "size", path, (s, p) => ctx.CheckObject(s, p, ["criterion", "budget", "confidence", "trials", "seed", "timeLimitSeconds"], [])
                ? new SizingDefaults
                {
                    Criterion = ctx.String(s, "criterion", p),
                    Budget = ctx.Number(s, "budget", p),
                    Confidence = ctx.Number(s, "confidence", p),
                    Trials = ctx.Integer(s, "trials", p),
                    Seed = ctx.Long(s, "seed", p),
                    TimeLimitSeconds = ctx.Number(s, "timeLimitSeconds", p),
                }
                : null),
        };
    }
}
