using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Simulation;

/// <summary>The probability that a trial meets one objective (inclusive, exact comparison).</summary>
/// <param name="Objective">The objective as given in the scenario.</param>
/// <param name="ByMonth">The month it is judged at (its byMonth, or T).</param>
/// <param name="Priority">Its priority (default 1).</param>
/// <param name="Probability">The share of trials that meet it, 0..1.</param>
/// <param name="StandardError">sqrt(p(1 − p) / trials).</param>
public sealed record ObjectiveForecast(Objective Objective, int ByMonth, int Priority, double Probability, double StandardError);
