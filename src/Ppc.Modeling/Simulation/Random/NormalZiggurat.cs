using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// The standard normal by the ziggurat method of Marsaglia and Tsang (2000, "The ziggurat method for
/// generating random variables"), 256 layers, exact: the wedges are tested against exp(−x²/2) and
/// the base layer's tail beyond r is drawn by Marsaglia's exact tail method. Unlike the 2000 paper's
/// 32-bit code, the layer index (the low 8 bits) and the abscissa (the top 53 bits) come from
/// disjoint bits of one 64-bit output, so they are independent (Doornik 2005).
/// </summary>
internal static class NormalZiggurat
{
    private const int Layers = 256;

    /// <summary>The right end r of the base layer for 256 layers of f(x) = exp(−x²/2).</summary>
    private const double R = 3.6541528853610088;

    /// <summary>The area of each layer, V = r·f(r) + ∫_r^∞ f (both to 17 digits, from 40-digit arithmetic).</summary>
    private const double V = 0.0049286732339746553;

    // X[i] is the right edge of layer i (X[0] = V / f(r), the base layer's width were it a rectangle;
    // X[1] = r; X[256] = 0); F[i] = f(X[i]). Layer i ≥ 1 spans heights [F[i], F[i + 1]].
    private static readonly double[] X = BuildEdges();
    private static readonly double[] F = BuildHeights(X);

    /// <summary>The right edges X[0..256] of the layers (for tests).</summary>
    internal static ReadOnlySpan<double> Edges => X;

    /// <summary>The area of every layer (for tests).</summary>
    internal const double LayerArea = V;

    /// <summary>One standard normal draw.</summary>
    /// <param name="rng">The generator.</param>
    /// <returns>A draw of N(0, 1).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sample(ref Xoshiro256StarStar rng)
    {
        var bits = rng.NextUInt64();
        var i = (int)(bits & (Layers - 1));
        var x = ((bits >> 11) * (1.0 / (1UL << 52)) - 1.0) * X[i];
        return Math.Abs(x) < X[i + 1] ? x : SampleSlow(ref rng, i, x);
    }

    /// <summary>The rare path (about 1% of draws): a wedge or the tail.</summary>
    private static double SampleSlow(ref Xoshiro256StarStar rng, int layer, double x)
    {
        while (true)
        {
            if (layer == 0) return x < 0 ? -SampleTail(ref rng) : SampleTail(ref rng);
            if (F[layer] + (F[layer + 1] - F[layer]) * rng.NextDouble() < Math.Exp(-0.5 * x * x)) return x;

            var bits = rng.NextUInt64();
            layer = (int)(bits & (Layers - 1));
            x = ((bits >> 11) * (1.0 / (1UL << 52)) - 1.0) * X[layer];
            if (Math.Abs(x) < X[layer + 1]) return x;
        }
    }

    /// <summary>Marsaglia (1964): the normal conditioned on x &gt; r, by exponential proposals.</summary>
    private static double SampleTail(ref Xoshiro256StarStar rng)
    {
        while (true)
        {
            var x = -Math.Log(rng.NextDoubleOpen()) / R;
            var y = -Math.Log(rng.NextDoubleOpen());
            if (y + y >= x * x) return R + x;
        }
    }

    private static double[] BuildEdges()
    {
        var x = new double[Layers + 1];
        x[0] = V / Math.Exp(-0.5 * R * R);
        x[1] = R;
        for (var i = 1; i < Layers - 1; i++)
        {
            x[i + 1] = Math.Sqrt(-2 * Math.Log(V / x[i] + Math.Exp(-0.5 * x[i] * x[i])));
        }
        x[Layers] = 0;
        return x;
    }

    private static double[] BuildHeights(double[] x)
    {
        var f = new double[x.Length];
        for (var i = 0; i < x.Length; i++) f[i] = Math.Exp(-0.5 * x[i] * x[i]);
        return f;
    }
}
