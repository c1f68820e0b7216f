using System.Globalization;
using System.Text.Json;
using Ppc.Modeling.Serialization;
using Ppc.Modeling.Scenarios.Json;

namespace Ppc.Modeling.Simulation;

/// <summary>Writes a forecast as the <c>forecast</c> document of MODEL.md §6.</summary>
public static class ForecastJson
{
    private static readonly ForecastMetric[] Metrics = Enum.GetValues<ForecastMetric>();

    /// <summary>The forecast as indented JSON text.</summary>
    /// <param name="result">The forecast.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(ForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonText.Write(result, Write);
    }

    /// <summary>Writes the forecast to a JSON writer.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="result">The forecast.</param>
    public static void Write(Utf8JsonWriter w, ForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        w.WriteStartObject();
        w.WriteNumber("trials", result.Trials);
        w.WriteNumber("seed", result.Seed);
        w.WriteStartArray("months");
        for (var t = 1; t <= result.HorizonMonths; t++)
        {
            w.WriteStartObject();
            w.WriteNumber("month", t);
            foreach (var m in Metrics) WriteStats(w, Name(m), result.Month(t, m));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("cumulative");
        foreach (var month in result.CumulativeMonths)
        {
            w.WriteStartObject(month.ToString(CultureInfo.InvariantCulture));
            foreach (var m in Metrics) WriteStats(w, Name(m), result.Cumulative(month, m));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartArray("objectives");
        foreach (var o in result.Objectives)
        {
            w.WriteStartObject();
            w.WriteString("metric", ScenarioWriter.MetricName(o.Objective.Metric));
            if (o.Objective.AtLeast is { } low) w.WriteNumber("atLeast", low);
            if (o.Objective.AtMost is { } high) w.WriteNumber("atMost", high);
            w.WriteNumber("byMonth", o.ByMonth);
            w.WriteNumber("priority", o.Priority);
            w.WriteNumber("probability", o.Probability);
            w.WriteNumber("standardError", o.StandardError);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("allObjectivesProbability", result.AllObjectivesProbability);
        w.WriteNumber("allObjectivesStandardError", result.AllObjectivesStandardError);
        w.WriteStartObject("weakestLinkFrequency");
        foreach (var (link, share) in result.WeakestLinkFrequency) w.WriteNumber(link, share);
        w.WriteEndObject();
        w.WriteNumber("cashBelowMinimumProbability", result.CashBelowMinimumProbability);
        w.WriteEndObject();
    }

    /// <summary>The metric's name in JSON (camelCase).</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The name.</returns>
    public static string Name(ForecastMetric metric) => metric.ToString().ToLowerInvariant();

    private static void WriteStats(Utf8JsonWriter w, string name, SummaryStatistics s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("mean", s.Mean);
        w.WriteNumber("sd", s.Sd);
        w.WriteNumber("p5", s.P5);
        w.WriteNumber("p10", s.P10);
        w.WriteNumber("p25", s.P25);
        w.WriteNumber("p50", s.P50);
        w.WriteNumber("p75", s.P75);
        w.WriteNumber("p90", s.P90);
        w.WriteNumber("p95", s.P95);
        w.WriteEndObject();
    }
}
