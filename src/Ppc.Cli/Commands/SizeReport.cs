using System.Globalization;
using System.Text.Json;
using Ppc.Cli.Infrastructure;
using Ppc.Modeling.Collections;
using Ppc.Modeling.Sizing;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ppc.Cli.Commands;

/// <summary>How <c>ppc size</c> writes a sizing, or a comparison of channels, in each format.</summary>
internal static class SizeReport
{
    public static void Write(CliOutput output, ReportSettings settings, SizingResult result, string currency)
    {
        switch (settings.Format)
        {
            case ReportFormat.Json:
                ReportWriter.Write(output, settings.Out, writer => writer.Write(SizingJson.Write(result)));
                break;
            case ReportFormat.Csv:
                ReportWriter.Write(output, settings.Out, writer => SizingCsv.Write(writer, result));
                break;
            default:
                var tables = new Rows(Plan(result, currency), Objectives(result), Limits(result));
                ReportWriter.Render(output, settings.Out, tables, [Headline(result, currency), .. result.Advice]);
                break;
        }
    }

    private static string Headline(SizingResult r, string currency) =>
        $"Status: {SizingJson.Status(r.Status)}. Criterion {r.Criterion}: {Money(r.CriterionValue)} (bound {Money(r.Bound)}); costs {Money(r.Cost)}{(currency.Length > 0 ? " " + currency : "")}; " +
        $"{r.Statistics.Solves} programmes solved in {r.Statistics.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s." +
        (r.Uncertainty is { } u
            ? $" Under uncertainty: every objective met together in {u.Probability.ToString("P1", CultureInfo.InvariantCulture)} of {u.Trials:N0} trials (± {u.StandardError.ToString("P1", CultureInfo.InvariantCulture)}; asked {u.Confidence.ToString("P0", CultureInfo.InvariantCulture)}), targets raised by a margin of {u.Margin.ToString("0.###", CultureInfo.InvariantCulture)}, mean cost {Money(u.MeanCost)}."
            : "");

    private static Table Plan(SizingResult r, string currency)
    {
        var table = new Table().Border(TableBorder.Simple).Title($"Plan month by month (money in {(currency.Length > 0 ? "thousands of " + currency : "thousands")})");
        var columns = new List<(string Name, Func<int, string> Cell)>
        {
            ("Month", t => (t + 1).ToString(CultureInfo.InvariantCulture)),
        };
        columns.AddRange(r.Plan.Hires.Select(e => ($"Hires {e.Key}", (Func<int, string>)(t => e.Value[t].ToString(CultureInfo.InvariantCulture)))));
        columns.AddRange(r.Plan.Headcount.Select(e => ($"FTE {e.Key}", (Func<int, string>)(t => Units(e.Value[t])))));
        columns.AddRange(r.Plan.ExternalHours.Select(e => ($"Hours {e.Key}", (Func<int, string>)(t => Units(e.Value[t])))));
        columns.AddRange(r.Plan.Partners.Select(e => ($"Recruits {e.Key}", (Func<int, string>)(t => e.Value[t].ToString(CultureInfo.InvariantCulture)))));
        var e = r.Evaluation;
        columns.Add(("Deals", t => Units(e.Month(t + 1).Deals)));
        columns.Add(("Revenue", t => Money(e.Month(t + 1).Revenue / 1000)));
        columns.Add(("Costs", t => Money(e.Month(t + 1).Costs / 1000)));
        columns.Add(("Cash", t => Money(e.Month(t + 1).Cash / 1000)));
        foreach (var column in columns) table.AddColumn(new TableColumn(Markup.Escape(column.Name)).RightAligned().NoWrap());
        for (var t = 0; t < e.HorizonMonths; t++) table.AddRow(columns.Select(c => c.Cell(t)).ToArray());
        return table;
    }

    private static Table Objectives(SizingResult r)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Objectives (from the evaluation)");
        foreach (var name in new[] { "Metric", "By month", "Priority", "Target", "Achieved", "Shortfall", "Met", "Shadow price", "Causes" })
        {
            table.AddColumn(new TableColumn(name).NoWrap());
        }
        foreach (var o in r.Objectives)
        {
            var bound = o.Objective.AtLeast is not null ? "≥ " : "≤ ";
            table.AddRow(o.Objective.Metric.ToString().ToLowerInvariant(), Int(o.ByMonth), Int(o.Priority), bound + Money(o.Target), Money(o.Achieved),
                Money(o.Shortfall), o.Met ? "yes" : "no", Price(o.ShadowPrice), Markup.Escape(string.Join(", ", o.Causes)));
        }
        return table;
    }

    private static Table Limits(SizingResult r)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Binding limits (shadow price: the criterion's improvement per unit relaxed)");
        foreach (var name in new[] { "Limit", "Month", "Shadow price" }) table.AddColumn(new TableColumn(name).NoWrap());
        foreach (var limit in r.BindingLimits) table.AddRow(Markup.Escape(limit.Limit), limit.Month is { } m ? Int(m) : "all", Price(limit.ShadowPrice));
        foreach (var s in r.LimitShortfalls) table.AddRow(Markup.Escape(s.Limit), s.Month is { } m ? Int(m) : "all", "short by " + Money(s.Shortfall));
        return table;
    }

    public static void WriteChannels(CliOutput output, ReportSettings settings, ValueArray<ChannelOutcome> outcomes, string currency)
    {
        switch (settings.Format)
        {
            case ReportFormat.Json:
                ReportWriter.Write(output, settings.Out, writer => writer.Write(ChannelsJson(outcomes)));
                break;
            case ReportFormat.Csv:
                ReportWriter.Write(output, settings.Out, writer =>
                {
                    writer.WriteLine("channel,status,cost,contribution,deals,costPerDeal,cashLowPoint");
                    foreach (var o in outcomes)
                    {
                        writer.WriteLine(string.Join(',', o.Name, Status(o), Raw(o.Cost), Raw(o.Contribution), Raw(o.Deals), Raw(o.CostPerDeal), Raw(o.CashLowPoint)));
                    }
                });
                break;
            default:
                var table = new Table().Border(TableBorder.Simple).Title($"Make or buy: the same objectives by channel{(currency.Length > 0 ? $" ({currency})" : "")}");
                foreach (var name in new[] { "Channel", "Status", "Cost", "Contribution", "Deals", "Cost per deal", "Cash low point" })
                {
                    table.AddColumn(new TableColumn(name).RightAligned().NoWrap());
                }
                foreach (var o in outcomes)
                {
                    table.AddRow(o.Name, Status(o), Money(o.Cost), Money(o.Contribution), Units(o.Deals), o.CostPerDeal is { } c ? Money(c) : "-", Money(o.CashLowPoint));
                }
                ReportWriter.Render(output, settings.Out, table, outcomes.Where(o => o.Error is not null).Select(o => $"{o.Name}: {o.Error}").ToArray());
                break;
        }
    }

    private static string ChannelsJson(ValueArray<ChannelOutcome> outcomes)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartArray("channels");
            foreach (var o in outcomes)
            {
                w.WriteStartObject();
                w.WriteString("channel", o.Name);
                w.WriteString("status", Status(o));
                if (o.Result is { } result)
                {
                    w.WriteNumber("cost", o.Cost);
                    w.WriteNumber("contribution", o.Contribution);
                    w.WriteNumber("deals", o.Deals);
                    if (o.CostPerDeal is { } perDeal) w.WriteNumber("costPerDeal", perDeal);
                    else w.WriteNull("costPerDeal");
                    w.WriteNumber("cashLowPoint", o.CashLowPoint);
                    w.WritePropertyName("size");
                    SizingJson.Write(w, result);
                }
                else
                {
                    w.WriteString("error", o.Error);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Status(ChannelOutcome o) => o.Result is { } r ? SizingJson.Status(r.Status) : "no plan";

    private static string Raw(double? x) => x is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Int(int x) => x.ToString(CultureInfo.InvariantCulture);

    private static string Units(double x) => double.IsFinite(x) ? x.ToString("N1", CultureInfo.InvariantCulture) : "-";

    private static string Money(double x) => double.IsFinite(x) ? x.ToString("N1", CultureInfo.InvariantCulture) : "-";

    private static string Price(double x) => x.ToString("0.####", CultureInfo.InvariantCulture);
}
