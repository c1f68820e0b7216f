using System.Diagnostics;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing;
using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Model;
using Ppc.Modeling.Sizing.Solver;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>The §5 programme against the §2 evaluator: with the decisions pinned to a scenario's own plan, every total is §2's.</summary>
public sealed class SizingModelTests
{
    private static readonly SolveSettings Mip = new() { TimeLimit = TimeSpan.FromSeconds(20) };

    public static TheoryData<string> SingleSegmentCases => new()
    {
        "conv0", "delivery_binding", "h120", "abandon_all", "delay_long", "partner_recruits", "paydelay_long", "no_delivery_cap",
        "callcenter_hours_by_month", "allocation_monthly", "small_pool_recontact", "recontact300", "no_seasonality_T24",
        "model-example", "e0_stage1", "e0_appointments", "two_partners_small_pool",
    };

    [Theory]
    [MemberData(nameof(SingleSegmentCases))]
    public void Should_Reproduce_The_Evaluator_When_The_Plan_Is_Pinned(string name)
    {
        // Splits among segments are relaxed, so only a single segment pins every flow: keep the first.
        var scenario = SingleSegment.Of(File.ReadAllText(TestFiles.Conformance("evaluate", name + ".json")));
        var compiled = CompiledScenario.Compile(scenario);
        var model = SizingModelBuilder.Build(compiled, SizingChannels.All);
        PlanPinning.Pin(model);
        model.Program.SetObjective(model.Metric(ObjectiveMetric.Costs, model.T), minimize: true);

        var outcome = OrToolsAdapter.Solve(model.Program, Mip, TestContext.Current.CancellationToken);
        var evaluation = Evaluator.Evaluate(compiled);

        Assert.True(outcome.HasSolution, $"{name}: {outcome.Status}");
        foreach (var metric in Enum.GetValues<ObjectiveMetric>())
        {
            for (var t = 1; t <= model.T; t++)
            {
                var expected = Metric(evaluation, metric, t);
                var actual = model.Metric(metric, t).Evaluate(outcome.Values);
                Assert.True(Math.Abs(expected - actual) <= 1e-5 * Math.Max(1, Math.Abs(expected)),
                    $"{name}: {metric} by month {t}: §2 {expected}, model {actual}");
            }
        }
    }

    public static TheoryData<string> EvaluatedPlans => new(
        TestFiles.ConformanceCases("evaluate").Select(name => TestFiles.Conformance("evaluate", name + ".json"))
            .Concat(new[] { "it-services.json", "it-services-callcenter.json", "industrial-equipment.json" }.Select(TestFiles.Sample)));

    [Theory]
    [MemberData(nameof(EvaluatedPlans))]
    public void Should_Bound_Every_Stage_Above_What_The_Evaluator_Serves_And_Queues(string path)
    {
        // The per-month bounds are the big-M of the minima: a bound below a §2 trajectory would cut
        // plans the evaluator allows. Each scenario's own plan (every segment) stays within them.
        if (!ScenarioJson.Load(path).TryGetValue(out var scenario)) return;
        var compiled = CompiledScenario.Compile(scenario);
        var bounds = ModelBounds.For(compiled, SizingChannels.All);
        var flows = FlowBounds.For(compiled, bounds);
        var data = Evaluator.Evaluate(compiled).Data;
        int T = compiled.T, K = compiled.K;
        for (var k = 0; k < K; k++)
        {
            for (var t = 0; t < T; t++)
            {
                var at = k * EvaluationSeries.StageCount * T + t;
                var served = data.Stages[at + EvaluationSeries.StageServed * T];
                var queue = k == 0 ? 0 : data.Stages[at + EvaluationSeries.StageQueue * T];
                var bound = flows.Demand[k * T + t];
                Assert.True(served + queue <= bound * (1 + 1e-9) + 1e-9,
                    $"{Path.GetFileName(path)}: stage {compiled.StageIds[k]}, month {t + 1}: §2 {served} served + {queue} queued, bound {bound}");
                var capacity = bounds.CapacityMin[k * T + t];
                Assert.True(served >= Math.Min(served + queue, capacity) * (1 - 1e-9) - 1e-9,
                    $"{Path.GetFileName(path)}: stage {compiled.StageIds[k]}, month {t + 1}: §2 serves {served}, below the least capacity {capacity}");
            }
        }
    }

    internal static double Metric(EvaluationResult e, ObjectiveMetric metric, int byMonth)
    {
        var months = e.Months.Take(byMonth).ToList();
        var last = months[^1];
        return metric switch
        {
            ObjectiveMetric.Revenue => months.Sum(m => m.Revenue),
            ObjectiveMetric.Bookings => months.Sum(m => m.Bookings),
            ObjectiveMetric.Deals => months.Sum(m => m.Deals),
            ObjectiveMetric.Margin => months.Sum(m => m.Margin),
            ObjectiveMetric.Contribution => months.Sum(m => m.Contribution),
            ObjectiveMetric.Costs => months.Sum(m => m.Costs),
            ObjectiveMetric.Clients => last.Clients,
            ObjectiveMetric.Cash => last.Cash,
            _ => (e.Model.Source.Scenario.Segments.Sum(s => s.ExistingClients ?? 0) + last.Clients) / e.Model.Source.Scenario.Segments.Sum(s => s.Accounts),
        };
    }

    [Fact]
    public void Should_Solve_It_Services_Cheapest_Plan_Quickly()
    {
        var scenario = ScenarioJson.Load(TestFiles.Sample("it-services.json")).GetValueOrThrow();
        var compiled = CompiledScenario.Compile(scenario);
        var clock = Stopwatch.StartNew();
        var model = SizingModelBuilder.Build(compiled, SizingChannels.All);
        var built = clock.Elapsed;
        model.Program.AddAtLeast(model.Metric(ObjectiveMetric.Revenue, 12), 900_000, "objective");
        model.Program.SetObjective(model.Metric(ObjectiveMetric.Costs, model.T), minimize: true);

        var outcome = OrToolsAdapter.Solve(model.Program, Mip, TestContext.Current.CancellationToken);
        var again = OrToolsAdapter.Solve(model.Program, Mip, TestContext.Current.CancellationToken);

        var p = model.Program;
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "ppc-sizing-probe.txt"),
            $"vars {p.VariableCount} ints {p.IntegerCount} bins {p.BinaryCount} rows {p.RowCount} build {built.TotalMilliseconds} ms solve {outcome.WallTime.TotalMilliseconds} ms again {again.WallTime.TotalMilliseconds} ms status {outcome.Status} obj {outcome.Objective} bound {outcome.BestBound}\n");
        Assert.True(outcome.HasSolution, outcome.Status.ToString());
    }
}
