using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>The numerical helpers the exact discrete samplers share.</summary>
internal static class SamplingMath
{
    /// <summary>½·ln(2π).</summary>
    public const double HalfLogTwoPi = 0.91893853320467274178;

    // fc(k) for k = 0..9, to 17 significant digits (computed with 40-digit arithmetic).
    private static ReadOnlySpan<double> StirlingTailTable =>
    [
        0.081061466795327258, 0.041340695955409294, 0.027677925684998339, 0.020790672103765093,
        0.016644691189821192, 0.013876128823070748, 0.011896709945891770, 0.010411265261972096,
        0.0092554621827127329, 0.0083305634333628713,
    ];

    // 1/(k + 1) for k < 64: the sequential search multiplies instead of dividing (a division's
    // latency would dominate its few steps).
    private static readonly double[] Reciprocals = BuildReciprocals(64);

    /// <summary>
    /// ln(1 + x), accurate for small |x| (.NET's <c>double.LogP1</c> is <c>Log(x + 1)</c>, which
    /// loses the digits of a small x). Goldberg's correction: with u = 1 ⊕ x,
    /// ln(1 + x) = ln(u)·x/(u − 1), exact to a few ulps.
    /// </summary>
    /// <param name="x">A value &gt; −1 (−1 gives −∞).</param>
    /// <returns>ln(1 + x).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Log1P(double x)
    {
        var u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>
    /// The Stirling tail fc(k) = ln k! − [(k + ½)·ln(k + 1) − (k + 1) + ½·ln(2π)] of Hörmann (1993):
    /// a table for k &lt; 10, and beyond the series 1/(12z) − 1/(360z³) + 1/(1260z⁵) − 1/(1680z⁷)
    /// with z = k + 1, whose error is below 1/(1188z⁹) ≤ 4·10⁻¹³.
    /// </summary>
    /// <param name="k">A whole number ≥ 0, as a double.</param>
    /// <returns>fc(k).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double StirlingTail(double k)
    {
        if (k < 10) return StirlingTailTable[(int)k];
        var z = k + 1;
        var z2 = 1 / (z * z);
        return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - z2 / 1680) * z2) * z2) / z;
    }

    /// <summary>
    /// Inversion by sequential search from 0 for a pmf with P(k + 1) = P(k)·(a − b·k)/(k + 1): the
    /// binomial (a = n·r, b = r, r = p/(1 − p); the factor is 0 at k = n) and the Poisson (a = λ,
    /// b = 0). About mean + 1 steps. Past the mode the terms only decrease, so the search ends where
    /// a term is 0; if the uniform fell beyond the computed pmf's sum (1 up to rounding), it draws again.
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="p0">P(0), &gt; 0.</param>
    /// <param name="a">The recurrence's constant term.</param>
    /// <param name="b">The recurrence's slope.</param>
    /// <returns>The count.</returns>
    public static long SequentialSearch(ref Xoshiro256StarStar rng, double p0, double a, double b)
    {
        while (true)
        {
            var u = rng.NextDouble();
            var f = p0;
            for (long k = 0; ; k++)
            {
                if (u < f) return k;
                u -= f;
                f *= k < Reciprocals.Length ? (a - b * k) * Reciprocals[k] : (a - b * k) / (k + 1);
                if (f <= 0) break;
            }
        }
    }

    private static double[] BuildReciprocals(int count)
    {
        var reciprocals = new double[count];
        for (var k = 0; k < count; k++) reciprocals[k] = 1.0 / (k + 1);
        return reciprocals;
    }
}
