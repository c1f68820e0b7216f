using System.Globalization;
using Ppc.Cli.Infrastructure;
using Ppc.Modeling.Scenarios;
using Spectre.Console.Cli;

namespace Ppc.Cli.Commands;

/// <summary>
/// <c>ppc validate &lt;scenario&gt;</c>: checks a scenario against MODEL.md §1. Valid: a one-line
/// summary on stdout, warnings on stderr, exit 0. Otherwise every error on stderr, one
/// <c>path: message</c> line each, exit 2.
/// </summary>
internal sealed class ValidateCommand(CliOutput output) : Command<ValidateSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!ScenarioFile.TryLoad(settings.Scenario, output, out var scenario)) return ExitCodes.InvalidInput;
        output.WriteLine($"{Path.GetFileName(settings.Scenario)} is valid: {Summary(scenario.Scenario)}");
        return ExitCodes.Success;
    }

    /// <summary>The scenario's size in words: <c>3 roles, 5 stages, 2 segments, 12 months</c>.</summary>
    internal static string Summary(Scenario scenario) => string.Join(", ",
        Count(scenario.Roles.Count, "role"),
        Count(scenario.Stages.Count, "stage"),
        Count(scenario.Segments.Count, "segment"),
        Count(scenario.HorizonMonths, "month"));

    private static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");
}
