using BenchmarkDotNet.Attributes;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Benchmarks;

/// <summary>
/// The deterministic evaluator on each shipped sample: compile once, evaluate many. The baseline is
/// compiling (what a caller who re-reads nothing pays once); Evaluate is the §2 month step plus the
/// weakest link; EvaluateToJson adds the §6 document.
/// </summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private ValidatedScenario _scenario = null!;
    private CompiledScenario _model = null!;

    /// <summary>The sample file in samples/scenarios.</summary>
    [Params("it-services.json", "it-services-callcenter.json", "industrial-equipment.json")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioJson.Load(Path.Combine(AppContext.BaseDirectory, "Samples", Sample)).GetValueOrThrow();
        _model = CompiledScenario.Compile(_scenario);
    }

    [Benchmark(Baseline = true)]
    public CompiledScenario Compile() => CompiledScenario.Compile(_scenario);

    [Benchmark]
    public double Evaluate() => Evaluator.Evaluate(_model).Month(1).Deals;

    [Benchmark]
    public string EvaluateToJson() => EvaluationJson.Write(Evaluator.Evaluate(_model));
}
