using Ppc.Modeling.Collections;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Simulation;

/// <summary>The share of trials that meet each objective, and all of them (MODEL.md §4).</summary>
internal static class ForecastObjectives
{
    public static (ValueArray<ObjectiveForecast> Each, double All) Evaluate(CompiledScenario model, TrialStore store)
    {
        var objectives = model.Source.Scenario.Objectives ?? ValueArray<Objective>.Empty;
        var met = new long[objectives.Count];
        long allMet = 0;
        double accounts = 0, existing = 0;
        for (var s = 0; s < model.S; s++) (accounts, existing) = (accounts + model.Accounts[s], existing + model.ExistingClients[s]);
        for (var i = 0; i < store.Count; i++)
        {
            var all = true;
            for (var j = 0; j < objectives.Count; j++)
            {
                var o = objectives[j];
                var value = Value(o.Metric, store, i, o.ByMonth ?? model.T, accounts, existing);
                var ok = o.AtLeast is { } low ? value >= low : value <= o.AtMost!.Value;
                if (ok) met[j]++;
                all &= ok;
            }
            if (all) allMet++;
        }
        var each = objectives.Select((o, j) =>
        {
            var p = (double)met[j] / store.Count;
            return new ObjectiveForecast(o, o.ByMonth ?? model.T, o.Priority ?? 1, p, ForecastResult.StandardError(p, store.Count));
        });
        return (new ValueArray<ObjectiveForecast>(each), (double)allMet / store.Count);
    }

    /// <summary>An objective's metric for trial i: flows summed over months 1..m, stocks at m.</summary>
    public static double Value(ObjectiveMetric metric, TrialStore store, int i, int m, double accounts, double existing) => metric switch
    {
        ObjectiveMetric.Revenue => store.Cumulative(ForecastMetric.Revenue, i, m),
        ObjectiveMetric.Bookings => store.Cumulative(ForecastMetric.Bookings, i, m),
        ObjectiveMetric.Deals => store.Cumulative(ForecastMetric.Deals, i, m),
        ObjectiveMetric.Margin => store.Cumulative(ForecastMetric.Margin, i, m),
        ObjectiveMetric.Contribution => store.Cumulative(ForecastMetric.Contribution, i, m),
        ObjectiveMetric.Costs => store.Cumulative(ForecastMetric.Costs, i, m),
        ObjectiveMetric.Clients => store.Value(ForecastMetric.Clients, i, m),
        ObjectiveMetric.Cash => store.Value(ForecastMetric.Cash, i, m),
        _ => (existing + store.Value(ForecastMetric.Clients, i, m)) / accounts,
    };
}
