using Ppc.Modeling.Simulation;
using Spectre.Console.Cli;

namespace Ppc.Cli.Infrastructure;

/// <summary>
/// Turns every exception that reaches Spectre.Console.Cli into one line on stderr and an exit code:
/// a user never sees a stack trace.
/// </summary>
internal static class CliExceptionHandler
{
    /// <summary>Reports <paramref name="exception"/> and chooses the exit code.</summary>
    /// <param name="exception">What was thrown while parsing, validating or running a command.</param>
    /// <param name="output">Where to report.</param>
    /// <param name="args">The command line, to name the option of a value that could not be converted.</param>
    /// <returns>
    /// <see cref="ExitCodes.InvalidInput"/> for bad arguments and files that cannot be read or written,
    /// <see cref="ExitCodes.Cancelled"/> for Ctrl+C,
    /// else <see cref="ExitCodes.InternalError"/> (a misconfigured app, an unexpected exception).
    /// </returns>
    public static int Handle(Exception exception, CliOutput output, IReadOnlyList<string>? args = null)
    {
        switch (exception)
        {
            case CommandConfigurationException configuration:
                // A mistake in PpcApp's own set-up (a command, an attribute, an example), not in the input.
                output.Error($"ppc is misconfigured: {OneLine(configuration.Message)} (this is a bug in ppc; please report it)");
                return ExitCodes.InternalError;
            case CommandParseException parse:
                output.Error($"{OneLine(parse.Message)} Run 'ppc --help' for usage.");
                return ExitCodes.InvalidInput;
            case CommandAppException app:
                // Missing arguments, conversions (--format xml) and the settings' own Validate().
                output.Error((args is null ? null : ConversionError.Describe(app, args)) ?? OneLine(app.Message));
                return ExitCodes.InvalidInput;
            case ForecastException forecast:
                // A valid scenario too large for the Monte Carlo's deal-by-deal draws: the input, not ppc.
                output.Error(OneLine(forecast.Message));
                return ExitCodes.InvalidInput;
            case UnauthorizedAccessException or IOException:
                // A file that cannot be read or written (no permission, disk full): the input, not ppc.
                output.Error($"cannot use a file: {OneLine(exception.Message)}");
                return ExitCodes.InvalidInput;
            case OperationCanceledException:
                output.Error("cancelled");
                return ExitCodes.Cancelled;
            default:
                output.Error($"unexpected {exception.GetType().Name}: {OneLine(exception.Message)} (this is a bug in ppc; please report it)");
                return ExitCodes.InternalError;
        }
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
