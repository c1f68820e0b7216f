using System.Diagnostics.CodeAnalysis;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Sizing;

/// <summary>
/// The criterion of a sizing: <c>minimizeCost</c>, <c>maximizeContribution</c> or
/// <c>maximize:&lt;metric&gt;</c> (MODEL.md §5), with the text form used in JSON and on the command line.
/// </summary>
public sealed record SizingCriterion
{
    private const string MaximizePrefix = "maximize:";

    private SizingCriterion(SizingCriterionKind kind, ObjectiveMetric? metric)
    {
        Kind = kind;
        Metric = metric;
    }

    /// <summary>Minimise Σ costs over months 1..T (the default).</summary>
    public static SizingCriterion MinimizeCost { get; } = new(SizingCriterionKind.MinimizeCost, null);

    /// <summary>Maximise Σ contribution over months 1..T.</summary>
    public static SizingCriterion MaximizeContribution { get; } = new(SizingCriterionKind.MaximizeContribution, null);

    /// <summary>Maximise <paramref name="metric"/> at T (flows summed over 1..T); needs a budget.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The criterion.</returns>
    public static SizingCriterion Maximize(ObjectiveMetric metric) =>
        Enum.IsDefined(metric) ? new(SizingCriterionKind.Maximize, metric) : throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric.");

    /// <summary>Which criterion.</summary>
    public SizingCriterionKind Kind { get; }

    /// <summary>The metric maximised, for <see cref="SizingCriterionKind.Maximize"/>; otherwise null.</summary>
    public ObjectiveMetric? Metric { get; }

    /// <summary>Whether the criterion is minimised (a cost) rather than maximised.</summary>
    public bool IsMinimized => Kind == SizingCriterionKind.MinimizeCost;

    /// <summary>Reads <c>minimizeCost</c>, <c>maximizeContribution</c> or <c>maximize:&lt;metric&gt;</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="criterion">The criterion, when the text is one.</param>
    /// <returns>Whether the text is a criterion.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SizingCriterion? criterion)
    {
        criterion = text switch
        {
            "minimizeCost" => MinimizeCost,
            "maximizeContribution" => MaximizeContribution,
            _ when text?.StartsWith(MaximizePrefix, StringComparison.Ordinal) == true => MetricNamed(text[MaximizePrefix.Length..]),
            _ => null,
        };
        return criterion is not null;
    }

    private static SizingCriterion? MetricNamed(string name)
    {
        foreach (var metric in Enum.GetValues<ObjectiveMetric>())
        {
            if (MetricName(metric) == name) return Maximize(metric);
        }
        return null;
    }

    /// <summary>A metric's name in JSON (<c>revenue</c>, <c>penetration</c>).</summary>
    internal static string MetricName(ObjectiveMetric metric) => Scenarios.Json.ScenarioWriter.MetricName(metric);

    /// <summary>The text form: <c>minimizeCost</c>, <c>maximizeContribution</c> or <c>maximize:revenue</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        SizingCriterionKind.MinimizeCost => "minimizeCost",
        SizingCriterionKind.MaximizeContribution => "maximizeContribution",
        _ => MaximizePrefix + MetricName(Metric!.Value),
    };
}
