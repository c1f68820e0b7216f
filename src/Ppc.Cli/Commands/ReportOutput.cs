using Spectre.Console;

namespace Ppc.Cli.Commands;

/// <summary>The one check of a report's <c>--format</c>, <c>--out</c> and <c>--chart</c>, shared by every command that writes a report.</summary>
internal static class ReportOutput
{
    /// <summary>Checks the format, that the output file can be created and that the chart is PNG or SVG.</summary>
    /// <returns>Success, or the one-line reason.</returns>
    public static ValidationResult Check(ReportFormat format, string? output, string? chart)
    {
        if (!Enum.IsDefined(format)) return ValidationResult.Error($"unknown format '{format}'; use table, json or csv");
        if (chart is not null && Path.GetExtension(chart).ToLowerInvariant() is not (".png" or ".svg"))
        {
            return ValidationResult.Error($"--chart '{chart}' must end in .png or .svg");
        }
        if (output is null) return ValidationResult.Success();
        if (string.IsNullOrWhiteSpace(output)) return ValidationResult.Error("the --out path is empty");
        if (Directory.Exists(output)) return ValidationResult.Error($"--out '{output}' is a directory; give a file name");
        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (folder is not null && !Directory.Exists(folder)) return ValidationResult.Error($"the folder of --out '{output}' does not exist");
        return ValidationResult.Success();
    }
}
