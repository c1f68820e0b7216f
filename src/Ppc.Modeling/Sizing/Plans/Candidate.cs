using Ppc.Modeling.Collections;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing.Levels;
using Ppc.Modeling.Sizing.Model;

namespace Ppc.Modeling.Sizing.Plans;

/// <summary>
/// A plan of one round with its §2 evaluation: what it achieves on each objective and limit, and
/// how it ranks against another round's plan (smallest limit shortfalls, then level by level the
/// smallest normalised objective shortfalls, then the criterion).
/// </summary>
internal sealed class Candidate
{
    private const double MetTolerance = 1e-6;

    public required LevelRun Run { get; init; }
    public required SizingPlan Plan { get; init; }
    public required ValidatedScenario Scenario { get; init; }
    public required EvaluationResult Evaluation { get; init; }
    public required ValueArray<ObjectiveOutcome> Objectives { get; init; }
    public required ValueArray<LimitShortfall> LimitShortfalls { get; init; }
    public required double Criterion { get; init; }

    public bool MeetsAll => LimitShortfalls.Count == 0 && Objectives.All(o => o.Met);

    public static Candidate Evaluate(LevelRun run, SizingPlan plan, Scenario written)
    {
        var check = ScenarioValidator.Validate(written);
        if (!check.TryGetValue(out var validated))
        {
            throw new InvalidOperationException("The sized plan does not validate, a defect in sizing: " + string.Join("; ", check.Errors));
        }
        var evaluation = Evaluator.Evaluate(validated);
        var headcount = Enumerable.Range(0, run.Model.R).Where(r => run.Model.C.IsStaff[r]).Select(r => new KeyValuePair<string, ValueArray<double>>(
            run.Model.C.RoleIds[r], new ValueArray<double>(evaluation.Months.Select(m => m.Role(r).Fte))));
        return new Candidate
        {
            Run = run,
            Plan = plan with { Headcount = new ValueMap<ValueArray<double>>(headcount) },
            Scenario = validated,
            Evaluation = evaluation,
            Objectives = new ValueArray<ObjectiveOutcome>(run.Targets.Objectives.Select(o => Outcome(o, evaluation))),
            LimitShortfalls = new ValueArray<LimitShortfall>(Shortfalls(run.Targets, evaluation)),
            Criterion = EvaluatedMetric.Criterion(evaluation, run.Targets.Criterion),
        };
    }

    private static ObjectiveOutcome Outcome(Objective o, EvaluationResult e)
    {
        var target = LevelTargets.Target(o);
        var dir = LevelTargets.Direction(o);
        var byMonth = LevelTargets.ByMonth(o, e.HorizonMonths);
        var achieved = EvaluatedMetric.Of(e, o.Metric, byMonth);
        return new ObjectiveOutcome
        {
            Objective = o,
            ByMonth = byMonth,
            Priority = LevelTargets.Priority(o),
            Target = target,
            Achieved = achieved,
            Shortfall = Math.Max(0, dir * (target - achieved)),
            Met = dir * achieved >= dir * target - MetTolerance * LevelTargets.Scale(target),
        };
    }

    private static IEnumerable<LimitShortfall> Shortfalls(LevelTargets targets, EvaluationResult e)
    {
        if (targets.MinimumCash is { } floor)
        {
            foreach (var m in e.Months)
            {
                if (m.Cash < floor - MetTolerance * LevelTargets.Scale(floor)) yield return new LimitShortfall(Limits.MinimumCash, m.Month, floor - m.Cash);
            }
        }
        if (targets.Budget is { } budget && e.Totals.Costs > budget + MetTolerance * LevelTargets.Scale(budget))
        {
            yield return new LimitShortfall(Limits.Budget, null, e.Totals.Costs - budget);
        }
    }

    /// <summary>Whether this plan is better than <paramref name="other"/> (MODEL.md §5: level by level, then the criterion).</summary>
    public bool IsBetterThan(Candidate? other)
    {
        if (other is null) return true;
        var mine = RankKey();
        var theirs = other.RankKey();
        for (var i = 0; i < mine.Count; i++)
        {
            var scale = Math.Max(1, Math.Max(Math.Abs(mine[i]), Math.Abs(theirs[i])));
            if (Math.Abs(mine[i] - theirs[i]) > 1e-9 * scale) return mine[i] < theirs[i];
        }
        return false;
    }

    /// <summary>Largest cash deficit, budget excess, Σ normalised shortfall of each level in order, criterion (as a cost).</summary>
    private List<double> RankKey()
    {
        var key = new List<double>
        {
            LimitShortfalls.Where(s => s.Limit == Limits.MinimumCash).Select(s => s.Shortfall).DefaultIfEmpty(0).Max(),
            LimitShortfalls.Where(s => s.Limit == Limits.Budget).Sum(s => s.Shortfall),
        };
        foreach (var level in Objectives.GroupBy(o => o.Priority).OrderBy(g => g.Key))
        {
            key.Add(level.Sum(o => o.Met ? 0 : o.Shortfall / LevelTargets.Scale(o.Target)));
        }
        key.Add(Run.Targets.Criterion.IsMinimized ? Criterion : -Criterion);
        return key;
    }
}
