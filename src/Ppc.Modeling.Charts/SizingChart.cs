using Ppc.Modeling.Sizing;
using ScottPlot;

namespace Ppc.Modeling.Charts;

/// <summary>
/// The sizing chart (recommendation 8: model the resources from the objectives): the expected
/// headcount of each staff role month by month, with hires marked, and the hours bought from each
/// external role.
/// </summary>
public static class SizingChart
{
    /// <summary>Saves the chart as PNG or SVG (by the path's extension).</summary>
    /// <param name="result">The sizing.</param>
    /// <param name="path">The file to write, ending in .png or .svg.</param>
    /// <param name="width">Width in pixels (≥ 100).</param>
    /// <param name="height">Height in pixels (≥ 100).</param>
    public static void Save(SizingResult result, string path, int width = 1000, int height = 800)
    {
        ArgumentNullException.ThrowIfNull(result);
        ChartFile.Save(path, width, height, Headcount(result.Plan), ExternalHours(result.Plan));
    }

    private static Plot Headcount(SizingPlan plan)
    {
        var plot = new Plot();
        var months = 0;
        foreach (var (role, fte) in plan.Headcount)
        {
            months = fte.Count;
            var x = Enumerable.Range(1, fte.Count).Select(t => (double)t).ToArray();
            var line = plot.Add.Scatter(x, fte.ToArray());
            var hires = plan.Hires.TryGetValue(role, out var h) ? h.Sum() : 0;
            line.LegendText = $"{role} ({hires} hire{(hires == 1 ? "" : "s")})";
        }
        plot.Title("Expected headcount of each team (the plan's hires, ramp and attrition)");
        plot.YLabel("people (expected)");
        if (months > 0) ChartFile.MonthAxis(plot, months);
        var top = plan.Headcount.SelectMany(x => x.Value).DefaultIfEmpty(1).Max();
        plot.Axes.SetLimitsY(0, Math.Max(1, top) * 1.15);
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static Plot ExternalHours(SizingPlan plan)
    {
        var plot = new Plot();
        var months = 0;
        var offset = 0;
        foreach (var (role, hours) in plan.ExternalHours)
        {
            months = hours.Count;
            var bars = plot.Add.Bars(Enumerable.Range(1, hours.Count).Select(t => t + 0.3 * offset).ToArray(), hours.ToArray());
            bars.LegendText = role;
            offset++;
        }
        plot.Title(plan.ExternalHours.Count == 0 ? "No external role: no hours bought" : "Hours bought from external roles per month");
        plot.YLabel("hours");
        if (months > 0) ChartFile.MonthAxis(plot, months);
        if (plan.ExternalHours.Count > 0) plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
