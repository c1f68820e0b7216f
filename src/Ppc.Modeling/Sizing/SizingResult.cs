using Ppc.Modeling.Collections;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Sizing;

/// <summary>
/// The answer of a sizing (MODEL.md §5–6 <c>size</c>): the plan, and its §2 evaluation, from which
/// the cost, every objective's outcome and the status come; the bound of the model; the limits that
/// bind with their shadow prices; the limits that cannot be held. Immutable.
/// </summary>
public sealed record SizingResult
{
    /// <summary>Optimal, feasible or infeasible, judged on the evaluation.</summary>
    public required SizingStatus Status { get; init; }

    /// <summary>The criterion optimised.</summary>
    public required SizingCriterion Criterion { get; init; }

    /// <summary>Σ costs of the evaluated plan over months 1..T, in currency units.</summary>
    public required double Cost { get; init; }

    /// <summary>The criterion's value in the evaluation (Σ costs, Σ contribution, or the metric at T).</summary>
    public required double CriterionValue { get; init; }

    /// <summary>
    /// The solver's dual bound on the criterion in the first, untightened model: no plan does better
    /// (below it for a cost, above it for a maximised metric).
    /// </summary>
    public required double Bound { get; init; }

    /// <summary>The plan.</summary>
    public required SizingPlan Plan { get; init; }

    /// <summary>Each objective of the scenario, in scenario order.</summary>
    public required ValueArray<ObjectiveOutcome> Objectives { get; init; }

    /// <summary>The limits that bind, with their shadow prices.</summary>
    public required ValueArray<BindingLimit> BindingLimits { get; init; }

    /// <summary>Every month under the cash floor and the budget excess, when the plan cannot hold them.</summary>
    public required ValueArray<LimitShortfall> LimitShortfalls { get; init; }

    /// <summary>Sentences a sales director can act on: what binds, what it is worth, what misses and why.</summary>
    public required ValueArray<string> Advice { get; init; }

    /// <summary>The scenario with the plan written back (hires, recruits, hoursByMonth, per-month allocation).</summary>
    public required ValidatedScenario Scenario { get; init; }

    /// <summary>The §2 evaluation of <see cref="Scenario"/>.</summary>
    public required EvaluationResult Evaluation { get; init; }

    /// <summary>How the answer was computed.</summary>
    public required SizingStatistics Statistics { get; init; }

    /// <summary>Under uncertainty (<see cref="Uncertainty.ConfidenceSizer"/>): the probability, its standard error, the Monte Carlo mean cost and the margin; null otherwise.</summary>
    public Uncertainty.ConfidenceOutcome? Uncertainty { get; init; }
}
