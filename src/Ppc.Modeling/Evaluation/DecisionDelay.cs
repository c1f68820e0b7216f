using Ppc.Modeling.Model;

namespace Ppc.Modeling.Evaluation;

/// <summary>
/// Recommendation 23's decision delay: the expected months from the first stage performed by a
/// role that performs the last stage (the first field meeting; the last stage itself when nobody
/// performs it) to signature, the sum of the delay pmfs' means, weighted by prospecting share.
/// </summary>
internal static class DecisionDelay
{
    public static double MeanMonths(CompiledScenario c)
    {
        var first = FirstFieldStage(c);
        double total = 0, weight = 0;
        for (var s = 0; s < c.S; s++) weight += c.ProspectingShare[s];
        for (var s = 0; s < c.S; s++)
        {
            var w = weight > 0 ? c.ProspectingShare[s] / weight : 1.0 / c.S;
            for (var k = first; k < c.K; k++) total += w * MeanOf(c.Delay[s * c.K + k]);
        }
        return total;
    }

    private static int FirstFieldStage(CompiledScenario c)
    {
        var last = c.K - 1;
        var closers = c.PerformersOfStage[last];
        if (closers.Length == 0) return last;
        for (var k = 0; k <= last; k++)
        {
            foreach (var r in closers)
            {
                if (c.Performs[r * c.K + k]) return k;
            }
        }
        return last;
    }

    private static double MeanOf(double[] pmf)
    {
        double mean = 0;
        for (var tau = 0; tau < pmf.Length; tau++) mean += tau * pmf[tau];
        return mean;
    }
}
