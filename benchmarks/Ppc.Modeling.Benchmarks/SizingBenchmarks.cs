using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing;

namespace Ppc.Modeling.Benchmarks;

/// <summary>
/// One whole sizing (every level, the tightening rounds, the shadow prices) on each sample and on a
/// 24-month, 3-segment, 4-role case, end to end from the validated scenario, with the solver's native
/// library already loaded. A sizing takes seconds, so each case runs twice, without warm-up; the model's
/// size and each run's status, gap and solves are printed in the log ("// sizing:" lines).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
[MemoryDiagnoser]
public class SizingBenchmarks
{
    private ValidatedScenario _scenario = null!;

    /// <summary>The scenario: a sample in samples/scenarios, or the 24-month benchmark case.</summary>
    [Params("it-services.json", "it-services-callcenter.json", "industrial-equipment.json", "sizing-24-months.json")]
    public string Case { get; set; } = "";

    /// <summary>The time limit of one sizing, in seconds.</summary>
    [Params(30)]
    public int TimeLimitSeconds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Case.StartsWith("sizing-", StringComparison.Ordinal) ? "Scenarios" : "Samples";
        _scenario = ScenarioJson.Load(Path.Combine(AppContext.BaseDirectory, folder, Case)).GetValueOrThrow();
        LoadNativeSolver();
    }

    /// <summary>Loads OR-Tools' native solver with one sizing of the conformance case, outside the measured calls.</summary>
    internal static void LoadNativeSolver()
    {
        var tiny = ScenarioJson.Load(Path.Combine(AppContext.BaseDirectory, "Scenarios", "tiny-sdr-ae.json")).GetValueOrThrow();
        Sizer.Size(tiny, new SizingOptions { TimeLimit = TimeSpan.FromSeconds(10) }, CancellationToken.None);
    }

    [Benchmark]
    public SizingResult Size()
    {
        var result = Sizer.Size(_scenario, new SizingOptions { TimeLimit = TimeSpan.FromSeconds(TimeLimitSeconds) }, CancellationToken.None);
        var s = result.Statistics;
        var gap = Math.Abs(result.CriterionValue - result.Bound) / Math.Max(1, Math.Abs(result.Bound));
        Console.WriteLine($"// sizing: {Case}: {s.Variables} variables, {s.Integers} integers, {s.Binaries} binaries, {s.Rows} rows; " +
            $"{SizingJson.Status(result.Status)}, gap {gap:E2}, {s.Rounds} rounds, {s.Solves} solves, {s.Elapsed.TotalSeconds:F2} s");
        return result;
    }
}
