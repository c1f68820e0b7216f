using System.Globalization;
using CsvHelper;

namespace Ppc.Modeling.Simulation;

/// <summary>
/// Writes a forecast as CSV: one row per month (<c>month</c>, then <c>&lt;metric&gt;.&lt;statistic&gt;</c>
/// for the nine metrics and mean, sd, p5..p95), then one row per cumulative month with
/// <c>month</c> written <c>cumulative:&lt;m&gt;</c>. Invariant culture.
/// </summary>
public static class ForecastCsv
{
    private static readonly ForecastMetric[] Metrics = Enum.GetValues<ForecastMetric>();
    private static readonly string[] Statistics = ["mean", "sd", "p5", "p10", "p25", "p50", "p75", "p90", "p95"];

    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["month", .. Metrics.SelectMany(m => Statistics.Select(s => $"{ForecastJson.Name(m)}.{s}"))];

    /// <summary>Writes the forecast to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="result">The forecast.</param>
    public static void Write(TextWriter writer, ForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in Header) csv.WriteField(name);
        csv.NextRecord();
        for (var t = 1; t <= result.HorizonMonths; t++)
        {
            var month = t;
            Row(csv, month.ToString(CultureInfo.InvariantCulture), m => result.Month(month, m));
        }
        foreach (var m in result.CumulativeMonths)
        {
            Row(csv, "cumulative:" + m.ToString(CultureInfo.InvariantCulture), metric => result.Cumulative(m, metric));
        }
    }

    private static void Row(CsvWriter csv, string label, Func<ForecastMetric, SummaryStatistics> stats)
    {
        csv.WriteField(label);
        foreach (var metric in Metrics)
        {
            var s = stats(metric);
            foreach (var v in (ReadOnlySpan<double>)[s.Mean, s.Sd, s.P5, s.P10, s.P25, s.P50, s.P75, s.P90, s.P95])
            {
                csv.WriteField(v.ToString("R", CultureInfo.InvariantCulture));
            }
        }
        csv.NextRecord();
    }
}
