using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Ppc.Modeling.Collections;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing;

namespace Ppc.Modeling.Benchmarks;

/// <summary>
/// Make or buy (`ppc size --compare-channels`) on the call-centre sample: four whole sizings (staff,
/// external, partners, all), one after the other or side by side, with the solver's native library
/// already loaded. Each run is deterministic, so both thread counts give the same answers.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ChannelComparisonBenchmarks
{
    private ValidatedScenario _scenario = null!;

    /// <summary>Runs solved at once.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioJson.Load(Path.Combine(AppContext.BaseDirectory, "Samples", "it-services-callcenter.json")).GetValueOrThrow();
        SizingBenchmarks.LoadNativeSolver();
    }

    [Benchmark]
    public ValueArray<ChannelOutcome> Compare() =>
        ChannelComparison.Compare(_scenario, new SizingOptions { TimeLimit = TimeSpan.FromSeconds(30), MaxDegreeOfParallelism = Threads }, CancellationToken.None);
}
