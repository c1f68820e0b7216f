namespace Ppc.Modeling.Sizing;

/// <summary>A limit the plan cannot hold (MODEL.md §6 <c>limitShortfalls</c>): a month under the cash floor, or the budget exceeded.</summary>
/// <param name="Limit"><c>finance.minimumCash</c> or <c>budget</c>.</param>
/// <param name="Month">The month in deficit, or null for the budget.</param>
/// <param name="Shortfall">By how much, in currency units (&gt; 0).</param>
public sealed record LimitShortfall(string Limit, int? Month, double Shortfall);
