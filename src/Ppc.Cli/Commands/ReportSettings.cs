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
        if (!scenario.Successful) return scenario;
        if (!Enum.IsDefined(Format)) return ValidationResult.Error($"unknown format '{Format}'; use table, json or csv");
        if (Chart is not null && Path.GetExtension(Chart).ToLowerInvariant() is not (".png" or ".svg"))
        {
            return ValidationResult.Error($"--chart '{Chart}' must end in .png or .svg");
        }
        if (Out is null) return ValidationResult.Success();
        if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("the --out path is empty");
        if (Directory.Exists(Out)) return ValidationResult.Error($"--out '{Out}' is a directory; give a file name");
        var folder = Path.GetDirectoryName(Path.GetFullPath(Out));
        if (folder is not null && !Directory.Exists(folder)) return ValidationResult.Error($"the folder of --out '{Out}' does not exist");
        return ValidationResult.Success();
    }
}
