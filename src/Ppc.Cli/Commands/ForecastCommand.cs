using Ppc.Cli.Infrastructure;
using Ppc.Modeling.Charts;
using Ppc.Modeling.Model;
using Ppc.Modeling.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ppc.Cli.Commands;

/// <summary>
/// <c>ppc forecast &lt;scenario&gt;</c>: Monte Carlo (MODEL.md §4). Writes the §6 <c>forecast</c>
/// document, a CSV, or tables (p10/p50/p90 at 1, 2, 6, 12 months, objective probabilities,
/// weakest-link frequencies); with <c>--partial</c>, a partial result for <c>ppc merge</c>.
/// A progress bar is drawn on stderr when it is a terminal.
/// </summary>
internal sealed class ForecastCommand(CliOutput output) : Command<ForecastSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ForecastSettings settings, CancellationToken cancellationToken)
    {
        if (!ScenarioFile.TryLoad(settings.Scenario, output, out var scenario)) return ExitCodes.InvalidInput;
        var defaults = scenario.Scenario.Options?.Forecast;
        var range = settings.ParsedRange;
        var options = new ForecastOptions
        {
            Trials = range is { } r ? checked((int)(r.End - r.First)) : settings.Trials ?? defaults?.Trials ?? 10_000,
            FirstTrial = range?.First ?? 0,
            Seed = settings.Seed ?? defaults?.Seed ?? 1,
            MaxDegreeOfParallelism = settings.Threads,
            // A trial range is one part of a run: the scenario's precision target, which decides where a whole
            // run stops, does not apply to it (--precision with --trial-range is refused).
            Precision = range is null ? settings.Precision ?? defaults?.Precision : null,
        };
        var model = CompiledScenario.Compile(scenario);
        ForecastPartial partial;
        try
        {
            partial = Run(model, options, cancellationToken);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // The run is too large for this machine (the options were checked by Validate): say so, exit 2.
            output.Error(ex);
            return ExitCodes.InvalidInput;
        }
        if (settings.Partial is { } path)
        {
            using var file = File.Create(path);
            partial.WriteTo(file);
            output.WriteLine($"wrote trials {partial.FirstTrial}..{partial.FirstTrial + partial.Trials - 1} to {path}; combine the parts with 'ppc merge'");
            return ExitCodes.Success;
        }
        var result = partial.ToResult();
        if (settings.Chart is { } chart) ForecastChart.Save(result, chart);
        ForecastReport.Write(output, settings.Format, settings.Out, result, scenario.Scenario.Currency ?? "");
        return ExitCodes.Success;
    }

    private ForecastPartial Run(CompiledScenario model, ForecastOptions options, CancellationToken cancellationToken)
    {
        if (!output.ErrorIsTerminal) return Forecaster.ForecastRange(model, options, null, cancellationToken);
        ForecastPartial? partial = null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("Monte Carlo trials", maxValue: options.Trials);
            var progress = new Progress<ForecastProgress>(p => task.Value = p.TrialsDone);
            partial = Forecaster.ForecastRange(model, options, progress, cancellationToken);
            task.Value = options.Trials;
        });
        return partial!;
    }
}
