using System.Text.Json;
using Ppc.Modeling.Collections;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Serialization;

namespace Ppc.Modeling.Sizing;

/// <summary>Writes a sizing as the <c>size</c> document of MODEL.md §6 (field names are a public contract).</summary>
public static class SizingJson
{
    /// <summary>The sizing as indented JSON text.</summary>
    /// <param name="result">The sizing.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(SizingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonText.Write(result, Write);
    }

    /// <summary>Writes the sizing to a JSON writer.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="result">The sizing.</param>
    public static void Write(Utf8JsonWriter w, SizingResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        w.WriteStartObject();
        w.WriteString("status", Status(result.Status));
        Number(w, "cost", result.Cost);
        // The bound is null only when not even the LP relaxation could be solved (numerical trouble).
        if (double.IsFinite(result.Bound)) w.WriteNumber("bound", result.Bound);
        else w.WriteNull("bound");
        WritePlan(w, result.Plan);
        w.WriteStartArray("objectives");
        foreach (var o in result.Objectives) WriteObjective(w, o);
        w.WriteEndArray();
        Limits(w, "bindingLimits", result.BindingLimits.Select(l => (l.Limit, l.Month, "shadowPrice", l.ShadowPrice)));
        Limits(w, "limitShortfalls", result.LimitShortfalls.Select(l => (l.Limit, l.Month, "shortfall", l.Shortfall)));
        if (result.Uncertainty is { } u)
        {
            Number(w, "probability", u.Probability);
            Number(w, "standardError", u.StandardError);
            Number(w, "meanCost", u.MeanCost);
            Number(w, "margin", u.Margin);
            Number(w, "confidence", u.Confidence);
            w.WriteNumber("trials", u.Trials);
            w.WriteNumber("seed", u.Seed);
        }
        w.WritePropertyName("evaluation");
        EvaluationJson.Write(w, result.Evaluation);
        w.WriteEndObject();
    }

    /// <summary>An array of {limit, month?, value}: the month is left out for a limit over the horizon.</summary>
    private static void Limits(Utf8JsonWriter w, string name, IEnumerable<(string Limit, int? Month, string Field, double Value)> limits)
    {
        w.WriteStartArray(name);
        foreach (var (limit, month, field, value) in limits)
        {
            w.WriteStartObject();
            w.WriteString("limit", limit);
            if (month is { } m) w.WriteNumber("month", m);
            Number(w, field, value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The status as written in JSON: <c>optimal</c>, <c>feasible</c> or <c>infeasible</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The text.</returns>
    public static string Status(SizingStatus status) => status switch
    {
        SizingStatus.Optimal => "optimal",
        SizingStatus.Feasible => "feasible",
        _ => "infeasible",
    };

    private static void WritePlan(Utf8JsonWriter w, SizingPlan plan)
    {
        w.WriteStartObject("plan");
        Series(w, "hires", plan.Hires, (writer, x) => writer.WriteNumberValue(x));
        Series(w, "headcount", plan.Headcount, Value);
        Series(w, "externalHours", plan.ExternalHours, Value);
        Series(w, "partners", plan.Partners, (writer, x) => writer.WriteNumberValue(x));
        w.WriteStartObject("allocation");
        foreach (var (role, stages) in plan.Allocation) Series(w, role, stages, Value);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Series<T>(Utf8JsonWriter w, string name, ValueMap<ValueArray<T>> series, Action<Utf8JsonWriter, T> value)
    {
        w.WriteStartObject(name);
        foreach (var (id, values) in series)
        {
            w.WriteStartArray(id);
            foreach (var x in values) value(w, x);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter w, double x) => w.WriteNumberValue(double.IsFinite(x) ? x : 0);

    private static void WriteObjective(Utf8JsonWriter w, ObjectiveOutcome o)
    {
        w.WriteStartObject();
        w.WriteString("metric", SizingCriterion.MetricName(o.Objective.Metric));
        if (o.Objective.AtLeast is { } atLeast) Number(w, "atLeast", atLeast);
        if (o.Objective.AtMost is { } atMost) Number(w, "atMost", atMost);
        w.WriteNumber("byMonth", o.ByMonth);
        w.WriteNumber("priority", o.Priority);
        Number(w, "target", o.Target);
        Number(w, "achieved", o.Achieved);
        Number(w, "shortfall", o.Shortfall);
        w.WriteBoolean("met", o.Met);
        Number(w, "shadowPrice", o.ShadowPrice);
        w.WriteStartArray("causes");
        foreach (var cause in o.Causes) w.WriteStringValue(cause);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value) => EvaluationJson.Number(w, name, value);
}
