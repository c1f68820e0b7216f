using MathNet.Numerics.Distributions;
using Ppc.Modeling.Simulation.Random;

namespace Ppc.Modeling.Tests.Simulation.Random;

/// <summary>A draw of a continuous sampler under test (a lambda over the trial's generator).</summary>
internal delegate double ContinuousDraw(ref Xoshiro256StarStar rng);

/// <summary>A draw of a discrete sampler under test.</summary>
internal delegate long DiscreteDraw(ref Xoshiro256StarStar rng);

/// <summary>A test statistic and the value above which it rejects the hypothesis.</summary>
/// <param name="Name">What was tested.</param>
/// <param name="Statistic">The statistic.</param>
/// <param name="Threshold">The rejection threshold.</param>
internal readonly record struct Check(string Name, double Statistic, double Threshold)
{
    public bool Passes => Statistic <= Threshold;

    public override string ToString() => $"{Name}: {Statistic:G6} (rejects above {Threshold:G6})";
}

/// <summary>
/// The statistics the sampler tests use, with MathNet's CDFs and PMFs as the independent reference.
/// Thresholds: Kolmogorov–Smirnov and chi-square at α = 0.001; moments at 5 standard errors. The
/// seeds are fixed, so each test is deterministic; the levels say how rarely a correct sampler
/// would fail at another seed. MutantTests shows that slightly wrong samplers fail them.
/// </summary>
internal static class GoodnessOfFit
{
    /// <summary>√n·D above which Kolmogorov–Smirnov rejects at α ≈ 0.001 (Kolmogorov distribution).</summary>
    public const double KolmogorovThreshold = 1.95;

    /// <summary>How many standard errors a moment may be off.</summary>
    public const double MomentThreshold = 5;

    public static double[] Draw(int count, ulong seed, ContinuousDraw draw)
    {
        var rng = new Xoshiro256StarStar(seed);
        var xs = new double[count];
        for (var i = 0; i < count; i++) xs[i] = draw(ref rng);
        return xs;
    }

    public static long[] Draw(int count, ulong seed, DiscreteDraw draw)
    {
        var rng = new Xoshiro256StarStar(seed);
        var ks = new long[count];
        for (var i = 0; i < count; i++) ks[i] = draw(ref rng);
        return ks;
    }

    /// <summary>Kolmogorov–Smirnov: √n·sup|F_n − F|.</summary>
    public static Check KolmogorovSmirnov(double[] sample, Func<double, double> cdf)
    {
        var sorted = (double[])sample.Clone();
        Array.Sort(sorted);
        var n = sorted.Length;
        var d = 0.0;
        for (var i = 0; i < n; i++)
        {
            var f = cdf(sorted[i]);
            d = Math.Max(d, Math.Max(f - (double)i / n, (i + 1.0) / n - f));
        }
        return new Check("Kolmogorov-Smirnov sqrt(n)*D", Math.Sqrt(n) * d, KolmogorovThreshold);
    }

    /// <summary>
    /// Pearson's chi-square over the values k whose expected count is at least 5, the lower tail
    /// merged into the first of them and the upper tail into the last.
    /// </summary>
    public static Check ChiSquare(long[] sample, double mean, Func<long, double> pmf, Func<long, double> cdf)
    {
        double n = sample.Length;
        long lo = (long)Math.Floor(mean), hi = lo;
        while (n * pmf(lo - 1) >= 5) lo--;
        while (n * pmf(hi + 1) >= 5) hi++;
        var bins = (int)(hi - lo + 1);
        var expected = new double[bins];
        for (var i = 0; i < bins; i++) expected[i] = n * pmf(lo + i);
        expected[0] += n * cdf(lo - 1);
        var inside = 0.0;
        for (var i = 0; i < bins; i++) inside += expected[i];
        expected[bins - 1] += Math.Max(0, n - inside);

        var observed = new double[bins];
        foreach (var k in sample) observed[(int)(Math.Clamp(k, lo, hi) - lo)]++;

        var statistic = 0.0;
        for (var i = 0; i < bins; i++) statistic += (observed[i] - expected[i]) * (observed[i] - expected[i]) / expected[i];
        return new Check($"chi-square over {bins} bins", statistic, ChiSquared.InvCDF(Math.Max(1, bins - 1), 0.999));
    }

    /// <summary>The sample mean's distance from <paramref name="mean"/>, in standard errors √(variance/n).</summary>
    public static Check Mean(ReadOnlySpan<double> sample, double mean, double variance)
    {
        var m = 0.0;
        foreach (var x in sample) m += x;
        m /= sample.Length;
        return new Check($"mean {m:G8} vs {mean:G8}, in standard errors", Math.Abs(m - mean) / Math.Sqrt(variance / sample.Length), MomentThreshold);
    }

    /// <summary>The sample variance's distance from <paramref name="variance"/>, in standard errors √((m₄ − s⁴)/n).</summary>
    public static Check Variance(ReadOnlySpan<double> sample, double variance)
    {
        var n = sample.Length;
        var mean = 0.0;
        foreach (var x in sample) mean += x;
        mean /= n;
        double m2 = 0, m4 = 0;
        foreach (var x in sample)
        {
            var d2 = (x - mean) * (x - mean);
            m2 += d2;
            m4 += d2 * d2;
        }
        var s2 = m2 / (n - 1);
        m4 /= n;
        return new Check($"variance {s2:G8} vs {variance:G8}, in standard errors", Math.Abs(s2 - variance) / Math.Sqrt((m4 - s2 * s2) / n), MomentThreshold);
    }

    public static double[] AsDoubles(long[] sample)
    {
        var xs = new double[sample.Length];
        for (var i = 0; i < xs.Length; i++) xs[i] = sample[i];
        return xs;
    }

    public static void AssertPasses(params Check[] checks)
    {
        foreach (var check in checks) Assert.True(check.Passes, check.ToString());
    }
}
