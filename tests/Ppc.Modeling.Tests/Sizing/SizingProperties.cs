using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ppc.Modeling.Sizing;
using Ppc.Modeling.Tests.Evaluation;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>Properties of sizing over generated scenarios (at most 6 months), a bounded number of cases, each solve time-limited.</summary>
public sealed class SizingProperties
{
    private const int Cases = 12;

    /// <summary>
    /// Generated scenarios of up to 6 months with one to three objectives around what their own plan
    /// brings (more deals, revenue or clients; at most so much cost), random priorities, sometimes a cash
    /// floor, and a criterion.
    /// </summary>
    private static Arbitrary<GeneratedScenario> Scenarios() => (
        from s in ScenarioGenerator.Scenarios(new GeneratorOptions()).Where(s => (int)s.Json["horizonMonths"]! <= 6)
        from kinds in Gen.ArrayOf(Gen.Choose(0, 3), 3)
        from count in Gen.Choose(1, 3)
        from factors in Gen.ArrayOf(Gen.Choose(8, 15), 3)
        from priorities in Gen.ArrayOf(Gen.Choose(1, 2), 3)
        from floor in Gen.Frequency((2, Gen.Constant<double?>(null)), (1, Gen.Choose(-2, 2).Select(x => (double?)(x * 10_000))))
        from criterion in Gen.Elements("minimizeCost", "maximizeContribution", "maximize:revenue")
        select s.With(json =>
        {
            var own = s.Evaluate().Totals;
            var objectives = new JsonArray();
            for (var i = 0; i < count; i++)
            {
                var f = factors[i] / 10.0;
                objectives.Add(kinds[i] switch
                {
                    0 => ScenarioBuilder.ToNode(new { metric = "deals", atLeast = Math.Round(own.Deals * f, 2), priority = priorities[i] }),
                    1 => ScenarioBuilder.ToNode(new { metric = "revenue", atLeast = Math.Round(own.Revenue * f), priority = priorities[i] }),
                    2 => ScenarioBuilder.ToNode(new { metric = "clients", atLeast = Math.Round(own.Clients * f, 2), priority = priorities[i] }),
                    _ => ScenarioBuilder.ToNode(new { metric = "costs", atMost = Math.Round(own.Costs * f), priority = priorities[i] }),
                });
            }
            json["objectives"] = objectives;
            if (floor is { } minimumCash) json["finance"]!["minimumCash"] = minimumCash;
            json["options"] = ScenarioBuilder.ToNode(new { size = new { criterion, budget = Math.Round(own.Costs * 1.3) + 1 } });
        })).ToArbitrary();

    [Property(MaxTest = Cases)]
    public Property The_written_back_plan_evaluates_to_the_reported_figures() => Prop.ForAll(Scenarios(), s =>
    {
        var result = SizingAssert.Size(s.Validate());

        SizingAssert.ReportsItsEvaluation(result);
        var meets = result.Objectives.All(o => o.Met) && result.LimitShortfalls.Count == 0;
        Assert.Equal(meets, result.Status != SizingStatus.Infeasible);
        Assert.True(double.IsFinite(result.Bound));
        if (result.Status == SizingStatus.Optimal)
        {
            var gap = result.Criterion.IsMinimized ? result.CriterionValue - result.Bound : result.Bound - result.CriterionValue;
            Assert.True(gap <= 1e-4 * Math.Max(1, Math.Abs(result.Bound)) * 1.01, $"optimal with value {result.CriterionValue} against the bound {result.Bound}");
        }
    });

    [Property(MaxTest = Cases)]
    public Property The_size_document_is_finite_json() => Prop.ForAll(Scenarios(), s =>
    {
        var json = SizingJson.Write(SizingAssert.Size(s.Validate()));

        var doc = JsonNode.Parse(json)!;
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        Assert.NotNull(doc["evaluation"]!["totals"]);
    });
}
