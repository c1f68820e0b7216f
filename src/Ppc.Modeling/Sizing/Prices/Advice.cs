using System.Globalization;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing.Model;

namespace Ppc.Modeling.Sizing.Prices;

/// <summary>
/// Sentences a sales director can act on, from the status, the binding limits and the objectives:
/// "One more hour of rep time in month 4 is worth EUR 41"; "The cash floor binds in months 3, 4:
/// EUR 1 more of starting cash saves EUR 0.30"; "Revenue by month 12 misses its target by EUR 3,437,
/// held back by finance.minimumCash".
/// </summary>
internal static class Advice
{
    public static IEnumerable<string> Write(SizingStatus status, SizingCriterion criterion, IReadOnlyList<ObjectiveOutcome> objectives,
        IReadOnlyList<BindingLimit> limits, IReadOnlyList<LimitShortfall> shortfalls, string? currency)
    {
        var money = string.IsNullOrEmpty(currency) ? "" : currency + " ";
        yield return Status(status, shortfalls, money);
        foreach (var o in objectives.Where(o => !o.Met))
        {
            var causes = o.Causes.Count > 0 ? $", held back by {string.Join(", ", o.Causes)}" : "";
            yield return $"{Title(o)} misses its target of {Amount(o.Objective.Metric, o.Target, money)} by {Amount(o.Objective.Metric, o.Shortfall, money)}{causes}.";
        }
        foreach (var o in objectives.Where(o => o.Met && o.ShadowPrice > 0))
        {
            var (move, what) = o.Objective.AtLeast is not null ? ("Raising", "target") : ("Lowering", "ceiling");
            yield return $"{move} the {what} on {Title(o).ToLowerInvariant()} by {Unit(o.Objective.Metric, money)} {Worth(criterion, o.ShadowPrice, money, cost: true)}.";
        }
        var cash = limits.Where(l => l.Limit == Limits.MinimumCash).ToList();
        if (cash.Count > 0)
        {
            var months = string.Join(", ", cash.Select(l => l.Month));
            yield return $"The cash floor binds in month{(cash.Count > 1 ? "s" : "")} {months}: {money}1 more of starting cash {Worth(criterion, cash.Sum(l => l.ShadowPrice), money)}.";
        }
        // Only what relaxing improves is advice; a limit whose relaxation would force more work (a price
        // below 0) stays in bindingLimits. Months with the same price share one sentence.
        foreach (var group in limits.Where(l => l.Limit != Limits.MinimumCash && l.ShadowPrice > 0).GroupBy(l => l.Limit))
        {
            foreach (var same in group.GroupBy(l => Number(l.ShadowPrice)).OrderByDescending(g => g.First().ShadowPrice).Take(3))
            {
                var first = same.First();
                var months = same.Where(l => l.Month is not null).Select(l => l.Month!.Value).ToList();
                var when = months.Count switch { 0 => "", 1 => $" in month {months[0]}", _ => $" in months {string.Join(", ", months)}" };
                var each = months.Count > 1 ? " each" : "";
                yield return $"{Relaxation(first, money)}{when} {Worth(criterion, first.ShadowPrice, money)}{each}.";
            }
        }
    }

    private static string Status(SizingStatus status, IReadOnlyList<LimitShortfall> shortfalls, string money) => status switch
    {
        SizingStatus.Optimal => "The plan meets every objective and limit at the proven best criterion.",
        SizingStatus.Feasible => "The plan meets every objective and limit; it is not proven the best within the time limit.",
        _ when shortfalls.Count > 0 => $"The limits cannot all be held: {string.Join("; ", Shortfalls(shortfalls, money))}.",
        _ => "The objectives cannot all be met; the plan misses them by the smallest amounts, highest priority first.",
    };

    private static IEnumerable<string> Shortfalls(IReadOnlyList<LimitShortfall> shortfalls, string money)
    {
        var cash = shortfalls.Where(s => s.Month is not null).ToList();
        if (cash.Count > 0)
        {
            var worst = cash.MaxBy(s => s.Shortfall)!;
            yield return $"cash falls under the floor in {cash.Count} month{(cash.Count > 1 ? "s" : "")}, by up to {money}{Number(worst.Shortfall)} (month {worst.Month})";
        }
        foreach (var budget in shortfalls.Where(s => s.Month is null)) yield return $"the budget is exceeded by {money}{Number(budget.Shortfall)}";
    }

    private static string Title(ObjectiveOutcome o) =>
        $"{char.ToUpperInvariant(SizingCriterion.MetricName(o.Objective.Metric)[0])}{SizingCriterion.MetricName(o.Objective.Metric)[1..]} by month {o.ByMonth}";

    private static bool IsMoney(ObjectiveMetric metric) =>
        metric is ObjectiveMetric.Revenue or ObjectiveMetric.Bookings or ObjectiveMetric.Margin or ObjectiveMetric.Contribution
            or ObjectiveMetric.Costs or ObjectiveMetric.Cash;

    private static string Amount(ObjectiveMetric metric, double value, string money) =>
        metric == ObjectiveMetric.Penetration ? value.ToString("P2", CultureInfo.InvariantCulture)
        : IsMoney(metric) ? money + Number(value) : Number(value) + (metric == ObjectiveMetric.Deals ? " deals" : " clients");

    private static string Unit(ObjectiveMetric metric, string money) =>
        metric == ObjectiveMetric.Penetration ? "1 (100 points)" : IsMoney(metric) ? money + "1" : metric == ObjectiveMetric.Deals ? "one deal" : "one client";

    /// <summary>What a change is worth in the criterion's terms.</summary>
    private static string Worth(SizingCriterion criterion, double price, string money, bool cost = false)
    {
        var value = Number(Math.Abs(price));
        return criterion.Kind switch
        {
            SizingCriterionKind.MinimizeCost when cost => $"costs {money}{value}",
            SizingCriterionKind.MinimizeCost => price >= 0 ? $"saves {money}{value}" : $"costs {money}{value} more",
            SizingCriterionKind.MaximizeContribution when cost => $"costs {money}{value} of contribution",
            SizingCriterionKind.MaximizeContribution => $"is worth {money}{value} of contribution",
            _ => $"{(cost ? "costs" : "is worth")} {value} of {SizingCriterion.MetricName(criterion.Metric!.Value)}",
        };
    }

    private static string Relaxation(BindingLimit limit, string money)
    {
        var parts = limit.Limit.Split('.');
        var id = parts.Length == 3 ? parts[1] : "";
        return parts[^1] switch
        {
            "maxHoursPerMonth" => $"One more hour of {id} time",
            "maxHeadcount" => $"Allowing one more {id} on the team",
            "maxHiresPerMonth" => $"Allowing one more {id} hire a month",
            "maxCount" => $"Allowing one more partner in {id}",
            "accounts" => $"One more {id} account to prospect",
            "maxDealsPerMonth" => $"Delivering one more deal",
            _ => $"{money}1 more of budget",
        };
    }

    private static string Number(double x) =>
        Math.Abs(x) >= 100 ? x.ToString("N0", CultureInfo.InvariantCulture) : x.ToString("0.##", CultureInfo.InvariantCulture);
}
