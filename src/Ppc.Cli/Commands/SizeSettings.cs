using System.ComponentModel;
using System.Globalization;
using Ppc.Modeling.Sizing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ppc.Cli.Commands;

/// <summary>The settings of <c>ppc size</c>: the report settings plus the sizing request; the scenario's <c>options.size</c> gives the defaults.</summary>
internal sealed class SizeSettings : ReportSettings
{
    /// <summary>minimizeCost, maximizeContribution or maximize:&lt;metric&gt;.</summary>
    [CommandOption("--criterion <CRITERION>")]
    [Description("minimizeCost (default), maximizeContribution or maximize:<metric> (needs --budget).")]
    public string? Criterion { get; init; }

    /// <summary>The most that may be spent over the horizon.</summary>
    [CommandOption("--budget <AMOUNT>")]
    [Description("The most that may be spent over the horizon, in the scenario's currency.")]
    public double? Budget { get; init; }

    /// <summary>The time limit in seconds.</summary>
    [CommandOption("--time-limit <SECONDS>")]
    [Description("The solver's time limit for the whole sizing, in seconds (default 60).")]
    public double? TimeLimit { get; init; }

    /// <summary>Where to write the programme in MPS.</summary>
    [CommandOption("--export-mps <PATH>")]
    [Description("Also write the programme in MPS format, for another solver to check.")]
    public string? ExportMps { get; init; }

    /// <summary>The joint probability of meeting every objective to size for; null for deterministic sizing.</summary>
    [CommandOption("--confidence <P>")]
    [Description("Size so that every objective is met together with probability P (0 < P < 1), judged by Monte Carlo (MODEL.md §5). Default: options.size.confidence.")]
    public double? Confidence { get; init; }

    /// <summary>Monte Carlo trials per candidate plan under --confidence.</summary>
    [CommandOption("--trials <N>")]
    [Description("Monte Carlo trials per candidate plan with --confidence (>= 1000). Default: options.size.trials, else 10000.")]
    public int? Trials { get; init; }

    /// <summary>The seed shared by every candidate under --confidence.</summary>
    [CommandOption("--seed <SEED>")]
    [Description("The seed shared by every candidate with --confidence (common random numbers). Default: options.size.seed, else 1.")]
    public long? Seed { get; init; }

    /// <summary>Sizes each channel alone, then all together.</summary>
    [CommandOption("--compare-channels")]
    [Description("Size with in-house staff only, the external roles only, the partners only, then everything (make or buy); each sizing is deterministic (options.size.confidence does not apply).")]
    public bool CompareChannels { get; init; }

    /// <summary>Solver threads; default every core.</summary>
    [CommandOption("--threads <N>")]
    [Description("Solves to run side by side (integer-limit re-solves, the runs of --compare-channels). Default: every core.")]
    public int? Threads { get; init; }

    /// <summary>The criterion as parsed, or null for the scenario's.</summary>
    public SizingCriterion? ParsedCriterion => SizingCriterion.TryParse(Criterion, out var c) ? c : null;

    /// <summary>The request these settings make.</summary>
    public SizingOptions Options => new()
    {
        Criterion = ParsedCriterion,
        Budget = Budget,
        TimeLimit = TimeLimit is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        MaxDegreeOfParallelism = Threads,
    };

    /// <summary>Checks the report settings, then the criterion, budget, time limit and MPS path.</summary>
    /// <returns>Success, or the one-line reason.</returns>
    public override ValidationResult Validate()
    {
        var report = base.Validate();
        if (!report.Successful) return report;
        if (Criterion is not null && ParsedCriterion is null)
        {
            return ValidationResult.Error($"unknown criterion '{Criterion}'; use minimizeCost, maximizeContribution or maximize:<metric>");
        }
        if (Budget is { } budget && (!double.IsFinite(budget) || budget < 0))
        {
            return ValidationResult.Error($"--budget must be an amount ≥ 0, not {budget.ToString(CultureInfo.InvariantCulture)}");
        }
        if (TimeLimit is { } limit && (!double.IsFinite(limit) || limit <= 0 || limit > 86_400))
        {
            return ValidationResult.Error($"--time-limit must be a number of seconds in (0, 86400], not {limit.ToString(CultureInfo.InvariantCulture)}");
        }
        if (Confidence is { } p && !(p > 0 && p < 1))
        {
            return ValidationResult.Error($"--confidence must lie strictly between 0 and 1, not {p.ToString(CultureInfo.InvariantCulture)}");
        }
        if (CompareChannels && (Confidence is not null || Trials is not null || Seed is not null || Chart is not null))
        {
            return ValidationResult.Error("--compare-channels compares one sizing per channel, without --confidence, --trials, --seed or --chart; give those to 'ppc size' on the channel you choose");
        }
        if (Trials is < 1000) return ValidationResult.Error($"--trials must be at least 1000, not {Trials}");
        if (Seed is < 0) return ValidationResult.Error($"--seed must be ≥ 0, not {Seed}");
        if (Threads is < 1) return ValidationResult.Error($"--threads {Threads} is not allowed; give at least 1");
        return ReportOutput.CheckFile("--export-mps", ExportMps);
    }
}
