using System.Globalization;
using Ppc.Cli.Infrastructure;
using Ppc.Modeling.Simulation;
using Spectre.Console;

namespace Ppc.Cli.Commands;

/// <summary>Writes a forecast in the chosen format: the §6 JSON, CSV, or tables for people.</summary>
internal static class ForecastReport
{
    private static readonly ForecastMetric[] Shown =
        [ForecastMetric.Deals, ForecastMetric.Revenue, ForecastMetric.Contribution, ForecastMetric.Cash, ForecastMetric.Clients];

    public static void Write(CliOutput output, ReportFormat format, string? path, ForecastResult result, string currency)
    {
        switch (format)
        {
            case ReportFormat.Json:
                ReportWriter.Write(output, path, writer => writer.Write(ForecastJson.Write(result)));
                break;
            case ReportFormat.Csv:
                ReportWriter.Write(output, path, writer => ForecastCsv.Write(writer, result));
                break;
            default:
                ReportWriter.Render(output, path, Tables(result, currency), Lines(result));
                break;
        }
    }

    private static Rows Tables(ForecastResult result, string currency)
    {
        var months = result.CumulativeMonths.Where(m => m is 1 or 2 or 6 or 12).DefaultIfEmpty(result.HorizonMonths).ToList();
        if (!months.Contains(result.HorizonMonths)) months.Add(result.HorizonMonths);
        var cumulative = new Table().Border(TableBorder.Simple)
            .Title($"Forecast: {result.Trials:N0} trials, seed {result.Seed} (p10 / p50 / p90; flows cumulated from month 1, money in {(currency.Length > 0 ? "thousands of " + currency : "thousands")})");
        cumulative.AddColumn("Metric");
        foreach (var m in months) cumulative.AddColumn(new TableColumn($"Month {m}").RightAligned());
        foreach (var metric in Shown)
        {
            var cells = months.Select(m => Band(result.Cumulative(m, metric), metric));
            cumulative.AddRow([ForecastJson.Name(metric), .. cells]);
        }
        var objectives = new Table().Border(TableBorder.Simple).Title("Objectives");
        foreach (var column in new[] { "Objective", "By month", "Probability" }) objectives.AddColumn(column);
        foreach (var o in result.Objectives)
        {
            var target = o.Objective.AtLeast is { } low ? $">= {low:N0}" : $"<= {o.Objective.AtMost:N0}";
            objectives.AddRow($"{o.Objective.Metric.ToString().ToLowerInvariant()} {target}",
                o.ByMonth.ToString(CultureInfo.InvariantCulture), $"{o.Probability:P1} ± {o.StandardError:P1}");
        }
        objectives.AddRow("all objectives", "", $"{result.AllObjectivesProbability:P1} ± {result.AllObjectivesStandardError:P1}");
        var links = new Table().Border(TableBorder.Simple).Title("How often each link is the weakest");
        links.AddColumn("Link");
        links.AddColumn(new TableColumn("Share of trials").RightAligned());
        foreach (var (link, share) in result.WeakestLinkFrequency) links.AddRow(link, share.ToString("P1", CultureInfo.InvariantCulture));
        return new Rows(cumulative, objectives, links);
    }

    private static string[] Lines(ForecastResult result) =>
        [$"Probability that cash falls below its floor in some month: {result.CashBelowMinimumProbability.ToString("P1", CultureInfo.InvariantCulture)}."];

    private static string Band(SummaryStatistics s, ForecastMetric metric)
    {
        var money = metric is not (ForecastMetric.Deals or ForecastMetric.Delivered or ForecastMetric.Clients);
        string F(double x) => money ? (x / 1000).ToString("N1", CultureInfo.InvariantCulture) : x.ToString("N1", CultureInfo.InvariantCulture);
        return $"{F(s.P10)} / {F(s.P50)} / {F(s.P90)}";
    }
}
