using System.Text.Json;
using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;

namespace Ppc.Modeling.Scenarios.Json;

/// <summary>Writes a <see cref="Scenario"/> as MODEL.md §1 JSON: camelCase, absent (null) fields omitted.</summary>
internal static class ScenarioWriter
{
    public static void Write(Utf8JsonWriter w, Scenario s)
    {
        w.WriteStartObject();
        if (s.SchemaUri is not null) w.WriteString("$schema", s.SchemaUri);
        w.WriteNumber("schemaVersion", s.SchemaVersion);
        if (s.Name is not null) w.WriteString("name", s.Name);
        if (s.Currency is not null) w.WriteString("currency", s.Currency);
        w.WriteNumber("horizonMonths", s.HorizonMonths);
        if (s.Finance is { } f)
        {
            w.WriteStartObject("finance");
            Number(w, "startingCash", f.StartingCash);
            Number(w, "fixedCostPerMonth", f.FixedCostPerMonth);
            Number(w, "paymentDelayMonths", f.PaymentDelayMonths);
            Number(w, "minimumCash", f.MinimumCash);
            w.WriteEndObject();
        }
        Array(w, "roles", s.Roles, WriteRole);
        Array(w, "stages", s.Stages, WriteStage);
        Array(w, "segments", s.Segments, WriteSegment);
        if (s.Delivery is { } d)
        {
            w.WriteStartObject("delivery");
            Dist(w, "maxDealsPerMonth", d.MaxDealsPerMonth);
            Number(w, "adminCostPerDeal", d.AdminCostPerDeal);
            Number(w, "afterSalesCostPerClientPerMonth", d.AfterSalesCostPerClientPerMonth);
            w.WriteEndObject();
        }
        if (s.Allocation is { } allocation)
        {
            w.WriteStartObject("allocation");
            foreach (var (role, shares) in allocation)
            {
                w.WriteStartObject(role);
                foreach (var (stage, share) in shares)
                {
                    if (share.ByMonth is { } byMonth) Numbers(w, stage, byMonth);
                    else w.WriteNumber(stage, share.Constant!.Value);
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        if (s.Seasonality is { } season)
        {
            w.WriteStartObject("seasonality");
            Number(w, "startMonth", season.StartMonth);
            Numbers(w, "hoursFactor", season.HoursFactor);
            w.WriteEndObject();
        }
        if (s.InitialPipeline is { } pipeline)
        {
            w.WriteStartObject("initialPipeline");
            foreach (var (segment, entry) in pipeline)
            {
                w.WriteStartObject(segment);
                foreach (var (stage, units) in entry.Stages) w.WriteNumber(stage, units);
                if (entry.Deals is { } deals) Numbers(w, "deals", deals);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        if (s.Partners is { } partners) Array(w, "partners", partners, WritePartner);
        if (s.Objectives is { } objectives) Array(w, "objectives", objectives, WriteObjective);
        if (s.Options is { } options) WriteOptions(w, options);
        w.WriteEndObject();
    }

    private static void WriteRole(Utf8JsonWriter w, Role r)
    {
        w.WriteString("id", r.Id);
        w.WriteString("kind", r.Kind == RoleKind.Staff ? "staff" : "external");
        Number(w, "headcount", r.Headcount);
        Dist(w, "hoursPerMonth", r.HoursPerMonth);
        if (r.HoursByMonth is { } byMonth) Numbers(w, "hoursByMonth", byMonth);
        Number(w, "monthlyCost", r.MonthlyCost);
        Number(w, "rampMonths", r.RampMonths);
        Number(w, "hiringCost", r.HiringCost);
        Dist(w, "attritionPerMonth", r.AttritionPerMonth);
        Number(w, "maxHeadcount", r.MaxHeadcount);
        Number(w, "maxHiresPerMonth", r.MaxHiresPerMonth);
        Number(w, "variablePayRate", r.VariablePayRate);
        if (r.Hires is { } hires) Array(w, "hires", hires, WriteHire);
        Number(w, "pricePerHour", r.PricePerHour);
        Number(w, "maxHoursPerMonth", r.MaxHoursPerMonth);
    }

    private static void WriteHire(Utf8JsonWriter w, Hire h)
    {
        w.WriteNumber("month", h.Month);
        w.WriteNumber("count", h.Count);
    }

    private static void WriteStage(Utf8JsonWriter w, Stage k)
    {
        w.WriteString("id", k.Id);
        if (k.PerformedBy is { } by)
        {
            w.WriteStartArray("performedBy");
            foreach (var id in by) w.WriteStringValue(id);
            w.WriteEndArray();
        }
        Dist(w, "hoursPerUnit", k.HoursPerUnit);
        Number(w, "costPerUnit", k.CostPerUnit);
        Dist(w, "conversion", k.Conversion);
        Number(w, "abandonPerMonth", k.AbandonPerMonth);
        if (k.DelayMonths is { } delay) Numbers(w, "delayMonths", delay);
    }

    private static void WriteSegment(Utf8JsonWriter w, Segment s)
    {
        w.WriteString("id", s.Id);
        w.WriteNumber("accounts", s.Accounts);
        Number(w, "existingClients", s.ExistingClients);
        Number(w, "prospectingShare", s.ProspectingShare);
        Number(w, "recontactAfterMonths", s.RecontactAfterMonths);
        Dist(w, "dealValue", s.DealValue);
        Dist(w, "marginRate", s.MarginRate);
        if (s.Overrides is { } overrides)
        {
            w.WriteStartObject("overrides");
            foreach (var (stage, o) in overrides)
            {
                w.WriteStartObject(stage);
                Dist(w, "conversion", o.Conversion);
                if (o.DelayMonths is { } delay) Numbers(w, "delayMonths", delay);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
    }

    private static void WritePartner(Utf8JsonWriter w, Partner p)
    {
        w.WriteString("id", p.Id);
        Number(w, "count", p.Count);
        Dist(w, "dealsPerPartnerPerMonth", p.DealsPerPartnerPerMonth);
        Number(w, "commissionRate", p.CommissionRate);
        Number(w, "recruitmentCost", p.RecruitmentCost);
        Number(w, "rampMonths", p.RampMonths);
        Number(w, "attritionPerMonth", p.AttritionPerMonth);
        Number(w, "maxCount", p.MaxCount);
        if (p.Recruits is { } recruits) Array(w, "recruits", recruits, WriteHire);
        if (p.SegmentShares is { } shares)
        {
            w.WriteStartObject("segmentShares");
            foreach (var (segment, share) in shares) w.WriteNumber(segment, share);
            w.WriteEndObject();
        }
    }

    private static void WriteObjective(Utf8JsonWriter w, Objective o)
    {
        w.WriteString("metric", MetricName(o.Metric));
        Number(w, "atLeast", o.AtLeast);
        Number(w, "atMost", o.AtMost);
        Number(w, "byMonth", o.ByMonth);
        Number(w, "priority", o.Priority);
    }

    public static string MetricName(ObjectiveMetric metric) => metric.ToString().ToLowerInvariant();

    private static void WriteOptions(Utf8JsonWriter w, ScenarioOptions o)
    {
        w.WriteStartObject("options");
        if (o.Forecast is { } f)
        {
            w.WriteStartObject("forecast");
            Number(w, "trials", f.Trials);
            if (f.Seed is { } seed) w.WriteNumber("seed", seed);
            Number(w, "precision", f.Precision);
            w.WriteEndObject();
        }
        if (o.Size is { } s)
        {
            w.WriteStartObject("size");
            if (s.Criterion is not null) w.WriteString("criterion", s.Criterion);
            Number(w, "budget", s.Budget);
            Number(w, "confidence", s.Confidence);
            Number(w, "trials", s.Trials);
            if (s.Seed is { } seed) w.WriteNumber("seed", seed);
            Number(w, "timeLimitSeconds", s.TimeLimitSeconds);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    public static void WriteDistribution(Utf8JsonWriter w, Distribution d)
    {
        if (d is ConstantDistribution c)
        {
            w.WriteNumberValue(c.Value);
            return;
        }
        if (d is EmpiricalDistribution e)
        {
            WriteEmpirical(w, e);
            return;
        }
        w.WriteStartObject();
        w.WriteStartObject(d.Kind);
        switch (d)
        {
            case BetaDistribution b when b.Parameterisation == BetaParameterisation.Shapes:
                w.WriteNumber("alpha", b.Alpha);
                w.WriteNumber("beta", b.Beta);
                break;
            case BetaDistribution b:
                w.WriteNumber("mean", b.Mean);
                w.WriteNumber("concentration", b.Concentration);
                break;
            case PertDistribution p:
                Three(w, p.Min, p.Mode, p.Max);
                break;
            case TriangularDistribution t:
                Three(w, t.Min, t.Mode, t.Max);
                break;
            case UniformDistribution u:
                w.WriteNumber("min", u.Min);
                w.WriteNumber("max", u.Max);
                break;
            case LognormalDistribution l:
                w.WriteNumber("mean", l.MeanValue);
                w.WriteNumber("cv", l.Cv);
                break;
            case GammaDistribution g:
                w.WriteNumber("mean", g.MeanValue);
                w.WriteNumber("cv", g.Cv);
                break;
            case NormalDistribution n:
                w.WriteNumber("mean", n.Mu);
                w.WriteNumber("sd", n.Sd);
                Number(w, "min", n.Min);
                Number(w, "max", n.Max);
                break;
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteEmpirical(Utf8JsonWriter w, EmpiricalDistribution e)
    {
        w.WriteStartObject();
        Numbers(w, "empirical", e.Values);
        w.WriteEndObject();
    }

    private static void Three(Utf8JsonWriter w, double min, double mode, double max)
    {
        w.WriteNumber("min", min);
        w.WriteNumber("mode", mode);
        w.WriteNumber("max", max);
    }

    private static void Dist(Utf8JsonWriter w, string name, Distribution? d)
    {
        if (d is null) return;
        w.WritePropertyName(name);
        WriteDistribution(w, d);
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
    }

    private static void Numbers(Utf8JsonWriter w, string name, ValueArray<double> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, ValueArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
