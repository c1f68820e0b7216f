using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ppc.Cli.Commands;

/// <summary>The settings of <c>ppc forecast</c>: the report settings plus the Monte Carlo request.</summary>
internal sealed class ForecastSettings : ReportSettings
{
    /// <summary>Trials to run (a cap with --precision); default the scenario's options.forecast.trials, else 10,000.</summary>
    [CommandOption("--trials <N>")]
    [Description("Trials to run (the cap when --precision is given). Default: the scenario's options.forecast.trials, else 10000.")]
    public int? Trials { get; init; }

    /// <summary>The seed; default the scenario's options.forecast.seed, else 1.</summary>
    [CommandOption("--seed <SEED>")]
    [Description("The random seed (>= 0); the same seed gives the same numbers. Default: options.forecast.seed, else 1.")]
    public long? Seed { get; init; }

    /// <summary>Threads; default every core.</summary>
    [CommandOption("--threads <N>")]
    [Description("Threads to use (never changes the numbers). Default: every core.")]
    public int? Threads { get; init; }

    /// <summary>Target relative standard error of the mean of cumulative revenue at T.</summary>
    [CommandOption("--precision <X>")]
    [Description("Stop once the relative standard error of mean cumulative revenue at T is at most X (batches of 1000 trials).")]
    public double? Precision { get; init; }

    /// <summary>A range of trials <c>first:end</c> (end exclusive) to run on this machine.</summary>
    [CommandOption("--trial-range <FIRST:END>")]
    [Description("Run only trials FIRST..END-1 of the run (with --partial), to spread a run over machines.")]
    public string? TrialRange { get; init; }

    /// <summary>Write the partial result (for <c>ppc merge</c>) to this file instead of a report.</summary>
    [CommandOption("--partial <PATH>")]
    [Description("Write a partial result for 'ppc merge' to this file instead of a report.")]
    public string? Partial { get; init; }

    /// <summary>The parsed trial range, when given and valid.</summary>
    public (long First, long End)? ParsedRange =>
        TrialRange is { } text && text.Split(':') is [var a, var b]
        && long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var first)
        && long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var end) && end > first
            ? (first, end)
            : null;

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var report = base.Validate();
        if (!report.Successful) return report;
        if (Trials is < 1) return ValidationResult.Error($"--trials {Trials} is not allowed; give at least 1");
        if (Seed is < 0) return ValidationResult.Error($"--seed {Seed} is not allowed; give a seed >= 0");
        if (Threads is < 1) return ValidationResult.Error($"--threads {Threads} is not allowed; give at least 1");
        if (Precision is { } p && !(p > 0 && double.IsFinite(p))) return ValidationResult.Error($"--precision {p} is not allowed; give a relative standard error > 0, such as 0.01");
        if (TrialRange is not null && ParsedRange is null) return ValidationResult.Error($"--trial-range '{TrialRange}' is not allowed; write FIRST:END with 0 <= FIRST < END, such as 0:50000");
        if (ParsedRange is { } range && range.End - range.First > int.MaxValue)
        {
            return ValidationResult.Error($"--trial-range '{TrialRange}' covers {range.End - range.First:N0} trials; one run takes at most {int.MaxValue:N0}");
        }
        if (TrialRange is not null && Partial is null) return ValidationResult.Error("--trial-range needs --partial <path>: a range is one part of a run, merged later with 'ppc merge'");
        if (TrialRange is not null && Trials is not null) return ValidationResult.Error("give either --trials or --trial-range, not both");
        if (TrialRange is not null && Precision is not null)
        {
            return ValidationResult.Error("--precision decides where a whole run stops, so it cannot be given with --trial-range (one part of a run): run the parts with fixed ranges and merge them");
        }
        if (Partial is not null && (Out is not null || Chart is not null))
        {
            return ValidationResult.Error("--partial writes a partial result for 'ppc merge', not a report, so --out and --chart do not apply (give --out to 'ppc merge')");
        }
        return ReportOutput.CheckFile("--partial", Partial);
    }
}
