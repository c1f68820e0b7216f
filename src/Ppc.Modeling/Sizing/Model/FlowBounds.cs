using Ppc.Modeling.Model;

namespace Ppc.Modeling.Sizing.Model;

/// <summary>
/// Month-by-month upper bounds on the flows, propagated forward through the chain: a stage serves at
/// most min(its demand bound, its capacity bound), converts, and passes the rest on after the delays.
/// A stage's demand in a month is also at most what can have reached it so far (its initial queue plus
/// the cumulative arrivals, bounded from the cumulative served of the stage before; stage 1 works at
/// most the pool plus the records returned so far), which keeps the bound of a queue that nobody
/// abandons from growing with every month's bound of new arrivals.
/// They are the big-M of each month's minima, much tighter than horizon-wide market bounds.
/// </summary>
internal sealed class FlowBounds
{
    private FlowBounds(int T, int K, int S)
    {
        Demand = new double[K * T];
        Available = new double[T];
        Level = new double[T];
        Wanted = new double[S * T];
    }

    /// <summary>Σ over segments of the demand bound of stage k in month t, at [k * T + t] (stage 1: the pools with a share).</summary>
    public double[] Demand { get; }

    /// <summary>The bound of backlog + deals signed in month t.</summary>
    public double[] Available { get; }

    /// <summary>The bound of stage 1's water level in month t.</summary>
    public double[] Level { get; }

    /// <summary>The bound of the partner deals wanted in segment s in month t, at [s * T + t].</summary>
    public double[] Wanted { get; }

    public static FlowBounds For(CompiledScenario c, ModelBounds b)
    {
        int T = c.T, K = c.K, S = c.S;
        var f = new FlowBounds(T, K, S);
        var deals = new double[T];
        var arrivals = new double[(K + 1) * T];
        var queue = new double[K];
        var cumulative = new double[K * T];
        for (var s = 0; s < S; s++)
        {
            Array.Clear(arrivals);
            Array.Clear(cumulative);
            for (var k = 0; k < K; k++) queue[k] = c.InitialQueue[s * K + k];
            var active = c.ProspectingShare[s] > 0 && b.Pool[s] > 0;
            for (var t = 0; t < T; t++)
            {
                for (var k = 0; k < K; k++)
                {
                    var reached = ReachedSoFar(c, b, s, k, t, cumulative);
                    var demand = k == 0 ? (active ? b.Pool[s] : 0) : Math.Min(arrivals[k * T + t] + (1 - c.AbandonPerMonth[k]) * queue[k], reached);
                    var capacity = b.CapacityMax[k * T + t];
                    var served = Math.Min(demand, capacity);
                    if (k > 0) queue[k] = double.IsPositiveInfinity(capacity) ? 0 : demand;
                    cumulative[k * T + t] = Math.Min((t > 0 ? cumulative[k * T + t - 1] : 0) + served, reached);
                    f.Demand[k * T + t] += demand;
                    Advance(c, s, k, t, served, arrivals);
                }
                f.Wanted[s * T + t] = WantedBound(c, b, s, t);
                deals[t] += arrivals[K * T + t] + c.InitialDeals[s * T + t] + Math.Min(f.Wanted[s * T + t], b.Pool[s]);
            }
            if (active) f.FillLevel(c, b, s);
        }
        var cap = c.Means.MaxDealsPerMonth;
        double backlog = 0;
        for (var t = 0; t < T; t++)
        {
            f.Available[t] = backlog + deals[t];
            backlog = Math.Max(0, f.Available[t] - cap);
        }
        return f;
    }

    /// <summary>
    /// The most units of segment s that can have reached stage k by the end of month t: for stage 1, the
    /// pool plus the records worked <c>recontactAfterMonths</c> earlier that came back; for a later stage,
    /// its initial queue plus the converted share of what the stage before can have served, month by
    /// month, with the delays (<paramref name="cumulative"/> holds each stage's cumulative served bound).
    /// </summary>
    private static double ReachedSoFar(CompiledScenario c, ModelBounds b, int s, int k, int t, double[] cumulative)
    {
        int T = c.T, K = c.K;
        if (k == 0)
        {
            if (c.ProspectingShare[s] <= 0 || b.Pool[s] <= 0) return 0;
            var back = c.RecontactAfterMonths[s];
            var returned = back > 0 && t - back >= 0 ? cumulative[t - back] * (1 - c.Means.SignThrough(s)) : 0;
            return b.Pool[s] + returned;
        }
        var pmf = c.Delay[s * K + k - 1];
        var conversion = c.Means.Conversion[s * K + k - 1];
        double arrived = 0;
        for (var tau = 0; tau < pmf.Length && tau <= t; tau++) arrived += conversion * pmf[tau] * cumulative[(k - 1) * T + t - tau];
        return c.InitialQueue[s * K + k] + arrived;
    }

    private static void Advance(CompiledScenario c, int s, int k, int t, double served, double[] arrivals)
    {
        int T = c.T, K = c.K;
        var pmf = c.Delay[s * K + k];
        var moved = served * c.Means.Conversion[s * K + k];
        for (var tau = 0; tau < pmf.Length && t + tau < T; tau++) arrivals[(k + 1) * T + t + tau] += moved * pmf[tau];
    }

    private static double WantedBound(CompiledScenario c, ModelBounds b, int s, int t)
    {
        double wanted = 0;
        for (var p = 0; p < c.P; p++) wanted += b.EffectiveMax[p * c.T + t] * c.Means.PartnerRate[p] * c.PartnerShare[p * c.S + s];
        return wanted;
    }

    /// <summary>λ·w[s] never needs to exceed the pool, nor the whole capacity of the month.</summary>
    private void FillLevel(CompiledScenario c, ModelBounds b, int s)
    {
        var w = c.ProspectingShare[s];
        for (var t = 0; t < c.T; t++)
        {
            var byCapacity = b.CapacityMax[t] / w;
            Level[t] = Math.Max(Level[t], Math.Min(b.Pool[s] / w, byCapacity));
        }
    }
}
