using static Ppc.Modeling.Scenarios.Json.JsonReadContext;
using static Ppc.Modeling.Scenarios.Validation.MessageText;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// Rules on the root <c>options</c> (MODEL.md §1, requests of §4 and §5): trials at least 1, seeds
/// at least 0, a positive precision and time limit, a confidence in (0, 1), a non-negative budget
/// and a known sizing criterion.
/// </summary>
internal static class OptionRules
{
    private const string Options = "$.options";

    public static void Check(RuleContext ctx)
    {
        if (ctx.Scenario.Options?.Forecast is { } f)
        {
            var path = Child(Options, "forecast");
            ctx.Whole(Child(path, "trials"), f.Trials, 1);
            ctx.Whole(Child(path, "seed"), f.Seed, 0);
            ctx.Positive(Child(path, "precision"), f.Precision);
        }
        if (ctx.Scenario.Options?.Size is { } s)
        {
            var path = Child(Options, "size");
            CheckCriterion(ctx, Child(path, "criterion"), s.Criterion);
            ctx.NonNegative(Child(path, "budget"), s.Budget);
            ctx.OpenUnit(Child(path, "confidence"), s.Confidence);
            ctx.Whole(Child(path, "trials"), s.Trials, 1);
            ctx.Whole(Child(path, "seed"), s.Seed, 0);
            ctx.Positive(Child(path, "timeLimitSeconds"), s.TimeLimitSeconds);
        }
    }

    private static void CheckCriterion(RuleContext ctx, string path, string? criterion)
    {
        const string maximize = "maximize:";
        if (criterion is null or "minimizeCost" or "maximizeContribution") return;
        if (criterion.StartsWith(maximize, StringComparison.Ordinal) && ObjectiveRules.MetricNames.Contains(criterion[maximize.Length..])) return;
        ctx.Error(path, Quote(criterion),
            $"criterion must be minimizeCost, maximizeContribution or maximize:<metric> with a metric among {List(ObjectiveRules.MetricNames)}");
    }
}
