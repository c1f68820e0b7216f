using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ppc.Cli.Commands;

/// <summary>The settings of <c>ppc merge</c>: the partial results to merge, and the report's format and file.</summary>
internal sealed class MergeSettings : CommandSettings
{
    /// <summary>The partial results written by <c>ppc forecast --partial</c>.</summary>
    [CommandArgument(0, "<partials>")]
    [Description("Partial results written by 'ppc forecast --trial-range A:B --partial <path>', in any order.")]
    public string[] Partials { get; init; } = [];

    /// <summary>The report's format.</summary>
    [CommandOption("-f|--format <FORMAT>")]
    [Description("The report's format: table, json or csv.")]
    [DefaultValue(ReportFormat.Table)]
    public ReportFormat Format { get; init; } = ReportFormat.Table;

    /// <summary>The file to write the report to; null for stdout.</summary>
    [CommandOption("-o|--out <PATH>")]
    [Description("Write the report to this file instead of stdout.")]
    public string? Out { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Partials.Length == 0) return ValidationResult.Error("give at least one partial result");
        foreach (var path in Partials)
        {
            if (!File.Exists(path)) return ValidationResult.Error($"the partial result '{path}' does not exist");
        }
        return ReportOutput.Check(Format, Out, chart: null);
    }
}
