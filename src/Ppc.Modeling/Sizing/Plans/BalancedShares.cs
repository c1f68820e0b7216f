using Ppc.Modeling.Model;

namespace Ppc.Modeling.Sizing.Plans;

/// <summary>MODEL.md §2's balanced shares: over the stages r performs, share ∝ e[k] · n[k] (equal when all are 0).</summary>
internal static class BalancedShares
{
    /// <summary>The balanced share of role r on stage k at [r * K + k] (0 where r does not perform k).</summary>
    public static double[] Of(CompiledScenario c)
    {
        int K = c.K;
        var weights = FlowWeights(c);
        var shares = new double[c.R * K];
        for (var r = 0; r < c.R; r++)
        {
            var stages = Enumerable.Range(0, K).Where(k => c.Performs[r * K + k]).ToList();
            var total = stages.Sum(k => c.Means.HoursPerUnit[k] * weights[k]);
            foreach (var k in stages) shares[r * K + k] = total > 0 ? c.Means.HoursPerUnit[k] * weights[k] / total : 1.0 / stages.Count;
        }
        return shares;
    }

    /// <summary>n[k] = Σ_s w[s] · Π_{j&lt;k} p[s,j]: units reaching stage k per record worked.</summary>
    public static double[] FlowWeights(CompiledScenario c)
    {
        var n = new double[c.K];
        for (var s = 0; s < c.S; s++)
        {
            var through = 1.0;
            for (var k = 0; k < c.K; k++)
            {
                n[k] += c.ProspectingShare[s] * through;
                through *= c.Means.Conversion[s * c.K + k];
            }
        }
        return n;
    }
}
