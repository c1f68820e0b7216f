using BenchmarkDotNet.Attributes;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Simulation;
using Ppc.Modeling.Simulation.Random;

namespace Ppc.Modeling.Benchmarks;

/// <summary>
/// Monte Carlo forecasts of 10,000 trials on each sample, on one thread and on every core,
/// statistics included. The baseline makes only the random draws a trial needs (binomial
/// conversions and multinomial delays of the expected flows, a value per expected deal, a whole
/// capacity per stage and month, attrition per role and month), so the gap shows what the month
/// step and the statistics cost on top of the draws.
/// </summary>
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private const int Trials = 10_000;
    private CompiledScenario _model = null!;
    private (long N, double P)[] _binomials = [];
    private double[][] _multinomials = [];
    private long[] _multinomialN = [];
    private int _deals;
    private Ppc.Modeling.Distributions.Distribution _dealValue = null!;

    /// <summary>The sample file in samples/scenarios.</summary>
    [Params("it-services.json", "it-services-callcenter.json", "industrial-equipment.json")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var scenario = ScenarioJson.Load(Path.Combine(AppContext.BaseDirectory, "Samples", Sample)).GetValueOrThrow();
        _model = CompiledScenario.Compile(scenario);
        var evaluation = Evaluator.Evaluate(_model);
        var binomials = new List<(long, double)>();
        var multinomials = new List<double[]>();
        var multinomialN = new List<long>();
        foreach (var month in evaluation.Months)
        {
            for (var k = 0; k < _model.StageIds.Count; k++)
            {
                var served = (long)Math.Round(month.Stage(k).Served);
                var stage = scenario.Scenario.Stages[k];
                var p = stage.Conversion.Mean;
                binomials.Add((served, p));
                multinomials.Add(stage.DelayMonths?.ToArray() ?? [1.0]);
                multinomialN.Add((long)Math.Round(served * p));
            }
            foreach (var role in scenario.Scenario.Roles) binomials.Add(((long)Math.Round(role.Headcount ?? 0), role.AttritionPerMonth?.Mean ?? 0));
        }
        _binomials = [.. binomials];
        _multinomials = [.. multinomials];
        _multinomialN = [.. multinomialN];
        _deals = (int)Math.Round(evaluation.Totals.Deals);
        _dealValue = scenario.Scenario.Segments[0].DealValue;
    }

    [Benchmark(Baseline = true)]
    public double DrawsOnly()
    {
        double sink = 0;
        Span<long> counts = stackalloc long[16];
        var value = DistributionSampler.Prepare(_dealValue);
        for (var trial = 0; trial < Trials; trial++)
        {
            var rng = Xoshiro256StarStar.ForTrial(1, trial);
            foreach (var (n, p) in _binomials) sink += rng.Binomial(n, p);
            for (var i = 0; i < _multinomials.Length; i++) rng.Multinomial(_multinomialN[i], _multinomials[i], counts[.._multinomials[i].Length]);
            for (var i = 0; i < _binomials.Length; i++) sink += rng.RoundStochastic(i + 0.5);
            for (var d = 0; d < _deals; d++) sink += value.Sample(ref rng);
        }
        return sink;
    }

    [Benchmark]
    public double OneThread() => Forecaster.Forecast(_model, new ForecastOptions { Trials = Trials, MaxDegreeOfParallelism = 1 }).Cumulative(_model.HorizonMonths, ForecastMetric.Deals).Mean;

    /// <summary>Issue 5's target: 100,000 trials on every core, statistics included.</summary>
    [Benchmark]
    public double AllCores100k() => Forecaster.Forecast(_model, new ForecastOptions { Trials = 100_000 }).Cumulative(_model.HorizonMonths, ForecastMetric.Deals).Mean;

    [Benchmark]
    public double AllCores() => Forecaster.Forecast(_model, new ForecastOptions { Trials = Trials }).Cumulative(_model.HorizonMonths, ForecastMetric.Deals).Mean;

    /// <summary>
    /// Cancellation latency: a 100,000-trial run cancelled when its first block reports; the time
    /// is what a caller waits between cancelling and getting control back (at most one block per thread),
    /// plus allocating the run's store (62 MB for 100,000 trials of 12 months).
    /// </summary>
    [Benchmark]
    public bool CancelAfterFirstBlock()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelOnReport(cancellation);
        try
        {
            Forecaster.ForecastRange(_model, new ForecastOptions { Trials = 100_000 }, progress, cancellation.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private sealed class CancelOnReport(CancellationTokenSource cancellation) : IProgress<ForecastProgress>
    {
        public void Report(ForecastProgress value) => cancellation.Cancel();
    }

    [Benchmark]
    public double TrialsOnlyAllCores() => Forecaster.ForecastRange(_model, new ForecastOptions { Trials = Trials }).Trials;
}
