namespace Ppc.Modeling.Sizing.Uncertainty;

/// <summary>What sizing under uncertainty adds to the <c>size</c> document (MODEL.md §5 and §6).</summary>
/// <param name="Confidence">The joint probability asked for.</param>
/// <param name="Probability">p̂: the share of trials in which the plan meets every original objective.</param>
/// <param name="StandardError">sqrt(p̂(1 − p̂)/trials).</param>
/// <param name="MeanCost">The Monte Carlo mean of the plan's costs summed over months 1..T, in currency units.</param>
/// <param name="Margin">m ≥ 0: the smallest margin found (to 0.005) whose plan reaches the confidence; with an infeasible answer, the margin of the best plan tried.</param>
/// <param name="Trials">Trials per candidate.</param>
/// <param name="Seed">The seed shared by every candidate.</param>
public sealed record ConfidenceOutcome(double Confidence, double Probability, double StandardError, double MeanCost, double Margin, int Trials, long Seed);
