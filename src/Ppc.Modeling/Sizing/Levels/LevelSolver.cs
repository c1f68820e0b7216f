using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Model;
using Ppc.Modeling.Sizing.Solver;

namespace Ppc.Modeling.Sizing.Levels;

/// <summary>
/// MODEL.md §5's levels on one programme: level 0 minimises the largest monthly cash deficit, then
/// the budget excess, and holds both; each priority level minimises Σ σ_j / max(1, |target_j|) (scaled by
/// the level's largest max(1, |target|), which does not change the minimiser) and
/// holds every σ_j at σ*·(1 + 1e-6) + 1e-6·max(1, |target|); last, the criterion with everything held.
/// A level whose shortfalls are already zero at the incumbent is not solved again (its minimum is 0).
/// </summary>
internal static class LevelSolver
{
    private const double HoldFactor = 1e-6;

    public static LevelRun Solve(SizingModel m, LevelTargets targets, Deadline deadline)
    {
        var run = LevelRows.Add(m, targets);
        var lp = m.Program;
        CheckMagnitudes(lp);
        run.Values = deadline.HasTime ? Baseline.Solve(m, deadline) ?? [] : [];
        if (run.Deficit is { } deficit && !Hold(run, deficit, "minimumCash", Scale(targets.MinimumCash!.Value), deadline)) return Finish(run, deadline);
        if (run.Excess is { } excess && !Hold(run, excess, "budget", Scale(targets.Budget!.Value), deadline)) return Finish(run, deadline);
        foreach (var level in targets.Objectives.Select(LevelTargets.Priority).Distinct().Order())
        {
            if (!SolveLevel(run, level, deadline)) return Finish(run, deadline);
        }
        lp.SetObjective(run.Criterion, targets.Criterion.IsMinimized);
        var outcome = Run(run, "criterion", deadline);
        if (outcome is not null)
        {
            run.Bound = outcome.BestBound;
            run.Complete = true;
        }
        return Finish(run, deadline);
    }

    /// <summary>
    /// The largest number a sizing programme may hold: SCIP counts 1e20 as infinite and its tolerances lose
    /// meaning well before, so a scenario whose counts or amounts lead beyond 1e15 is refused, not solved wrongly.
    /// </summary>
    private const double LargestNumber = 1e15;

    /// <exception cref="ArgumentException">The programme holds a number beyond <see cref="LargestNumber"/>.</exception>
    internal static void CheckMagnitudes(LinearProgram program)
    {
        var (magnitude, where) = program.LargestNumber();
        if (magnitude <= LargestNumber) return;
        throw new ArgumentException(FormattableString.Invariant(
            $"The sizing programme holds the number {magnitude:G3} (at '{where}'), beyond the 1e15 a MIP solver can work with (SCIP counts 1e20 as infinite): check the scenario's counts and amounts (accounts, deal values, costs, cash)."),
            "scenario");
    }

    private static double Scale(double target) => LevelTargets.Scale(target);

    /// <summary>Minimises a level-0 slack and holds it (no solve when the incumbent needs none); false when time ran out.</summary>
    private static bool Hold(LevelRun run, Variable slack, string stage, double scale, Deadline deadline)
    {
        var needed = run.Values.Length > 0 ? run.NeededSlack(slack, run.Values) : double.PositiveInfinity;
        if (needed > 0)
        {
            run.Model.Program.SetObjective(LinearExpression.Of(slack), minimize: true);
            if (Run(run, stage, deadline) is null) return false;
        }
        // The solver's own tolerance can leave the slack a little below what its rows need: hold the larger.
        var best = needed > 0 ? Math.Max(run.Values[slack.Index], run.NeededSlack(slack, run.Values)) : 0;
        run.Model.Program.SetBounds(slack, 0, best * (1 + HoldFactor) + HoldFactor * scale);
        return true;
    }

    private static bool SolveLevel(LevelRun run, int level, Deadline deadline)
    {
        var lp = run.Model.Program;
        var members = Enumerable.Range(0, run.Targets.Objectives.Count).Where(j => LevelTargets.Priority(run.Targets.Objectives[j]) == level).ToList();
        var scales = members.ToDictionary(j => j, j => Scale(LevelTargets.Target(run.Targets.Objectives[j])));
        var met = run.Values.Length > 0 && members.All(j => run.NeededShortfall(j, run.Values) <= 0);
        if (!met)
        {
            var sum = new LinearExpression();
            // Σ σ_j / max(1, |target_j|), times the level's largest max(1, |target|): the same minimiser, with
            // coefficients up to 1 instead of 1/target (3e-7 for a revenue of 3.2 M, the order of the LP's
            // dual feasibility tolerance, which left SCIP's reduced costs at the mercy of rounding).
            var unit = members.Max(j => scales[j]);
            foreach (var j in members) sum.Add(run.Shortfalls[j], unit / scales[j]);
            lp.SetObjective(sum, minimize: true);
            if (Run(run, $"priority {level}", deadline) is null) return false;
        }
        foreach (var j in members)
        {
            var best = met ? 0 : Math.Max(run.Values[run.Shortfalls[j].Index], run.NeededShortfall(j, run.Values));
            lp.SetBounds(run.Shortfalls[j], 0, best * (1 + HoldFactor) + HoldFactor * scales[j]);
        }
        return true;
    }

    /// <summary>Solves the programme's current objective from the incumbent; null when no solution came in time.</summary>
    private static SolveOutcome? Run(LevelRun run, string stage, Deadline deadline)
    {
        if (!deadline.HasTime) return Missing(run, stage, deadline);
        // No hint: SCIP through OR-Tools solved these programmes slower from a starting point (docs/performance.md).
        var settings = new SolveSettings { TimeLimit = deadline.Remaining };
        var outcome = OrToolsAdapter.Solve(run.Model.Program, settings, deadline.CancellationToken);
        deadline.CancellationToken.ThrowIfCancellationRequested();
        run.Solves++;
        run.Stages.Add(FormattableString.Invariant($"{stage} {outcome.Status} {outcome.WallTime.TotalMilliseconds:F0} ms, {outcome.Nodes} nodes, value {outcome.Objective:G7}"));
        if (outcome.HasSolution)
        {
            run.Values = outcome.Values;
            return outcome;
        }
        // The incumbent satisfies every held row up to the solver's tolerance, so a later stage that ends
        // infeasible or failed met numerical trouble (big-M rows on very different scales): keep the
        // incumbent, as when time runs out.
        if (run.Values.Length > 0 || outcome.Status == SolveStatus.NotSolved) return Missing(run, stage, deadline);
        throw new InvalidOperationException($"The sizing programme's {stage} stage ended {outcome.Status}: a defect in the model, please report it.");
    }

    private static SolveOutcome? Missing(LevelRun run, string stage, Deadline deadline)
    {
        if (run.Values.Length > 0) return null;
        throw new SizingException(
            $"No plan found within the time limit of {deadline.Limit.TotalSeconds:0.###} s (stage {stage}); give sizing more time (--time-limit).");
    }

    /// <summary>When the criterion stage was cut short, the bound is its LP relaxation's.</summary>
    private static LevelRun Finish(LevelRun run, Deadline deadline)
    {
        if (run.Complete) return run;
        var relaxed = run.Model.Program.Clone();
        relaxed.SetObjective(run.Criterion, run.Targets.Criterion.IsMinimized);
        var settings = new SolveSettings { TimeLimit = TimeSpan.FromSeconds(10), AsLinearProgramme = true };
        var outcome = OrToolsAdapter.Solve(relaxed, settings, CancellationToken.None);
        if (!outcome.HasSolution)
        {
            // Free the held levels: a weaker bound, but still one (it relaxes the programme further).
            foreach (var slack in run.Shortfalls.Select(v => (Variable?)v).Append(run.Deficit).Append(run.Excess))
            {
                if (slack is { } v) relaxed.SetBounds(v, 0, double.PositiveInfinity);
            }
            outcome = OrToolsAdapter.Solve(relaxed, settings, CancellationToken.None);
        }
        run.Bound = outcome.HasSolution ? outcome.Objective : double.NaN;
        return run;
    }
}
