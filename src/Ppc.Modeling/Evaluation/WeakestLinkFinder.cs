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
        int K = c.K, T = c.T;
        var deals = w.FlowWeight[K];
        double accounts = 0, returned = 0;
        for (var s = 0; s < c.S; s++) accounts += c.Accounts[s] - c.ExistingClients[s];
        foreach (var x in w.Returns) returned += x;
        d.LinkCapacity[0] = (accounts + returned) / T * deals;
        for (var k = 0; k < K; k++)
        {
            if (p.HoursPerUnit[k] <= 0)
            {
                d.LinkCapacity[k + 1] = double.PositiveInfinity;
                continue;
            }
            double capacity = 0;
            for (var t = 0; t < T; t++) capacity += w.Capacity[k * T + t];
            var dealsPerUnit = w.FlowWeight[k] > 0 ? deals / w.FlowWeight[k] : 0;
            d.LinkCapacity[k + 1] = capacity / T * dealsPerUnit;
        }
        d.LinkCapacity[K + 1] = p.MaxDealsPerMonth;
        d.WeakestLink = deals == 0 ? FirstDryStage(w.FlowWeight, K) : FirstTied(d.LinkCapacity);
    }

    /// <summary>When nothing signs: the first stage after which no expected flow is left (1-based link index).</summary>
    private static int FirstDryStage(double[] flowWeight, int K)
    {
        for (var k = 0; k < K; k++)
        {
            if (flowWeight[k + 1] == 0) return k + 1;
        }
        return K;
    }

    private static int FirstTied(double[] capacity)
    {
        var low = Lowest(capacity);
        for (var i = 0; i < capacity.Length; i++)
        {
            if (Ties(capacity[i], low)) return i;
        }
        return 0;
    }

    /// <summary>The smallest capacity (positive infinity when every link is unlimited).</summary>
    public static double Lowest(double[] capacity)
    {
        var low = double.PositiveInfinity;
        foreach (var x in capacity) low = Math.Min(low, x);
        return low;
    }

    /// <summary>Whether a link of capacity <paramref name="capacity"/> ties with the lowest; an unlimited link ties only when all are.</summary>
    public static bool Ties(double capacity, double low) =>
        double.IsPositiveInfinity(low) ? double.IsPositiveInfinity(capacity) : capacity - low <= TieTolerance * Math.Abs(low);
}
