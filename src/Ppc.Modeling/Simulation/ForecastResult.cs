using Ppc.Modeling.Collections;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Simulation;

/// <summary>
/// A Monte Carlo forecast (MODEL.md §4 and §6): the nine metrics' statistics per month and
/// cumulated at months 1, 2, 6, 12 and T, the probability of each objective and of all of them,
/// how often each link is the weakest, and the probability that cash falls below its floor.
/// </summary>
public sealed class ForecastResult
{
    private static readonly ForecastMetric[] Metrics = Enum.GetValues<ForecastMetric>();
    private readonly SummaryStatistics[] _monthly;
    private readonly SummaryStatistics[] _cumulative;
    private readonly SummaryStatistics[] _dealsToDate;

    internal ForecastResult(ForecastPartial partial)
    {
        var store = partial.Store;
        var model = partial.Model;
        Trials = store.Count;
        Seed = partial.Seed;
        HorizonMonths = model.T;
        CumulativeMonths = new ValueArray<int>(new[] { 1, 2, 6, 12, model.T }.Where(m => m <= model.T).Distinct().Order());
        _monthly = new SummaryStatistics[model.T * Metrics.Length];
        _cumulative = new SummaryStatistics[CumulativeMonths.Count * Metrics.Length];
        _dealsToDate = new SummaryStatistics[model.T];
        ComputeStatistics(store, partial.MaxDegreeOfParallelism ?? -1);
        (Objectives, AllObjectivesProbability) = ForecastObjectives.Evaluate(model, store);
        AllObjectivesStandardError = StandardError(AllObjectivesProbability, Trials);
        WeakestLinkFrequency = LinkFrequency(model, store);
        CashBelowMinimumProbability = CashBelow(model.MinimumCash ?? 0, store);
    }

    /// <summary>Trials run.</summary>
    public int Trials { get; }

    /// <summary>The seed.</summary>
    public long Seed { get; }

    /// <summary>The horizon T in months.</summary>
    public int HorizonMonths { get; }

    /// <summary>The months with cumulative statistics: the distinct months of {1, 2, 6, 12, T} that are ≤ T.</summary>
    public ValueArray<int> CumulativeMonths { get; }

    /// <summary>Each objective's probability, in scenario order.</summary>
    public ValueArray<ObjectiveForecast> Objectives { get; }

    /// <summary>The share of trials meeting every objective (1 when there are none).</summary>
    public double AllObjectivesProbability { get; }

    /// <summary>The standard error of <see cref="AllObjectivesProbability"/>.</summary>
    public double AllObjectivesStandardError { get; }

    /// <summary>For every link (market, stages, delivery), the share of trials in which it is the weakest.</summary>
    public ValueMap<double> WeakestLinkFrequency { get; }

    /// <summary>The share of trials whose cash falls below the minimum cash (0 when none is set) in some month.</summary>
    public double CashBelowMinimumProbability { get; }

    /// <summary>The statistics of a metric in month <paramref name="month"/>.</summary>
    /// <param name="month">The month, 1..T.</param>
    /// <param name="metric">The metric.</param>
    /// <returns>The statistics.</returns>
    public SummaryStatistics Month(int month, ForecastMetric metric)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, HorizonMonths);
        return _monthly[(month - 1) * Metrics.Length + (int)metric];
    }

    /// <summary>The statistics of a flow summed over months 1..m, or of a stock at m, for m in <see cref="CumulativeMonths"/>.</summary>
    /// <param name="month">One of <see cref="CumulativeMonths"/>.</param>
    /// <param name="metric">The metric.</param>
    /// <returns>The statistics.</returns>
    public SummaryStatistics Cumulative(int month, ForecastMetric metric)
    {
        var index = CumulativeMonths.AsSpan().IndexOf(month);
        if (index < 0) throw new ArgumentOutOfRangeException(nameof(month), month, $"Cumulative statistics exist for months {string.Join(", ", CumulativeMonths)}.");
        return _cumulative[index * Metrics.Length + (int)metric];
    }

    /// <summary>The statistics of deals signed over months 1..<paramref name="month"/> (every month, for fan charts).</summary>
    /// <param name="month">The month, 1..T.</param>
    /// <returns>The statistics.</returns>
    public SummaryStatistics DealsToDate(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, HorizonMonths);
        return _dealsToDate[month - 1];
    }

    internal static double StandardError(double p, int trials) => Math.Sqrt(p * (1 - p) / trials);

    private void ComputeStatistics(TrialStore store, int threads)
    {
        int months = HorizonMonths, n = store.Count, metrics = Metrics.Length;
        // The columns to summarise; a stock's cumulative value at m is its value in month m, and deals
        // to date at a cumulative month are the cumulative deals: those are copied, not recomputed.
        var jobs = new List<(ForecastMetric Metric, int Month, bool Cumulative)>();
        for (var t = 1; t <= months; t++)
        {
            foreach (var metric in Metrics) jobs.Add((metric, t, false));
        }
        foreach (var m in CumulativeMonths)
        {
            foreach (var metric in Metrics)
            {
                if (!TrialStore.IsStock(metric)) jobs.Add((metric, m, true));
            }
        }
        for (var t = 1; t <= months; t++)
        {
            if (CumulativeMonths.AsSpan().IndexOf(t) < 0) jobs.Add((ForecastMetric.Deals, t, true));
        }
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, () => (Values: new double[n], Scratch: new double[n]), (job, _, buffers) =>
        {
            var (metric, month, cumulative) = jobs[job];
            store.Fill(metric, month, cumulative, buffers.Values);
            var stats = SummaryStatistics.Of(buffers.Values, buffers.Scratch);
            var at = CumulativeMonths.AsSpan().IndexOf(month);
            if (!cumulative) _monthly[(month - 1) * metrics + (int)metric] = stats;
            else if (at >= 0) _cumulative[at * metrics + (int)metric] = stats;
            else _dealsToDate[month - 1] = stats;
            return buffers;
        }, _ => { });
        for (var i = 0; i < CumulativeMonths.Count; i++)
        {
            var m = CumulativeMonths[i];
            foreach (var metric in Metrics)
            {
                if (TrialStore.IsStock(metric)) _cumulative[i * metrics + (int)metric] = _monthly[(m - 1) * metrics + (int)metric];
            }
            _dealsToDate[m - 1] = _cumulative[i * metrics + (int)ForecastMetric.Deals];
        }
    }

    private static ValueMap<double> LinkFrequency(Model.CompiledScenario model, TrialStore store)
    {
        var counts = new long[model.K + 2];
        for (var i = 0; i < store.Count; i++) counts[store.WeakestLink[i]]++;
        var ids = new List<string> { WeakestLink.Market };
        ids.AddRange(model.StageIds);
        ids.Add(WeakestLink.Delivery);
        return new ValueMap<double>(ids.Select((id, i) => new KeyValuePair<string, double>(id, (double)counts[i] / store.Count)));
    }

    private static double CashBelow(double floor, TrialStore store)
    {
        long below = 0;
        for (var i = 0; i < store.Count; i++)
        {
            for (var t = 0; t < store.T; t++)
            {
                if (store.Cash[i * store.T + t] < floor)
                {
                    below++;
                    break;
                }
            }
        }
        return (double)below / store.Count;
    }
}
