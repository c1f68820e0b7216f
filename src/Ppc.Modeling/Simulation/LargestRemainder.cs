using System.Numerics;

namespace Ppc.Modeling.Simulation;

/// <summary>
/// Whole-unit splits of MODEL.md §4: each part gets the floor of its quota and the units left go
/// one each to the largest remainders; ties go to the part that comes first in the scenario.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>
    /// Splits <paramref name="units"/> in proportion to integer <paramref name="demand"/> (Σ demand ≥ units):
    /// floor(units · d / D), then one each to the largest (units · d mod D), computed exactly in integers.
    /// </summary>
    public static void Ration(long units, ReadOnlySpan<long> demand, Span<long> share, Span<long> remainder)
    {
        long total = 0;
        foreach (var d in demand) total += d;
        long given = 0;
        var small = units <= int.MaxValue && total <= int.MaxValue;
        for (var i = 0; i < demand.Length; i++)
        {
            if (total <= 0)
            {
                (share[i], remainder[i]) = (0, -1);
                continue;
            }
            if (small)
            {
                // units · d < 2^62: exact in 64-bit integers, much faster than 128-bit division.
                var product = units * demand[i];
                (share[i], remainder[i]) = (product / total, product % total);
            }
            else
            {
                var product = (Int128)units * demand[i];
                (share[i], remainder[i]) = ((long)(product / total), (long)(product % total));
            }
            given += share[i];
        }
        GiveLeftovers(units - given, share, remainder[..demand.Length]);
    }

    /// <summary>
    /// Splits <paramref name="units"/> by real weights: floor(units · w / Σw), then one each to the
    /// largest fractional parts (double precision). Parts with weight 0 get nothing.
    /// </summary>
    public static void SplitByWeight(long units, ReadOnlySpan<double> weight, Span<long> share, Span<double> fraction)
    {
        double total = 0;
        foreach (var w in weight) total += w;
        long given = 0;
        for (var i = 0; i < weight.Length; i++)
        {
            var quota = total > 0 ? units * weight[i] / total : 0;
            var whole = Math.Floor(quota);
            share[i] = (long)whole;
            fraction[i] = weight[i] > 0 ? quota - whole : -1;
            given += share[i];
        }
        GiveLeftovers(units - given, share, fraction[..weight.Length]);
    }

    /// <summary>
    /// Gives the <paramref name="left"/> units one each to the parts with the largest remainders (ties: the
    /// first); a part whose remainder is below 0 takes none, and a part that took one is marked so.
    /// </summary>
    private static void GiveLeftovers<T>(long left, Span<long> share, Span<T> remainder)
        where T : INumber<T>
    {
        for (; left > 0; left--)
        {
            var best = -1;
            for (var i = 0; i < remainder.Length; i++)
            {
                if (remainder[i] >= T.Zero && (best < 0 || remainder[i] > remainder[best])) best = i;
            }
            if (best < 0) return;
            share[best]++;
            remainder[best] = -T.One;
        }
    }
}
