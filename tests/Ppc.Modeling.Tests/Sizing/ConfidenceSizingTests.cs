using System.Text.Json.Nodes;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Simulation;
using Ppc.Modeling.Sizing;
using Ppc.Modeling.Sizing.Uncertainty;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>Sizing under uncertainty (MODEL.md §5): the smallest margin, found by bisection, whose plan meets every objective with the requested probability.</summary>
public sealed class ConfidenceSizingTests
{
    private static readonly SizingOptions Options = new() { TimeLimit = TimeSpan.FromSeconds(20) };

    /// <summary>The conformance tiny case with an uncertain call conversion, so a plan sized on expected values meets its target only about half the time.</summary>
    private static ValidatedScenario Uncertain()
    {
        var json = JsonNode.Parse(File.ReadAllText(TestFiles.Conformance("size", "tiny-sdr-ae.json")))!;
        json["stages"]![0]!["conversion"] = JsonNode.Parse("""{ "beta": { "mean": 0.06, "concentration": 300 } }""");
        return ScenarioJson.Parse(json.ToJsonString()).GetValueOrThrow();
    }

    private static double Probability(ValidatedScenario plan, ConfidenceRequest request) =>
        Forecaster.Forecast(CompiledScenario.Compile(plan), new ForecastOptions { Trials = request.Trials, Seed = request.Seed }, null,
            TestContext.Current.CancellationToken).AllObjectivesProbability;

    [Fact]
    public void Finds_the_smallest_margin_whose_plan_reaches_the_confidence()
    {
        var scenario = Uncertain();
        var request = new ConfidenceRequest { Confidence = 0.8, Trials = 2000, Seed = 3 };

        var result = ConfidenceSizer.Size(scenario, Options, request, TestContext.Current.CancellationToken);

        var u = Assert.IsType<ConfidenceOutcome>(result.Uncertainty);
        Assert.Equal(SizingStatus.Feasible, result.Status);
        Assert.InRange(u.Margin, ConfidenceSizer.MarginTolerance, 1);
        Assert.True(u.Probability >= 0.8, $"p̂ = {u.Probability}");
        Assert.Equal(Math.Sqrt(u.Probability * (1 - u.Probability) / 2000), u.StandardError, 12);
        // The written-back plan, forecast again with the same seed and trials, gives the same p̂ (common random numbers).
        Assert.Equal(u.Probability, Probability(result.Scenario, request));
        // The output reports the original target, not the raised one.
        Assert.Equal(50, Assert.Single(result.Objectives).Target);
        // One bisection step below the margin, the plan misses the confidence.
        var atZero = Sizer.Size(scenario, Options, TestContext.Current.CancellationToken);
        var scale = atZero.Objectives.Select(o => Math.Max(1, Math.Abs(o.Achieved))).ToArray();
        var below = Sizer.Size(ConfidenceSizer.Raised(scenario, scenario.Scenario.Objectives!, scale, u.Margin - ConfidenceSizer.MarginTolerance),
            Options, TestContext.Current.CancellationToken);
        var judged = ScenarioValidator.Validate(below.Scenario.Scenario with { Objectives = scenario.Scenario.Objectives }).GetValueOrThrow();
        Assert.True(Probability(judged, request) < 0.8);
    }

    [Fact]
    public void A_plan_sized_on_expected_values_reaches_about_half_and_needs_a_margin()
    {
        var scenario = Uncertain();
        var atZero = Sizer.Size(scenario, Options, TestContext.Current.CancellationToken);

        var p = Probability(atZero.Scenario, new ConfidenceRequest { Confidence = 0.5, Trials = 2000, Seed = 3 });

        Assert.InRange(p, 0.2, 0.8);
    }

    [Fact]
    public void A_confidence_outside_0_1_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceSizer.Size(Uncertain(), Options,
            new ConfidenceRequest { Confidence = 1 }, TestContext.Current.CancellationToken));
    }
}
