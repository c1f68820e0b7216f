using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Sizing.Plans;

/// <summary>An objective metric read from a §2 evaluation: flows summed over months 1..byMonth, stocks at byMonth (MODEL.md §4).</summary>
internal static class EvaluatedMetric
{
    public static double Of(EvaluationResult e, ObjectiveMetric metric, int byMonth)
    {
        ArgumentNullException.ThrowIfNull(e);
        var month = e.Month(byMonth);
        if (metric == ObjectiveMetric.Cash) return month.Cash;
        if (metric == ObjectiveMetric.Clients) return month.Clients;
        if (metric == ObjectiveMetric.Penetration)
        {
            var segments = e.Model.Source.Scenario.Segments;
            return (segments.Sum(s => s.ExistingClients ?? 0) + month.Clients) / segments.Sum(s => s.Accounts);
        }
        double sum = 0;
        for (var t = 1; t <= byMonth; t++) sum += Flow(e.Month(t), metric);
        return sum;
    }

    private static double Flow(MonthFigures m, ObjectiveMetric metric) => metric switch
    {
        ObjectiveMetric.Revenue => m.Revenue,
        ObjectiveMetric.Bookings => m.Bookings,
        ObjectiveMetric.Deals => m.Deals,
        ObjectiveMetric.Margin => m.Margin,
        ObjectiveMetric.Contribution => m.Contribution,
        _ => m.Costs,
    };

    /// <summary>The criterion's value in an evaluation.</summary>
    public static double Criterion(EvaluationResult e, SizingCriterion criterion) => criterion.Kind switch
    {
        SizingCriterionKind.MinimizeCost => e.Totals.Costs,
        SizingCriterionKind.MaximizeContribution => e.Totals.Contribution,
        _ => Of(e, criterion.Metric!.Value, e.HorizonMonths),
    };
}
