using static Ppc.Modeling.Scenarios.Json.JsonReadContext;
using static Ppc.Modeling.Scenarios.Validation.MessageText;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// Rules on partner networks: unique ids, counts, rates and costs in range, recruits within the
/// horizon, count within maxCount, and segment shares that name segments and, for an active
/// network (a count or recruits), sum to 1.
/// </summary>
internal static class PartnerRules
{
    private const string Partners = "$.partners";

    public static void Check(RuleContext ctx)
    {
        var partners = ctx.Scenario.Partners;
        if (partners is null) return;
        ctx.UniqueIds(Partners, partners.Select(p => p?.Id).ToList(), "partner");
        ctx.Each(Partners, partners, (partner, path) => CheckPartner(ctx, partner, path));
    }

    private static void CheckPartner(RuleContext ctx, Partner p, string path)
    {
        var count = Child(path, "count");
        var countValid = ctx.NonNegative(count, p.Count);
        DistributionRules.CheckRequired(ctx, path, "dealsPerPartnerPerMonth", p.DealsPerPartnerPerMonth, InputRange.NonNegative);
        ctx.Probability(Child(path, "commissionRate"), p.CommissionRate);
        ctx.NonNegative(Child(path, "recruitmentCost"), p.RecruitmentCost);
        ctx.NonNegative(Child(path, "rampMonths"), p.RampMonths);
        ctx.Probability(Child(path, "attritionPerMonth"), p.AttritionPerMonth);
        var maxValid = ctx.NonNegative(Child(path, "maxCount"), p.MaxCount);
        ctx.Cohorts(Child(path, "recruits"), p.Recruits);
        if (countValid && maxValid && p.Count > p.MaxCount)
        {
            ctx.Error(count, Number(p.Count!.Value), $"count must be at most maxCount ({Number(p.MaxCount!.Value)})");
        }
        CheckSegmentShares(ctx, p, Child(path, "segmentShares"));
    }

    private static void CheckSegmentShares(RuleContext ctx, Partner p, string path)
    {
        var valid = true;
        ctx.EachEntry(path, p.SegmentShares, (segment, share, at) =>
            valid &= ctx.Reference(at, segment, ctx.SegmentIds, "segmentShares keys", "segment") & ctx.Probability(at, share, "a share"));
        var active = p.Count > 0 || p.Recruits is { Count: > 0 };
        if (!active) return;
        if (p.SegmentShares is not { } shares)
        {
            ctx.Error(path, "no segmentShares", "a partner with a count or recruits needs segmentShares (segment id → share) summing to 1");
        }
        else if (valid)
        {
            ctx.SumsToOne(path, shares.Select(s => s.Value), "a partner's segmentShares", "", path);
        }
    }
}
