namespace Ppc.Modeling.Simulation;

/// <summary>
/// The statistics of one metric over the trials: mean, sample standard deviation (n − 1; 0 for one
/// trial) and percentiles by linear interpolation between order statistics (numpy's default).
/// </summary>
/// <param name="Mean">The mean.</param>
/// <param name="Sd">The standard deviation.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P10">10th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P50">The median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P95">95th percentile.</param>
public readonly record struct SummaryStatistics(
    double Mean, double Sd, double P5, double P10, double P25, double P50, double P75, double P90, double P95)
{
    internal static readonly double[] Levels = [0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95];

    /// <summary>Computes the statistics of <paramref name="values"/> (in trial order), with <paramref name="scratch"/> (as long) as working space.</summary>
    internal static SummaryStatistics Of(ReadOnlySpan<double> values, Span<double> scratch)
    {
        var n = values.Length;
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        var whole = true;
        foreach (var v in values)
        {
            sum += v;
            whole &= v == Math.Floor(v);
            if (v < min) min = v;
            if (v > max) max = v;
        }
        var mean = sum / n;
        double squares = 0;
        foreach (var v in values) squares += (v - mean) * (v - mean);
        var sd = n > 1 ? Math.Sqrt(squares / (n - 1)) : 0;
        Span<int> ranks = stackalloc int[14];
        for (var i = 0; i < 7; i++) (ranks[2 * i], ranks[2 * i + 1]) = Ranks(n, Levels[i]);
        Span<double> order = stackalloc double[14];
        OrderStatistics.Find(values, min, max, whole, ranks, scratch, order);
        Span<double> q = stackalloc double[7];
        for (var i = 0; i < 7; i++) q[i] = Interpolate(n, Levels[i], ranks[2 * i], order[2 * i], order[2 * i + 1]);
        return new SummaryStatistics(mean, sd, q[0], q[1], q[2], q[3], q[4], q[5], q[6]);
    }

    /// <summary>
    /// numpy's linear percentile: x[lo] + (h − lo)(x[lo+1] − x[lo]), h = (n − 1)q, where x[lo] and
    /// x[lo + 1] are in their sorted places (a sorted span, or one arranged by selection).
    /// </summary>
    internal static double Percentile(ReadOnlySpan<double> sorted, double level)
    {
        var (lo, hi) = Ranks(sorted.Length, level);
        return Interpolate(sorted.Length, level, lo, sorted[lo], sorted[hi]);
    }

    /// <summary>The two ranks a percentile interpolates between: lo = ⌊(n − 1)q⌋ and min(lo + 1, n − 1).</summary>
    private static (int Lo, int Hi) Ranks(int n, double level)
    {
        var lo = (int)Math.Floor((n - 1) * level);
        return (lo, Math.Min(lo + 1, n - 1));
    }

    /// <summary>x[lo] + (h − lo)(x[lo + 1] − x[lo]) with h = (n − 1)q.</summary>
    private static double Interpolate(int n, double level, int lo, double atLo, double atHi)
    {
        var h = (n - 1) * level;
        return atLo + (h - lo) * (atHi - atLo);
    }
}
