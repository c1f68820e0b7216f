using Ppc.Modeling.Collections;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Simulation;

namespace Ppc.Modeling.Sizing.Uncertainty;

/// <summary>
/// Sizing under uncertainty (MODEL.md §5): candidates are §5 plans with every <c>atLeast</c> target t
/// raised to t + m·max(|t|, u) (every <c>atMost</c> lowered likewise), u being the metric's value in
/// the evaluation of the plan at m = 0 (1 when that is 0). Each candidate is forecast with the same
/// seed and trials (common random numbers) and judged on the joint probability of meeting the
/// ORIGINAL objectives. The margin m is the smallest found by bisection on [0, 1] to 0.005, assuming
/// the probability grows with m.
/// </summary>
public static class ConfidenceSizer
{
    /// <summary>The bisection stops when the margin is known to within this.</summary>
    public const double MarginTolerance = 0.005;

    /// <summary>Sizes the resources so that every objective is met together with the requested probability.</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="options">The sizing request; null for the scenario's <c>options.size</c> and the defaults.</param>
    /// <param name="request">The confidence, trials and seed.</param>
    /// <param name="cancellationToken">Stops the run between and within solves and forecasts.</param>
    /// <returns>The plan for the smallest margin that reaches the confidence (status feasible), or the best plan tried (status infeasible), with its <see cref="SizingResult.Uncertainty"/>.</returns>
    public static SizingResult Size(ValidatedScenario scenario, SizingOptions? options, ConfidenceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(request);
        if (!(request.Confidence > 0 && request.Confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Confidence, "The confidence must lie strictly between 0 and 1, such as 0.9.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Trials, 1000, "request.Trials");
        ArgumentOutOfRangeException.ThrowIfNegative(request.Seed, "request.Seed");
        var original = scenario.Scenario.Objectives ?? ValueArray<Objective>.Empty;
        var first = Sizer.Size(scenario, options, cancellationToken);
        var scale = first.Objectives.Select(o => Math.Abs(o.Achieved) > 0 ? Math.Abs(o.Achieved) : 1).ToArray();
        var tried = new List<(double Margin, SizingResult Result, ForecastResult Forecast)>();

        (SizingResult, ForecastResult) Try(double margin)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sized = margin == 0 ? first : Sizer.Size(Raised(scenario, original, scale, margin), options, cancellationToken);
            var forecast = ForecastOriginal(sized.Scenario, original, request, cancellationToken);
            tried.Add((margin, sized, forecast));
            return (sized, forecast);
        }

        var (_, atZero) = Try(0);
        if (atZero.AllObjectivesProbability >= request.Confidence) return Answer(tried[^1], original, request, SizingStatus.Feasible);
        var (_, atOne) = Try(1);
        if (atOne.AllObjectivesProbability < request.Confidence)
        {
            var best = tried.MaxBy(t => t.Forecast.AllObjectivesProbability);
            return Answer(best, original, request, SizingStatus.Infeasible);
        }
        var (low, high) = (0.0, 1.0);
        var answer = tried[^1];
        while (high - low > MarginTolerance)
        {
            var middle = (low + high) / 2;
            var (_, forecast) = Try(middle);
            if (forecast.AllObjectivesProbability >= request.Confidence)
            {
                high = middle;
                answer = tried[^1];
            }
            else
            {
                low = middle;
            }
        }
        return Answer(answer, original, request, SizingStatus.Feasible);
    }

    /// <summary>The scenario with every target moved by m·max(|t|, u): atLeast up, atMost down.</summary>
    internal static ValidatedScenario Raised(ValidatedScenario scenario, ValueArray<Objective> objectives, double[] scale, double margin)
    {
        var moved = objectives.Select((o, j) =>
        {
            if (o.AtLeast is { } low) return o with { AtLeast = low + margin * Math.Max(Math.Abs(low), scale[j]) };
            var high = o.AtMost!.Value;
            return o with { AtMost = high - margin * Math.Max(Math.Abs(high), scale[j]) };
        });
        return ScenarioValidator.Validate(scenario.Scenario with { Objectives = new ValueArray<Objective>(moved) }).GetValueOrThrow();
    }

    private static ForecastResult ForecastOriginal(ValidatedScenario plan, ValueArray<Objective> original, ConfidenceRequest request, CancellationToken cancellationToken)
    {
        var judged = ScenarioValidator.Validate(plan.Scenario with { Objectives = original }).GetValueOrThrow();
        return Forecaster.Forecast(CompiledScenario.Compile(judged), new ForecastOptions { Trials = request.Trials, Seed = request.Seed }, null, cancellationToken);
    }

    /// <summary>The chosen candidate, reported against the ORIGINAL targets (§5: "the output reports the original targets and m"); its written-back scenario carries them too.</summary>
    private static SizingResult Answer((double Margin, SizingResult Result, ForecastResult Forecast) chosen, ValueArray<Objective> original,
        ConfidenceRequest request, SizingStatus status)
    {
        var f = chosen.Forecast;
        var outcome = new ConfidenceOutcome(request.Confidence, f.AllObjectivesProbability, f.AllObjectivesStandardError,
            f.Cumulative(f.HorizonMonths, ForecastMetric.Costs).Mean, chosen.Margin, f.Trials, request.Seed);
        var objectives = chosen.Result.Objectives.Select((o, j) =>
        {
            var objective = original[j];
            var target = objective.AtLeast ?? objective.AtMost!.Value;
            var shortfall = Math.Max(0, objective.AtLeast is not null ? target - o.Achieved : o.Achieved - target);
            return o with { Objective = objective, Target = target, Shortfall = shortfall, Met = shortfall <= 1e-6 * Math.Max(1, Math.Abs(target)) };
        });
        var plan = ScenarioValidator.Validate(chosen.Result.Scenario.Scenario with { Objectives = original }).GetValueOrThrow();
        return chosen.Result with
        {
            Status = status, Uncertainty = outcome, Objectives = new ValueArray<ObjectiveOutcome>(objectives), Scenario = plan,
        };
    }
}
