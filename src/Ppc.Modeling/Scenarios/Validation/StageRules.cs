using static Ppc.Modeling.Scenarios.Json.JsonReadContext;
using static Ppc.Modeling.Scenarios.Validation.MessageText;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// Rules on the chain: at least one stage, unique ids that are not the reserved link names,
/// performers that exist, conversion and abandon as probabilities, delays as pmfs, a performer
/// wherever work is needed, and nothing waiting or abandoning at stage 1.
/// </summary>
internal static class StageRules
{
    private const string Stages = "$.stages";

    /// <summary>The names of the other links of the weakest-link analysis and of the deals output: not stage ids.</summary>
    public static readonly string[] ReservedIds = ["market", "delivery", "deals"];

    public static void Check(RuleContext ctx)
    {
        if (ctx.Stages.Count == 0) ctx.Error(Stages, "no stage", "the chain needs at least one stage");
        ctx.UniqueIds(Stages, ctx.Stages.Select(k => k?.Id).ToList(), "stage");
        ctx.Each(Stages, ctx.Stages, (stage, path) => CheckStage(ctx, stage, path, first: path == Index(Stages, 0)));
    }

    private static void CheckStage(RuleContext ctx, Stage k, string path, bool first)
    {
        if (k.Id is { } id && ReservedIds.Contains(id))
        {
            ctx.Error(Child(path, "id"), Quote(id), "a stage cannot be called market, delivery or deals: those names are the other links of the chain");
        }
        CheckPerformers(ctx, k, path);
        DistributionRules.Check(ctx, Child(path, "hoursPerUnit"), k.HoursPerUnit, InputRange.NonNegative);
        ctx.NonNegative(Child(path, "costPerUnit"), k.CostPerUnit);
        DistributionRules.CheckRequired(ctx, path, "conversion", k.Conversion, InputRange.Probability);
        var abandon = Child(path, "abandonPerMonth");
        if (ctx.Probability(abandon, k.AbandonPerMonth) && first && k.AbandonPerMonth > 0)
        {
            ctx.Error(abandon, Number(k.AbandonPerMonth!.Value), "stage 1 has no queue, so no abandonPerMonth (leave it out)");
        }
        ctx.Pmf(Child(path, "delayMonths"), k.DelayMonths);
    }

    private static void CheckPerformers(RuleContext ctx, Stage k, string path)
    {
        var byPath = Child(path, "performedBy");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var performers = k.PerformedBy ?? [];
        for (var j = 0; j < performers.Count; j++)
        {
            var entry = Index(byPath, j);
            if (!ctx.Reference(entry, performers[j], ctx.RoleIds, "performedBy", "role")) continue;
            if (!seen.Add(performers[j])) ctx.Error(entry, Quote(performers[j]), "performedBy names each role once");
        }
        if (k.HoursPerUnit?.Mean > 0 && performers.Count == 0)
        {
            ctx.Error(k.PerformedBy is null ? path : byPath, "no performer",
                $"a stage with hoursPerUnit above 0 (mean {Number(k.HoursPerUnit.Mean)}) needs a role in performedBy", byPath);
        }
    }
}
