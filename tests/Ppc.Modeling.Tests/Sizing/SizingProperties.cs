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

    /// <summary>Generated scenarios of up to 6 months with one objective: 20% more deals than their own plan brings.</summary>
    private static Arbitrary<GeneratedScenario> Scenarios() => ScenarioGenerator.Scenarios(new GeneratorOptions())
        .Where(s => (int)s.Json["horizonMonths"]! <= 6)
        .Select(s => s.With(json =>
        {
            var deals = s.Evaluate().Totals.Deals;
            json["objectives"] = new JsonArray(ScenarioBuilder.ToNode(new { metric = "deals", atLeast = Math.Round(deals * 1.2 + 0.5, 2) }));
        }))
        .ToArbitrary();

    [Property(MaxTest = Cases)]
    public Property The_written_back_plan_evaluates_to_the_reported_figures() => Prop.ForAll(Scenarios(), s =>
    {
        var result = SizingAssert.Size(s.Validate());

        SizingAssert.ReportsItsEvaluation(result);
        var meets = result.Objectives.All(o => o.Met) && result.LimitShortfalls.Count == 0;
        Assert.Equal(meets, result.Status != SizingStatus.Infeasible);
        Assert.True(double.IsFinite(result.Bound));
        if (result.Status == SizingStatus.Optimal) Assert.True(result.Cost <= result.Bound + 1e-4 * Math.Max(1, Math.Abs(result.Bound)) * 1.01);
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
