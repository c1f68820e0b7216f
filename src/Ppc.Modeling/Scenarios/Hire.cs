namespace Ppc.Modeling.Scenarios;

/// <summary>A cohort that joins in a month: hires of a staff role, or recruits of a partner network.</summary>
/// <param name="Month">The month they start, 1..T.</param>
/// <param name="Count">How many, an integer ≥ 1.</param>
public sealed record Hire(int Month, int Count);
