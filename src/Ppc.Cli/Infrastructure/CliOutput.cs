using Spectre.Console;

namespace Ppc.Cli.Infrastructure;

/// <summary>
/// Where a command writes: results on stdout, diagnostics (errors, warnings) on stderr, so that
/// <c>ppc evaluate s.json &gt; out.json</c> keeps the file clean. Both are injected, so tests capture them.
/// </summary>
internal sealed class CliOutput
{
    private readonly TextWriter _error;

    /// <summary>Creates the output over a console for stdout and a writer for stderr.</summary>
    /// <param name="console">Standard output, for plain lines and rich renderings (help, tables).</param>
    /// <param name="error">Standard error, for one-line diagnostics.</param>
    public CliOutput(IAnsiConsole console, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(error);
        Console = console;
        _error = error;
    }

    /// <summary>Standard output for rich renderings (tables, help); text written here may be wrapped to the console's width.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Writes one line on stdout as is: no markup, no wrapping (machine-readable results).</summary>
    /// <param name="line">The line.</param>
    public void WriteLine(string line) => Console.Profile.Out.Writer.WriteLine(line);

    /// <summary>Whether stderr is the process's own, attached to a terminal (progress bars are drawn only then).</summary>
    public bool ErrorIsTerminal => ReferenceEquals(_error, System.Console.Error) && !System.Console.IsErrorRedirected;

    /// <summary>Writes one line on stderr as is (a scenario error <c>path: message</c>).</summary>
    /// <param name="line">The line.</param>
    public void WriteErrorLine(string line) => _error.WriteLine(line);

    /// <summary>Writes <c>error: message</c> on stderr: a failure that is not about a place in the scenario.</summary>
    /// <param name="message">What went wrong.</param>
    public void Error(string message) => _error.WriteLine("error: " + message);

    /// <summary>
    /// Writes <c>error: message</c> for a library's refusal of a request, without the " (Parameter 'x')" and
    /// "Actual value was" that .NET appends: the message itself names what is wrong.
    /// </summary>
    /// <param name="exception">The refusal.</param>
    public void Error(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Error(exception.Message.Split(" (Parameter", 2)[0]);
    }

    /// <summary>Writes <c>warning: message</c> on stderr.</summary>
    /// <param name="message">What deserves a look.</param>
    public void Warning(string message) => _error.WriteLine("warning: " + message);
}
