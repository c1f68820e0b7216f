using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ppc.Cli.Commands;

/// <summary>
/// The settings shared by the commands that produce a report from a scenario (evaluate, forecast,
/// size): the scenario, the format, and where to write it.
/// </summary>
internal class ReportSettings : ScenarioSettings
{
    /// <summary>The report's format.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("The report's format: table, json or csv.")]
    [DefaultValue(ReportFormat.Table)]
    public ReportFormat Format { get; init; } = ReportFormat.Table;

    /// <summary>The file to write the report to; null for stdout.</summary>
    [CommandOption("-o|--out <PATH>")]
    [Description("Write the report to this file instead of stdout.")]
    public string? Out { get; init; }

    /// <summary>Also draw a chart to this file (.png or .svg); null for none.</summary>
    [CommandOption("--chart <PATH>")]
    [Description("Also draw a chart to this file (.png or .svg).")]
    public string? Chart { get; init; }

    /// <summary>Checks the scenario, the format and that the output file can be created.</summary>
    /// <returns>Success, or the one-line reason.</returns>
    public override ValidationResult Validate()
    {
        var scenario = base.Validate();
        return scenario.Successful ? ReportOutput.Check(Format, Out, Chart) : scenario;
    }
}
