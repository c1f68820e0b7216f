using System.Text.Json;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>The conformance size cases: objectives met when evaluated, cost within 2% of the enumerated plan, bound not above it.</summary>
public sealed class SizingConformanceTests
{
    public static TheoryData<string> Cases => new(TestFiles.ConformanceCases("size"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_Meet_The_Objectives_At_The_Enumerated_Cost(string name)
    {
        var scenario = ScenarioJson.Load(TestFiles.Conformance("size", name + ".json")).GetValueOrThrow();
        using var expected = JsonDocument.Parse(File.ReadAllText(TestFiles.Conformance("size", name + ".expected.json")));
        var cheapest = expected.RootElement.GetProperty("cheapestPlanByEnumeration").GetProperty("cost").GetDouble();

        var result = Sizer.Size(scenario, new SizingOptions { TimeLimit = TimeSpan.FromSeconds(30) }, TestContext.Current.CancellationToken);

        Assert.All(result.Objectives, o => Assert.True(o.Met, $"{o.Objective.Metric}: {o.Achieved} against {o.Target}"));
        Assert.True(result.Cost <= cheapest * 1.02, $"cost {result.Cost} against the enumerated {cheapest}");
        Assert.True(result.Bound <= cheapest + 1e-6 * cheapest, $"bound {result.Bound} above the enumerated {cheapest}");
        Assert.Equal(result.Cost, Evaluator.Evaluate(result.Scenario).Totals.Costs, 6);
        Assert.NotEqual(SizingStatus.Infeasible, result.Status);
    }
}
