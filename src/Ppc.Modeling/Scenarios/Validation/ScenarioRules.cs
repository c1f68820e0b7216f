using static Ppc.Modeling.Scenarios.Json.JsonReadContext;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// The semantic rules of MODEL.md §1 on a scenario read from JSON or built in code. Every rule
/// runs on the whole scenario and every error is gathered (never thrown, never stopped at the
/// first); rules that need the horizon T are skipped when horizonMonths itself is invalid. This
/// class holds the root rules and calls the others, one class per concern.
/// </summary>
internal static class ScenarioRules
{
    private static readonly IReadOnlySet<string> Nothing = new HashSet<string>();

    /// <summary>Every issue of a scenario built in code.</summary>
    public static List<ScenarioIssue> Check(Scenario scenario) => Check(scenario, Nothing);

    /// <summary>Every issue of a scenario read from JSON, except those about the values at <paramref name="unreadable"/> paths.</summary>
    public static List<ScenarioIssue> Check(Scenario scenario, IReadOnlySet<string> unreadable)
    {
        var ctx = new RuleContext(scenario);
        CheckRoot(ctx);
        RoleRules.Check(ctx);
        StageRules.Check(ctx);
        SegmentRules.Check(ctx);
        AllocationRules.Check(ctx);
        PipelineRules.Check(ctx);
        PartnerRules.Check(ctx);
        ObjectiveRules.Check(ctx);
        OptionRules.Check(ctx);
        return ctx.Issues(unreadable);
    }

    private static void CheckRoot(RuleContext ctx)
    {
        const string root = "$";
        var s = ctx.Scenario;
        ctx.Whole(Child(root, "schemaVersion"), s.SchemaVersion, 1, 1, " (the only version this library reads)");
        ctx.Whole(Child(root, "horizonMonths"), s.HorizonMonths, 1, RuleContext.MaxHorizon);
        if (s.Finance is { } f)
        {
            var path = Child(root, "finance");
            ctx.Finite(Child(path, "startingCash"), f.StartingCash);
            ctx.NonNegative(Child(path, "fixedCostPerMonth"), f.FixedCostPerMonth);
            ctx.Whole(Child(path, "paymentDelayMonths"), f.PaymentDelayMonths, 0);
            ctx.Finite(Child(path, "minimumCash"), f.MinimumCash);
        }
        if (s.Delivery is { } d)
        {
            var path = Child(root, "delivery");
            DistributionRules.Check(ctx, Child(path, "maxDealsPerMonth"), d.MaxDealsPerMonth, InputRange.NonNegative);
            ctx.NonNegative(Child(path, "adminCostPerDeal"), d.AdminCostPerDeal);
            ctx.NonNegative(Child(path, "afterSalesCostPerClientPerMonth"), d.AfterSalesCostPerClientPerMonth);
        }
        if (s.Seasonality is { } season) CheckSeasonality(ctx, season, Child(root, "seasonality"));
    }

    private static void CheckSeasonality(RuleContext ctx, Seasonality season, string path)
    {
        ctx.Whole(Child(path, "startMonth"), season.StartMonth, 1, 12, " (1 = January)");
        var factors = Child(path, "hoursFactor");
        if (season.HoursFactor is not { } values)
        {
            ctx.Error(path, "no hoursFactor", "hoursFactor is required: 12 factors, January to December");
            return;
        }
        if (values.Count != 12)
        {
            ctx.Error(factors, $"{values.Count} entries", "hoursFactor must have exactly 12 entries, January to December");
        }
        for (var i = 0; i < values.Count; i++) ctx.NonNegative(Index(factors, i), values[i]);
    }
}
