using Ppc.Cli.Infrastructure;
using Ppc.Modeling.Simulation;
using Spectre.Console.Cli;

namespace Ppc.Cli.Commands;

/// <summary>
/// <c>ppc merge &lt;partials...&gt;</c>: merges the partial results of adjacent trial ranges of one run
/// into exactly the forecast one machine would have computed, and writes it like <c>ppc forecast</c>.
/// </summary>
internal sealed class MergeCommand(CliOutput output) : Command<MergeSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, MergeSettings settings, CancellationToken cancellationToken)
    {
        var parts = new List<ForecastPartial>();
        foreach (var path in settings.Partials)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                using var file = File.OpenRead(path);
                parts.Add(ForecastPartial.ReadFrom(file));
            }
            catch (InvalidDataException ex)
            {
                output.Error($"{path}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
        }
        ForecastPartial merged;
        try
        {
            merged = ForecastPartial.Merge(parts);
        }
        catch (ArgumentException ex)
        {
            output.Error(ex);
            return ExitCodes.InvalidInput;
        }
        ForecastReport.Write(output, settings.Format, settings.Out, merged.ToResult(), merged.Model.Source.Scenario.Currency ?? "");
        return ExitCodes.Success;
    }
}
