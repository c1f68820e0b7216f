using System.Globalization;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Simulation;
using ScottPlot;

namespace Ppc.Modeling.Charts;

/// <summary>
/// The forecast fan chart (recommendation 19): monthly revenue and deals to date, each with its
/// p5–p95 and p25–p75 bands and its median, and the objectives with their probabilities.
/// </summary>
public static class ForecastChart
{
    /// <summary>Saves the chart as PNG or SVG (by the path's extension).</summary>
    /// <param name="result">The forecast.</param>
    /// <param name="path">The file to write, ending in .png or .svg.</param>
    /// <param name="width">Width in pixels (≥ 100).</param>
    /// <param name="height">Height in pixels (≥ 100).</param>
    public static void Save(ForecastResult result, string path, int width = 1000, int height = 800)
    {
        ArgumentNullException.ThrowIfNull(result);
        var months = Enumerable.Range(1, result.HorizonMonths).ToArray();
        var revenue = Fan(months.Select(t => result.Month(t, ForecastMetric.Revenue)).ToArray(),
            $"Monthly revenue, {result.Trials:N0} trials (bands p5–p95 and p25–p75, line: median)", "revenue");
        var deals = Fan(months.Select(result.DealsToDate).ToArray(), "Deals signed to date", "deals");
        var others = new List<string>();
        foreach (var o in result.Objectives)
        {
            if (o.Objective.Metric != ObjectiveMetric.Deals)
            {
                others.Add(Describe(o));
                continue;
            }
            var line = deals.Add.HorizontalLine(o.Objective.AtLeast ?? o.Objective.AtMost ?? 0);
            line.Color = Colors.Crimson;
            line.LegendText = Describe(o);
        }
        if (others.Count > 0) revenue.Add.Annotation("Objectives:\n" + string.Join("\n", others), Alignment.UpperLeft);
        deals.ShowLegend(Alignment.UpperLeft);
        ChartFile.Save(path, width, height, revenue, deals);
    }

    private static Plot Fan(SummaryStatistics[] stats, string title, string unit)
    {
        var plot = new Plot();
        var x = Enumerable.Range(1, stats.Length).Select(t => (double)t).ToArray();
        var outer = plot.Add.FillY(x, stats.Select(s => s.P5).ToArray(), stats.Select(s => s.P95).ToArray());
        outer.FillColor = Colors.SteelBlue.WithAlpha(0.2);
        outer.LineWidth = 0;
        var inner = plot.Add.FillY(x, stats.Select(s => s.P25).ToArray(), stats.Select(s => s.P75).ToArray());
        inner.FillColor = Colors.SteelBlue.WithAlpha(0.4);
        inner.LineWidth = 0;
        var median = plot.Add.Scatter(x, stats.Select(s => s.P50).ToArray());
        median.Color = Colors.Navy;
        plot.Title(title);
        ChartFile.MonthAxis(plot, stats.Length);
        plot.YLabel(unit);
        return plot;
    }

    private static string Describe(ObjectiveForecast o)
    {
        var bound = o.Objective.AtLeast is { } low ? "≥ " + low.ToString("N0", CultureInfo.InvariantCulture) : "≤ " + o.Objective.AtMost!.Value.ToString("N0", CultureInfo.InvariantCulture);
        return $"{o.Objective.Metric.ToString().ToLowerInvariant()} {bound} by month {o.ByMonth}: p = {o.Probability.ToString("P1", CultureInfo.InvariantCulture)}";
    }
}
