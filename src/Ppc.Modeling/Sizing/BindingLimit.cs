namespace Ppc.Modeling.Sizing;

/// <summary>
/// A limit that binds the sized plan, with what relaxing it by one unit is worth (MODEL.md §5–6
/// <c>bindingLimits</c>): the criterion's improvement per unit relaxed (currency units for a cost).
/// </summary>
/// <param name="Limit">The limit's name by ids: <c>roles.rep.maxHeadcount</c>, <c>finance.minimumCash</c>, <c>budget</c>…</param>
/// <param name="Month">The month it binds (1..T), or null for a limit over the horizon (integer limits, budget).</param>
/// <param name="ShadowPrice">The improvement per unit relaxed; for an integer limit, the improvement when raised by one.</param>
public sealed record BindingLimit(string Limit, int? Month, double ShadowPrice);
