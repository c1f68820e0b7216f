using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>Sizing calls with a time limit, and the checks every answer must pass.</summary>
internal static class SizingAssert
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static SizingResult Size(ValidatedScenario scenario, SizingOptions? options = null) =>
        Sizer.Size(scenario, (options ?? new SizingOptions()) with { TimeLimit = Limit }, TestContext.Current.CancellationToken);

    /// <summary>The answer is the evaluation: the written-back plan evaluates to every reported figure.</summary>
    public static void ReportsItsEvaluation(SizingResult result)
    {
        var again = Evaluator.Evaluate(result.Scenario);
        Assert.Equal(again.Totals.Costs, result.Cost, 6);
        foreach (var o in result.Objectives)
        {
            var dir = o.Objective.AtLeast is not null ? 1 : -1;
            var achieved = SizingModelTests.Metric(again, o.Objective.Metric, o.ByMonth);
            Assert.Equal(achieved, o.Achieved, 6);
            Assert.Equal(Math.Max(0, dir * (o.Target - achieved)), o.Shortfall, 6);
        }
        foreach (var (role, hires) in result.Plan.Hires)
        {
            var written = result.Scenario.Scenario.Roles.Single(r => r.Id == role).Hires ?? [];
            for (var t = 1; t <= hires.Count; t++) Assert.Equal(hires[t - 1], written.Where(h => h.Month == t).Sum(h => h.Count));
        }
        foreach (var (role, fte) in result.Plan.Headcount)
        {
            for (var t = 1; t <= fte.Count; t++) Assert.Equal(again.Month(t).Role(role).Fte, fte[t - 1], 9);
        }
    }
}
