using Ppc.Cli.Infrastructure;
using Ppc.Modeling.Charts;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing;
using Ppc.Modeling.Sizing.Uncertainty;
using Spectre.Console.Cli;

namespace Ppc.Cli.Commands;

/// <summary>
/// <c>ppc size &lt;scenario&gt;</c>: the resources that meet the objectives (MODEL.md §5). <c>json</c>:
/// the §6 <c>size</c> document; <c>table</c>: the plan month by month, the objectives, the binding
/// limits and the advice; <c>csv</c>: the plan, one row per month. Exit 0 whenever an answer is
/// produced, whatever its status; 2 for invalid input; 1 when no plan is found in time.
/// </summary>
internal sealed class SizeCommand(CliOutput output) : Command<SizeSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, SizeSettings settings, CancellationToken cancellationToken)
    {
        if (!ScenarioFile.TryLoad(settings.Scenario, output, out var scenario)) return ExitCodes.InvalidInput;
        try
        {
            if (settings.ExportMps is { } mps) File.WriteAllText(mps, Sizer.ExportMps(scenario, settings.Options));
            if (settings.CompareChannels)
            {
                SizeReport.WriteChannels(output, settings, ChannelComparison.Compare(scenario, settings.Options, cancellationToken), Currency(scenario));
                return ExitCodes.Success;
            }
            var defaults = scenario.Scenario.Options?.Size;
            if ((settings.Trials ?? settings.Seed) is not null && (settings.Confidence ?? defaults?.Confidence) is null)
            {
                output.Error("--trials and --seed set the Monte Carlo of --confidence; give --confidence too (or options.size.confidence in the scenario)");
                return ExitCodes.InvalidInput;
            }
            var result = (settings.Confidence ?? defaults?.Confidence) is { } confidence
                ? ConfidenceSizer.Size(scenario, settings.Options, new ConfidenceRequest
                {
                    Confidence = confidence,
                    Trials = settings.Trials ?? defaults?.Trials ?? 10_000,
                    Seed = settings.Seed ?? defaults?.Seed ?? 1,
                }, cancellationToken)
                : Sizer.Size(scenario, settings.Options, cancellationToken);
            if (settings.Chart is { } chart) SizingChart.Save(result, chart);
            SizeReport.Write(output, settings, result, Currency(scenario));
            return ExitCodes.Success;
        }
        catch (ArgumentException ex)
        {
            output.Error(ex);
            return ExitCodes.InvalidInput;
        }
        catch (SizingException ex)
        {
            output.Error(ex.Message);
            return ExitCodes.NoPlanInTime;
        }
    }

    private static string Currency(ValidatedScenario scenario) => scenario.Scenario.Currency ?? "";
}
