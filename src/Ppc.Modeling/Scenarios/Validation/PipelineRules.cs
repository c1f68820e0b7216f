using static Ppc.Modeling.Scenarios.Json.JsonReadContext;
using static Ppc.Modeling.Scenarios.Validation.MessageText;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// Rules on the initial pipeline: keys name segments, then stages after stage 1 (which has no
/// queue), and every queue and direct deal is a finite, non-negative number.
/// </summary>
internal static class PipelineRules
{
    public static void Check(RuleContext ctx)
    {
        var firstStage = ctx.Stages.Count > 0 ? ctx.Stages[0]?.Id : null;
        ctx.EachEntry("$.initialPipeline", ctx.Scenario.InitialPipeline, (segment, entry, path) =>
        {
            if (!ctx.Reference(path, segment, ctx.SegmentIds, "initialPipeline keys", "segment") || entry is null) return;
            ctx.EachEntry(path, entry.Stages, (stage, units, p) =>
            {
                var subject = $"the queue of {stage}";
                if (!ctx.Reference(p, stage, ctx.StageIds, "initialPipeline keys other than deals", "stage")) return;
                if (ctx.NonNegative(p, units, subject) && stage == firstStage && units != 0)
                {
                    ctx.Error(p, Number(units), $"stage 1 ({stage}) has no queue: the initial pipeline starts at stage 2");
                }
            });
            var deals = Child(path, "deals");
            if (entry.Deals is { } values)
            {
                for (var i = 0; i < values.Count; i++) ctx.NonNegative(Index(deals, i), values[i]);
            }
        });
    }
}
