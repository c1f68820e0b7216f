using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace Ppc.Modeling.Charts;

/// <summary>
/// Saves one or more panels, stacked top to bottom, as one PNG or SVG file chosen by the path's
/// extension. Charts use solid lines only: Skia's SVG backend prints a notice on stdout for dash
/// patterns, and the library never writes to the console.
/// </summary>
internal static partial class ChartFile
{
    public static void Save(string path, int width, int height, params Plot[] panels)
    {
        ArgumentOutOfRangeException.ThrowIfZero(panels.Length);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 100);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".png" or ".svg"))
        {
            throw new ArgumentException($"The chart file '{path}' must end in .png or .svg.", nameof(path));
        }
        if (extension == ".png")
        {
            var multiplot = new Multiplot(panels[0]);
            foreach (var panel in panels.Skip(1)) multiplot.AddPlot(panel);
            multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
            multiplot.SavePng(path, width, height);
            return;
        }
        File.WriteAllText(path, StackedSvg(width, height, panels));
    }

    /// <summary>Months on the horizontal axis: whole numbers only.</summary>
    public static void MonthAxis(Plot plot, int months)
    {
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(months <= 24 ? 1 : 6);
        plot.XLabel("month");
    }

    /// <summary>
    /// One SVG document with each panel's drawing in a translated group, stacked in rows; each
    /// panel's ids (clip paths) get a prefix so that panels never share one.
    /// </summary>
    private static string StackedSvg(int width, int height, Plot[] panels)
    {
        var rowHeight = height / panels.Length;
        var body = new System.Text.StringBuilder();
        for (var i = 0; i < panels.Length; i++)
        {
            var svg = XmlDeclaration().Replace(panels[i].GetSvgXml(width, rowHeight), "");
            var open = svg.IndexOf('>', svg.IndexOf("<svg", StringComparison.Ordinal)) + 1;
            var close = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
            var inner = Ids().Replace(svg[open..close], m => $"{m.Groups[1].Value}p{i}_{m.Groups[2].Value}");
            var y = (i * rowHeight).ToString(CultureInfo.InvariantCulture);
            body.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate(0,{y})\">{inner}</g>");
        }
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">{body}</svg>";
    }

    [GeneratedRegex(@"(id=""|url\(#|href=""#)([^"")]+)")]
    private static partial Regex Ids();

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

}
