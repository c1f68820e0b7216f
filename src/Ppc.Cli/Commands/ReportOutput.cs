using Spectre.Console;

namespace Ppc.Cli.Commands;

/// <summary>
/// The one check of a report's <c>--format</c>, <c>--out</c> and <c>--chart</c>, shared by every command that
/// writes a report, and of every other file a command writes (<c>--partial</c>, <c>--export-mps</c>).
/// </summary>
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
        var checkedOutput = CheckFile("--out", output);
        return checkedOutput.Successful ? CheckFile("--chart", chart) : checkedOutput;
    }

    /// <summary>
    /// Checks that <paramref name="path"/>, given to <paramref name="option"/>, can be created as a file: not
    /// empty, not a directory, in a folder that exists. Success when no path was given.
    /// </summary>
    /// <returns>Success, or the one-line reason naming the option and the path.</returns>
    public static ValidationResult CheckFile(string option, string? path)
    {
        if (path is null) return ValidationResult.Success();
        if (string.IsNullOrWhiteSpace(path)) return ValidationResult.Error($"the {option} path is empty");
        if (Directory.Exists(path)) return ValidationResult.Error($"{option} '{path}' is a directory; give a file name");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder)) return ValidationResult.Error($"the folder of {option} '{path}' does not exist");
        return ValidationResult.Success();
    }
}
