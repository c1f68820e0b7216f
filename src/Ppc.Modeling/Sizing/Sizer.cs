using Ppc.Modeling.Collections;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Levels;
using Ppc.Modeling.Sizing.Model;
using Ppc.Modeling.Sizing.Plans;
using Ppc.Modeling.Sizing.Prices;

namespace Ppc.Modeling.Sizing;

/// <summary>
/// Sizing (MODEL.md §5): from the objectives, ranked and bounded by cash, budget, headcount, market
/// and capacity, to the resources that meet them at the best criterion, as a mixed-integer programme
/// whose plan is evaluated by §2. Thread-safe (each call builds its own programmes).
/// </summary>
public static class Sizer
{
    /// <summary>The most tightening rounds after the first solve (MODEL.md §5).</summary>
    public const int MaxTightenings = 10;

    private const double GapTolerance = 1e-4;

    /// <summary>Sizes the resources of a validated scenario.</summary>
    /// <param name="scenario">The validated scenario; its hires, recruits, external hours and allocation are replaced by the plan.</param>
    /// <param name="options">The request; null for the scenario's <c>options.size</c> and the defaults.</param>
    /// <param name="cancellationToken">Stops the solver; the call then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The plan and its evaluation.</returns>
    /// <exception cref="ArgumentException"><c>maximize:&lt;metric&gt;</c> without a budget, or counts and amounts so large (beyond 1e15 in the programme) that no MIP solver can work with them.</exception>
    /// <exception cref="SizingException">No integer plan was found within the time limit.</exception>
    public static SizingResult Size(ValidatedScenario scenario, SizingOptions? options, CancellationToken cancellationToken) =>
        Size(scenario, options, null, cancellationToken);

    /// <summary>Sizes the resources of a validated scenario, reporting each solve.</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="options">The request; null for the scenario's <c>options.size</c> and the defaults.</param>
    /// <param name="progress">Receives a report after each round; may be null.</param>
    /// <param name="cancellationToken">Stops the solver; the call then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The plan and its evaluation.</returns>
    public static SizingResult Size(ValidatedScenario scenario, SizingOptions? options, IProgress<SizingProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var request = Resolve(scenario.Scenario, options ?? new SizingOptions());
        var deadline = new Deadline(request.TimeLimit, cancellationToken);
        var compiled = CompiledScenario.Compile(scenario);
        var targets = LevelTargets.For(scenario.Scenario, request.Criterion, request.Budget);
        Candidate? best = null;
        var bound = double.NaN;
        var (rounds, solves) = (0, new List<string>());
        for (var round = 0; round <= MaxTightenings; round++)
        {
            var model = SizingModelBuilder.Build(compiled, request.Channels);
            var run = LevelSolver.Solve(model, targets, deadline);
            if (round == 0) bound = run.Bound;
            rounds++;
            solves.AddRange(run.Stages.Select(s => $"round {round + 1}: {s}"));
            var (plan, written) = PlanWriter.Write(model, run.Values);
            var candidate = Candidate.Evaluate(run, plan, written);
            var improved = candidate.IsBetterThan(best);
            if (improved) best = candidate;
            progress?.Report(new SizingProgress(rounds, candidate.MeetsAll, deadline.Elapsed));
            // Tighten while the evaluation misses what the model met (§5); a round that only did worse
            // than the model said goes on only while it improves the best plan.
            if (Tightener.Next(candidate) is not { } next || !deadline.HasTime || (!next.Required && !improved)) break;
            targets = next.Targets;
        }
        return Answer(best!, request, bound, new Counts(rounds, solves), deadline);
    }

    /// <summary>
    /// The first programme in free MPS format, for any other MIP solver: every decision, flow and
    /// minimum of §5, the level rows with every shortfall, cash deficit and budget excess fixed at 0
    /// (every objective and limit as a hard constraint), and the criterion as objective. Its optimum
    /// is the sizing's plan when every objective and limit can be met; otherwise it is infeasible.
    /// </summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="options">The request; null for the scenario's <c>options.size</c> and the defaults.</param>
    /// <returns>The MPS text.</returns>
    public static string ExportMps(ValidatedScenario scenario, SizingOptions? options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var request = Resolve(scenario.Scenario, options ?? new SizingOptions());
        var model = SizingModelBuilder.Build(CompiledScenario.Compile(scenario), request.Channels);
        var run = LevelRows.Add(model, LevelTargets.For(scenario.Scenario, request.Criterion, request.Budget));
        foreach (var slack in run.Shortfalls.Select(v => (Variable?)v).Append(run.Deficit).Append(run.Excess))
        {
            if (slack is { } v) model.Program.SetBounds(v, 0, 0);
        }
        model.Program.SetObjective(run.Criterion, request.Criterion.IsMinimized);
        return Solver.OrToolsAdapter.ExportMps(model.Program);
    }

    internal sealed record Request(SizingCriterion Criterion, double? Budget, TimeSpan TimeLimit, SizingChannels Channels, int Threads);

    private sealed record Counts(int Rounds, List<string> Solves);

    internal static Request Resolve(Scenario scenario, SizingOptions options)
    {
        var defaults = scenario.Options?.Size;
        var criterion = options.Criterion
            ?? (SizingCriterion.TryParse(defaults?.Criterion, out var parsed) ? parsed : SizingCriterion.MinimizeCost);
        var budget = options.Budget ?? defaults?.Budget;
        if (budget is { } b && !(b >= 0 && b <= 1e15)) throw new ArgumentOutOfRangeException(nameof(options), b, "The budget must be an amount between 0 and 1e15 (the largest number a scenario may hold).");
        if (criterion.Kind == SizingCriterionKind.Maximize && budget is null)
        {
            throw new ArgumentException($"The criterion {criterion} needs a budget (options.size.budget, or --budget).", nameof(options));
        }
        var limit = options.TimeLimit ?? (defaults?.TimeLimitSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : SizingOptions.DefaultTimeLimit);
        if (limit <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), limit, "The time limit must be positive.");
        if (options.MaxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be at least 1 (or null for every core).");
        }
        return new Request(criterion, budget, limit, options.Channels, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
    }

    private static SizingResult Answer(Candidate best, Request request, double bound, Counts counts, Deadline deadline)
    {
        var program = best.Run.Model.Program;
        var status = !best.MeetsAll ? SizingStatus.Infeasible : WithinGap(best.Criterion, bound, request.Criterion) ? SizingStatus.Optimal : SizingStatus.Feasible;
        var prices = ShadowPricer.Price(best, deadline, request.Threads);
        counts.Solves.AddRange(prices.Solved.Select(s => "shadow price: " + s));
        var objectives = new ValueArray<ObjectiveOutcome>(best.Objectives.Select((o, j) => o with
        {
            ShadowPrice = prices.ObjectivePrices[j],
            Causes = prices.Causes[j] is { } causes ? new ValueArray<string>(causes) : ValueArray<string>.Empty,
        }));
        var advice = Advice.Write(status, request.Criterion, objectives, prices.BindingLimits, best.LimitShortfalls, best.Scenario.Scenario.Currency);
        return new SizingResult
        {
            Status = status,
            Criterion = request.Criterion,
            Cost = best.Evaluation.Totals.Costs,
            CriterionValue = best.Criterion,
            Bound = bound,
            Plan = best.Plan,
            Objectives = objectives,
            BindingLimits = prices.BindingLimits,
            LimitShortfalls = best.LimitShortfalls,
            Advice = new ValueArray<string>(advice),
            Scenario = best.Scenario,
            Evaluation = best.Evaluation,
            Statistics = new SizingStatistics
            {
                Variables = program.VariableCount,
                Integers = program.IntegerCount,
                Binaries = program.BinaryCount,
                Rows = program.RowCount,
                Rounds = counts.Rounds,
                Solves = counts.Solves.Count,
                Solved = new ValueArray<string>(counts.Solves),
                Elapsed = deadline.Elapsed,
            },
        };
    }

    /// <summary>Whether the evaluated criterion is within 1e-4 (relative) of the bound.</summary>
    private static bool WithinGap(double value, double bound, SizingCriterion criterion)
    {
        if (!double.IsFinite(bound)) return false;
        var gap = criterion.IsMinimized ? value - bound : bound - value;
        return gap <= GapTolerance * Math.Max(1, Math.Abs(bound)) * (1 + 1e-6);
    }
}
