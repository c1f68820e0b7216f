using Ppc.Modeling.Collections;
using static Ppc.Modeling.Scenarios.Json.JsonReadContext;
using static Ppc.Modeling.Scenarios.Validation.MessageText;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// Rules on how roles split their hours among stages: <c>allocation[r]</c> names a role and only
/// stages it performs, with shares in [0, 1] (one number, or exactly T per-month numbers) that sum
/// to 1 in every month; and the warning for balanced shares on a stage several roles with hours share.
/// </summary>
internal static class AllocationRules
{
    private const string Allocation = "$.allocation";

    public static void Check(RuleContext ctx)
    {
        ctx.EachEntry(Allocation, ctx.Scenario.Allocation, (role, shares, path) =>
        {
            if (!ctx.Reference(path, role, ctx.RoleIds, "allocation keys", "role") || shares is null) return;
            if (CheckShares(ctx, role, shares, path)) CheckMonthlySums(ctx, role, shares, path);
        });
        WarnBalancedShares(ctx);
    }

    /// <summary>What "the stages r performs" was read from: every stage's id and performedBy.</summary>
    private static string[] PerformerPaths(RuleContext ctx) =>
        [.. ctx.StageIds.Paths, .. Enumerable.Range(0, ctx.Stages.Count).Select(k => Child(Index("$.stages", k), "performedBy"))];

    private static IEnumerable<string> StagesPerformedBy(RuleContext ctx, string role) =>
        ctx.Stages.Where(k => k?.PerformedBy?.Contains(role) == true).Select(k => k.Id);

    /// <summary>Checks each share; true when every share is readable for every month (the sums can be checked).</summary>
    private static bool CheckShares(RuleContext ctx, string role, ValueMap<AllocationShare> shares, string path)
    {
        var performed = StagesPerformedBy(ctx, role).ToHashSet(StringComparer.Ordinal);
        var complete = true;
        ctx.EachEntry(path, shares, (stage, share, p) =>
        {
            if (!performed.Contains(stage))
            {
                ctx.Error(p, Quote(stage), $"allocation.{role} names only stages that {role} performs ({List(performed)})", PerformerPaths(ctx));
            }
            if (share?.ByMonth is { } byMonth)
            {
                complete &= ctx.HasHorizonLength(p, byMonth, $"the shares of {role}'s hours on {stage}");
                for (var t = 0; t < byMonth.Count; t++) ctx.Probability(Index(p, t), byMonth[t], "each share");
            }
            else if (share?.Constant is { } constant)
            {
                ctx.Probability(p, constant, "a share");
            }
            else
            {
                complete = false;
            }
        });
        return complete && (ctx.Horizon is not null || shares.All(s => s.Value.Constant is not null));
    }

    private static void CheckMonthlySums(RuleContext ctx, string role, ValueMap<AllocationShare> shares, string path)
    {
        var months = shares.All(s => s.Value.Constant is not null) ? 1 : ctx.Horizon ?? 0;
        for (var t = 1; t <= months; t++)
        {
            var month = t;
            var where = months == 1 ? "" : $" in month {month}";
            if (!ctx.SumsToOne(path, shares.Select(s => s.Value.At(month)), $"the shares of {role}'s hours in every month", where, path)) return;
        }
    }

    /// <summary>Balanced shares treat each role as if it were alone: worth a warning where roles with hours share a stage.</summary>
    private static void WarnBalancedShares(RuleContext ctx)
    {
        var withHours = ctx.Roles.Where(r => r is not null && RoleRules.HasHours(r)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var allocated = ctx.Scenario.Allocation;
        ctx.Each("$.stages", ctx.Stages, (stage, path) =>
        {
            var performers = (stage.PerformedBy ?? []).Where(withHours.Contains).Distinct().ToList();
            var balanced = performers.Where(r => allocated?.ContainsKey(r) != true).ToList();
            if (performers.Count < 2 || balanced.Count == 0) return;
            ctx.Warning(Child(path, "performedBy"),
                $"{List(performers)} share this stage and {List(balanced)} {(balanced.Count == 1 ? "has" : "have")} balanced shares (no allocation)",
                "balanced shares treat each role as if it were alone on its stages; give an allocation for these roles or let sizing choose it");
        });
    }
}
