using static Ppc.Modeling.Scenarios.Json.JsonReadContext;
using static Ppc.Modeling.Scenarios.Validation.MessageText;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// Rules on objectives (MODEL.md §4, last paragraph): a known metric, exactly one of atLeast and
/// atMost, byMonth within 1..T, and a priority that is a whole number of at least 1.
/// </summary>
internal static class ObjectiveRules
{
    private const string Objectives = "$.objectives";

    /// <summary>The metric names as written in JSON, in <see cref="ObjectiveMetric"/> order.</summary>
    public static IEnumerable<string> MetricNames => Enum.GetValues<ObjectiveMetric>().Select(Json.ScenarioWriter.MetricName);

    public static void Check(RuleContext ctx) =>
        ctx.Each(Objectives, ctx.Scenario.Objectives, (o, path) => CheckObjective(ctx, o, path));

    private static void CheckObjective(RuleContext ctx, Objective o, string path)
    {
        if (!Enum.IsDefined(o.Metric))
        {
            ctx.Error(Child(path, "metric"), Number((long)o.Metric), $"metric must be one of {List(MetricNames)}");
        }
        const string exactlyOne = "an objective has exactly one of atLeast and atMost";
        switch (o.AtLeast, o.AtMost)
        {
            case (null, null):
                ctx.Error(path, "no atLeast and no atMost", exactlyOne, Child(path, "atLeast"), Child(path, "atMost"));
                break;
            case (not null, not null):
                ctx.Error(Child(path, "atMost"), "atMost with atLeast", exactlyOne);
                break;
        }
        ctx.Finite(Child(path, "atLeast"), o.AtLeast);
        ctx.Finite(Child(path, "atMost"), o.AtMost);
        ctx.Month(Child(path, "byMonth"), o.ByMonth);
        ctx.Whole(Child(path, "priority"), o.Priority, 1, note: " (1 is the highest)");
    }
}
