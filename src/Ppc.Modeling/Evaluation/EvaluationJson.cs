using System.Text.Json;
using Ppc.Modeling.Serialization;

namespace Ppc.Modeling.Evaluation;

/// <summary>Writes an evaluation as the <c>evaluate</c> document of MODEL.md §6 (field names are a public contract).</summary>
public static class EvaluationJson
{
    /// <summary>The evaluation as indented JSON text.</summary>
    /// <param name="result">The evaluation.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonText.Write(result, Write);
    }

    /// <summary>Writes the evaluation to a JSON writer.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="result">The evaluation.</param>
    public static void Write(Utf8JsonWriter w, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Model;
        w.WriteStartObject();
        w.WriteStartArray("months");
        foreach (var m in result.Months) WriteMonth(w, result, m);
        w.WriteEndArray();
        WriteTotals(w, result);
        WriteWeakestLink(w, result.WeakestLink);
        w.WriteEndObject();
    }

    private static void WriteMonth(Utf8JsonWriter w, EvaluationResult result, MonthFigures m)
    {
        var c = result.Model;
        w.WriteStartObject();
        w.WriteNumber("month", m.Month);
        WriteFlows(w, m.Deals, m.Bookings, m.Delivered, m.Revenue, m.Margin, m.Costs, m.CostBreakdown, m.Contribution, m.Cash, m.Clients);
        w.WriteStartObject("roles");
        for (var r = 0; r < c.RoleIds.Count; r++)
        {
            var f = m.Role(r);
            w.WriteStartObject(c.RoleIds[r]);
            Number(w, "fte", f.Fte);
            Number(w, "hours", f.Hours);
            Number(w, "cost", f.Cost);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("stages");
        for (var k = 0; k < c.StageIds.Count; k++)
        {
            var f = m.Stage(k);
            w.WriteStartObject(c.StageIds[k]);
            Number(w, "served", f.Served);
            Number(w, "queue", f.Queue);
            Number(w, "capacity", f.Capacity);
            Number(w, "utilisation", f.Utilisation);
            w.WriteBoolean("binding", f.Binding);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        WriteSegments(w, result, m.Segment);
        w.WriteEndObject();
    }

    private static void WriteFlows(Utf8JsonWriter w, double deals, double bookings, double delivered, double revenue,
        double margin, double costs, CostBreakdown b, double contribution, double cash, double clients)
    {
        Number(w, "deals", deals);
        Number(w, "bookings", bookings);
        Number(w, "delivered", delivered);
        Number(w, "revenue", revenue);
        Number(w, "margin", margin);
        Number(w, "costs", costs);
        w.WriteStartObject("costBreakdown");
        Number(w, "staff", b.Staff);
        Number(w, "hiring", b.Hiring);
        Number(w, "external", b.External);
        Number(w, "units", b.Units);
        Number(w, "variable", b.Variable);
        Number(w, "admin", b.Admin);
        Number(w, "afterSales", b.AfterSales);
        Number(w, "partners", b.Partners);
        Number(w, "fixed", b.Fixed);
        w.WriteEndObject();
        Number(w, "contribution", contribution);
        Number(w, "cash", cash);
        Number(w, "clients", clients);
    }

    private static void WriteSegments(Utf8JsonWriter w, EvaluationResult result, Func<int, SegmentFigures> figures)
    {
        var ids = result.Model.SegmentIds;
        w.WriteStartObject("segments");
        for (var s = 0; s < ids.Count; s++)
        {
            var f = figures(s);
            w.WriteStartObject(ids[s]);
            Number(w, "deals", f.Deals);
            Number(w, "bookings", f.Bookings);
            Number(w, "revenue", f.Revenue);
            Number(w, "penetration", f.Penetration);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteTotals(Utf8JsonWriter w, EvaluationResult result)
    {
        var t = result.Totals;
        w.WriteStartObject("totals");
        WriteFlows(w, t.Deals, t.Bookings, t.Delivered, t.Revenue, t.Margin, t.Costs, t.CostBreakdown, t.Contribution, t.Cash, t.Clients);
        WriteSegments(w, result, t.Segment);
        w.WriteStartObject("pipelineAtHorizon");
        foreach (var (id, units) in t.PipelineAtHorizon) Number(w, id, units);
        w.WriteEndObject();
        Number(w, "deliveryBacklog", t.DeliveryBacklog);
        Number(w, "commercialCostRatio", t.CommercialCostRatio);
        Number(w, "meanDecisionDelayMonths", t.MeanDecisionDelayMonths);
        Number(w, "recommendedIncentiveMonths", t.RecommendedIncentiveMonths);
        w.WriteEndObject();
    }

    private static void WriteWeakestLink(Utf8JsonWriter w, WeakestLink link)
    {
        w.WriteStartObject("weakestLink");
        w.WriteString("link", link.Link);
        w.WriteStartArray("tied");
        foreach (var id in link.Tied) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteStartObject("performers");
        foreach (var (id, roles) in link.Performers)
        {
            w.WriteStartArray(id);
            foreach (var role in roles) w.WriteStringValue(role);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteStartObject("capacitiesDealsPerMonth");
        foreach (var (id, capacity) in link.CapacitiesDealsPerMonth) Number(w, id, capacity);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Writes a finite number, or null for an unlimited or undefined value; never NaN or infinity.</summary>
    internal static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, v);
        else if (value is { } bad && double.IsNaN(bad)) throw new InvalidOperationException($"'{name}' is not a number: a defect in the evaluator.");
        else w.WriteNull(name);
    }
}
