using System.Globalization;
using Ppc.Cli.Infrastructure;
using Ppc.Modeling.Charts;
using Ppc.Modeling.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ppc.Cli.Commands;

/// <summary>
/// <c>ppc evaluate &lt;scenario&gt;</c>: the tactic month by month with expected values (MODEL.md §2–3).
/// <c>table</c>: key figures per month, totals and the weakest-link sentence; <c>json</c>: the §6
/// <c>evaluate</c> document; <c>csv</c>: one row per month. Invalid scenarios: errors on stderr, exit 2.
/// </summary>
internal sealed class EvaluateCommand(CliOutput output) : Command<ReportSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        if (!ScenarioFile.TryLoad(settings.Scenario, output, out var scenario)) return ExitCodes.InvalidInput;
        cancellationToken.ThrowIfCancellationRequested();
        var result = Evaluator.Evaluate(scenario);
        if (settings.Chart is { } chart) EvaluationChart.Save(result, chart);
        var currency = scenario.Scenario.Currency ?? "";
        switch (settings.Format)
        {
            case ReportFormat.Json:
                ReportWriter.Write(output, settings.Out, writer => writer.Write(EvaluationJson.Write(result)));
                break;
            case ReportFormat.Csv:
                ReportWriter.Write(output, settings.Out, writer => EvaluationCsv.Write(writer, result));
                break;
            default:
                ReportWriter.Render(output, settings.Out, Table(result, currency), result.WeakestLink.Describe());
                break;
        }
        return ExitCodes.Success;
    }

    private static Table Table(EvaluationResult result, string currency)
    {
        var money = currency.Length > 0 ? $"thousands of {currency}" : "thousands";
        var table = new Table().Border(TableBorder.Simple).Title($"Evaluation over {result.HorizonMonths} months (money in {money})");
        foreach (var column in Columns) table.AddColumn(new TableColumn(column).RightAligned().NoWrap());
        foreach (var m in result.Months)
        {
            table.AddRow(m.Month.ToString(CultureInfo.InvariantCulture), Units(m.Deals), Units(m.Delivered), Money(m.Revenue),
                Money(m.Margin), Money(m.Costs), Money(m.Contribution), Money(m.Cash), Units(m.Clients));
        }
        var t = result.Totals;
        table.AddRow("Total", Units(t.Deals), Units(t.Delivered), Money(t.Revenue), Money(t.Margin), Money(t.Costs),
            Money(t.Contribution), Money(t.Cash), Units(t.Clients));
        return table;
    }

    private static string Units(double x) => x.ToString("N1", CultureInfo.InvariantCulture);

    private static string Money(double x) => (x / 1000).ToString("N1", CultureInfo.InvariantCulture);

    private static readonly string[] Columns = ["Month", "Deals", "Delivered", "Revenue", "Margin", "Costs", "Contrib.", "Cash", "Clients"];
}
