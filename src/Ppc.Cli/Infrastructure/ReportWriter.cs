using Spectre.Console;
using Spectre.Console.Rendering;

namespace Ppc.Cli.Infrastructure;

/// <summary>Writes a command's report on stdout, or to the <c>--out</c> file.</summary>
internal static class ReportWriter
{
    /// <summary>Writes machine-readable text (JSON, CSV) as is.</summary>
    public static void Write(CliOutput output, string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(output.Console.Profile.Out.Writer);
            output.Console.Profile.Out.Writer.Flush();
            return;
        }
        using var file = new StreamWriter(path);
        write(file);
    }

    /// <summary>Renders a table followed by lines of text, for people.</summary>
    public static void Render(CliOutput output, string? path, IRenderable table, params string[] lines)
    {
        if (path is null)
        {
            if (output.Console.Profile.Width < 120 && !output.Console.Profile.Capabilities.Interactive) output.Console.Profile.Width = 120;
            output.Console.Write(table);
            foreach (var line in lines) output.WriteLine(line);
            return;
        }
        using var file = new StreamWriter(path);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(file),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        console.Write(table);
        foreach (var line in lines) file.WriteLine(line);
    }
}
