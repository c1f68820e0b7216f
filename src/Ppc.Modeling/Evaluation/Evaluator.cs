using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Evaluation;

/// <summary>
/// Evaluates a tactic month by month with expected values (MODEL.md §2) and finds its weakest link
/// (§3). Thread-safe: evaluate the same compiled scenario from several threads at once.
/// </summary>
public static class Evaluator
{
    /// <summary>Compiles and evaluates a validated scenario.</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <returns>The evaluation.</returns>
    public static EvaluationResult Evaluate(ValidatedScenario scenario) => Evaluate(CompiledScenario.Compile(scenario));

    /// <summary>Evaluates a compiled scenario (compile once, evaluate many).</summary>
    /// <param name="model">The compiled scenario.</param>
    /// <returns>The evaluation.</returns>
    public static EvaluationResult Evaluate(CompiledScenario model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Evaluate(model, model.Means);
    }

    internal static EvaluationResult Evaluate(CompiledScenario model, ModelParameters parameters)
    {
        var data = new EvaluationData(model.T, model.R, model.K, model.S);
        var workspace = Workspace.For(model.T, model.R, model.K, model.S, model.P);
        ExpectedValueEngine.Run(model, parameters, workspace, data);
        return new EvaluationResult(model, data);
    }
}
