using Ppc.Modeling.Evaluation;
using ScottPlot;

namespace Ppc.Modeling.Charts;

/// <summary>
/// The evaluation chart: each link's capacity in deals per month with the weakest link highlighted
/// (recommendation 8: "results always equal the weakest link"), and the deals signed and delivered month by month.
/// </summary>
public static class EvaluationChart
{
    /// <summary>Saves the chart as PNG or SVG (by the path's extension).</summary>
    /// <param name="result">The evaluation.</param>
    /// <param name="path">The file to write, ending in .png or .svg.</param>
    /// <param name="width">Width in pixels (≥ 100).</param>
    /// <param name="height">Height in pixels (≥ 100).</param>
    public static void Save(EvaluationResult result, string path, int width = 1000, int height = 800)
    {
        ArgumentNullException.ThrowIfNull(result);
        ChartFile.Save(path, width, height, Capacities(result.WeakestLink), MonthlyDeals(result));
    }

    internal static Plot Capacities(WeakestLink link)
    {
        var plot = new Plot();
        var finite = link.CapacitiesDealsPerMonth.Where(x => x.Value is not null).Select(x => x.Value!.Value).DefaultIfEmpty(1).Max();
        var ticks = new List<Tick>();
        for (var i = 0; i < link.Links.Count; i++)
        {
            var id = link.Links[i];
            var capacity = link.CapacitiesDealsPerMonth[id];
            var color = id == link.Link ? Colors.Crimson : link.Tied.Contains(id) ? Colors.Orange : Colors.SteelBlue;
            var bar = plot.Add.Bar(i, capacity ?? finite * 1.15);
            bar.Color = capacity is null ? color.WithAlpha(0.25) : color;
            ticks.Add(new Tick(i, capacity is null ? id + "\n(unlimited)" : id));
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Margins(bottom: 0);
        plot.Title($"Capacity of each link (deals per month); weakest: {link.Link}");
        plot.YLabel("deals per month");
        return plot;
    }

    internal static Plot MonthlyDeals(EvaluationResult result)
    {
        var plot = new Plot();
        var months = result.Months.Select(m => (double)m.Month).ToArray();
        var deals = plot.Add.Scatter(months, result.Months.Select(m => m.Deals).ToArray());
        deals.LegendText = "deals signed";
        var delivered = plot.Add.Scatter(months, result.Months.Select(m => m.Delivered).ToArray());
        delivered.LegendText = "deals delivered";
        delivered.LineWidth = 3;
        plot.ShowLegend(Alignment.LowerRight);
        plot.Title("Deals per month (expected values)");
        ChartFile.MonthAxis(plot, result.HorizonMonths);
        plot.YLabel("deals");
        return plot;
    }
}
