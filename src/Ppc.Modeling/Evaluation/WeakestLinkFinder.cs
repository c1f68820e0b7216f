using Ppc.Modeling.Model;

namespace Ppc.Modeling.Evaluation;

/// <summary>
/// MODEL.md §3: each link's capacity in deals per month over the horizon (market, stages in chain
/// order, delivery) and the weakest of them.
/// </summary>
internal static class WeakestLinkFinder
{
    /// <summary>Relative tolerance under which two link capacities tie.</summary>
    public const double TieTolerance = 1e-9;

    public static void Find(CompiledScenario c, ModelParameters p, Workspace w, EvaluationData d)
    {
        double returned = 0;
        foreach (var x in w.Returns) returned += x;
        d.WeakestLink = Find(c, p, w.FlowWeight, w.Capacity, returned, d.LinkCapacity);
    }

    /// <summary>
    /// Fills each link's capacity in deals per month (market, stages, delivery; +inf when unlimited)
    /// from the run's parameters, flow weights n[k] (and N at index K), stage capacities per month
    /// [k * T + t] and the records returned within the horizon; returns the weakest link's index.
    /// </summary>
    public static int Find(CompiledScenario c, ModelParameters p, ReadOnlySpan<double> flowWeight,
        ReadOnlySpan<double> stageCapacity, double returned, Span<double> linkCapacity)
    {
        int K = c.K, T = c.T;
        var deals = flowWeight[K];
        double accounts = 0;
        for (var s = 0; s < c.S; s++) accounts += c.Accounts[s] - c.ExistingClients[s];
        linkCapacity[0] = (accounts + returned) / T * deals;
        for (var k = 0; k < K; k++)
        {
            if (p.HoursPerUnit[k] <= 0)
            {
                linkCapacity[k + 1] = double.PositiveInfinity;
                continue;
            }
            double capacity = 0;
            for (var t = 0; t < T; t++) capacity += stageCapacity[k * T + t];
            var dealsPerUnit = flowWeight[k] > 0 ? deals / flowWeight[k] : 0;
            linkCapacity[k + 1] = capacity / T * dealsPerUnit;
        }
        linkCapacity[K + 1] = p.MaxDealsPerMonth;
        return deals == 0 ? FirstDryStage(flowWeight, K) : FirstTied(linkCapacity);
    }

    /// <summary>When nothing signs: the first stage after which no expected flow is left (1-based link index).</summary>
    private static int FirstDryStage(ReadOnlySpan<double> flowWeight, int K)
    {
        for (var k = 0; k < K; k++)
        {
            if (flowWeight[k + 1] == 0) return k + 1;
        }
        return K;
    }

    private static int FirstTied(ReadOnlySpan<double> capacity)
    {
        var low = Lowest(capacity);
        for (var i = 0; i < capacity.Length; i++)
        {
            if (Ties(capacity[i], low)) return i;
        }
        return 0;
    }

    /// <summary>The smallest capacity (positive infinity when every link is unlimited).</summary>
    public static double Lowest(ReadOnlySpan<double> capacity)
    {
        var low = double.PositiveInfinity;
        foreach (var x in capacity) low = Math.Min(low, x);
        return low;
    }

    /// <summary>Whether a link of capacity <paramref name="capacity"/> ties with the lowest; an unlimited link ties only when all are.</summary>
    public static bool Ties(double capacity, double low) =>
        double.IsPositiveInfinity(low) ? double.IsPositiveInfinity(capacity) : capacity - low <= TieTolerance * Math.Abs(low);
}
