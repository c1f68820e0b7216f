using static Ppc.Modeling.Scenarios.Json.JsonReadContext;
using static Ppc.Modeling.Scenarios.Validation.MessageText;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// Rules on the target clientele: at least one segment, unique ids, accounts and existing clients,
/// prospecting shares that sum to 1, deal value and margin rate, recontact, and the per-stage overrides.
/// </summary>
internal static class SegmentRules
{
    private const string Segments = "$.segments";

    public static void Check(RuleContext ctx)
    {
        if (ctx.Segments.Count == 0) ctx.Error(Segments, "no segment", "a scenario needs at least one segment to prospect");
        ctx.UniqueIds(Segments, ctx.Segments.Select(s => s?.Id).ToList(), "segment");
        ctx.Each(Segments, ctx.Segments, (segment, path) => CheckSegment(ctx, segment, path));
        CheckShares(ctx);
    }

    private static void CheckSegment(RuleContext ctx, Segment s, string path)
    {
        var accountsValid = ctx.AtLeast(Child(path, "accounts"), s.Accounts, 1);
        var existing = Child(path, "existingClients");
        if (ctx.NonNegative(existing, s.ExistingClients) && accountsValid && s.ExistingClients > s.Accounts)
        {
            ctx.Error(existing, Number(s.ExistingClients!.Value), $"existingClients must be at most accounts ({Number(s.Accounts)})", Child(path, "accounts"));
        }
        ctx.Probability(Child(path, "prospectingShare"), s.ProspectingShare);
        ctx.Whole(Child(path, "recontactAfterMonths"), s.RecontactAfterMonths, 1);
        DistributionRules.CheckRequired(ctx, path, "dealValue", s.DealValue, InputRange.NonNegative);
        DistributionRules.CheckRequired(ctx, path, "marginRate", s.MarginRate, InputRange.Probability);
        ctx.EachEntry(Child(path, "overrides"), s.Overrides, (stage, o, p) =>
        {
            if (!ctx.Reference(p, stage, ctx.StageIds, "overrides keys", "stage")) return;
            DistributionRules.Check(ctx, Child(p, "conversion"), o.Conversion, InputRange.Probability);
            ctx.Pmf(Child(p, "delayMonths"), o.DelayMonths);
        });
    }

    /// <summary>
    /// The shares sum to 1 (error on <c>$.segments</c>, so a set of zero shares is caught too); a lone
    /// segment may omit its share (it is then 1), but with several segments each must give one.
    /// </summary>
    private static void CheckShares(RuleContext ctx)
    {
        var segments = ctx.Segments.Where(s => s is not null).ToList();
        if (segments.Count == 0) return;
        if (segments.Count > 1)
        {
            var complete = true;
            ctx.Each(Segments, ctx.Segments, (s, path) =>
            {
                if (s.ProspectingShare is not null) return;
                complete = false;
                ctx.Error(path, "no prospectingShare", "with several segments, every segment gives its prospectingShare", Child(path, "prospectingShare"));
            });
            if (!complete) return;
        }
        var sharePaths = Enumerable.Range(0, ctx.Segments.Count).Select(i => Child(Index(Segments, i), "prospectingShare")).ToArray();
        ctx.SumsToOne(Segments, segments.Select(s => s.ProspectingShare ?? 1), "the segments' prospectingShare",
            segments.All(s => s.ProspectingShare == 0) ? " (no segment is prospected)" : "", sharePaths);
    }
}
