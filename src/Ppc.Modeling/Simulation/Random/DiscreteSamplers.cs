using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// Exact samplers of the whole-unit draws of MODEL.md §4 "Whole units", as extensions on the
/// trial's generator (<c>rng.Binomial(survivors, attrition)</c>). Counts are <see cref="long"/>
/// in [0, 2^40]; none allocates.
/// </summary>
internal static class DiscreteSamplers
{
    /// <summary>True with probability <paramref name="p"/>: U &lt; p with U a multiple of 2^−53 in [0, 1), so p = 0 never and p = 1 always.</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="p">The probability, in [0, 1].</param>
    /// <returns>The outcome.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Bernoulli(this ref Xoshiro256StarStar rng, double p)
    {
        SamplerArguments.Probability(p);
        return rng.NextDouble() < p;
    }

    /// <summary>
    /// A real quantity made whole (MODEL.md §4): ⌊x⌋ + Bernoulli(x − ⌊x⌋), whose mean is x. A whole x
    /// is returned as is, without a draw.
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="x">The quantity, finite, |x| ≤ 2^53.</param>
    /// <returns>⌊x⌋ or ⌊x⌋ + 1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long RoundStochastic(this ref Xoshiro256StarStar rng, double x)
    {
        if (!(Math.Abs(x) <= 9007199254740992.0)) SamplerArguments.Fail(nameof(x), x, "a finite number with |x| <= 2^53");
        var whole = Math.Floor(x);
        var fraction = x - whole;
        // |whole| ≤ 2^53 was checked above, so the conversion cannot overflow.
        var n = unchecked((long)whole);
        return fraction > 0 && rng.NextDouble() < fraction ? n + 1 : n;
    }

    /// <summary>Binomial(n, p), exact: inversion when n·min(p, 1 − p) &lt; 10, BTRS above (<see cref="BinomialSampler"/>).</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="n">The number of trials, 0..2^40.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    /// <returns>The number of successes, in [0, n].</returns>
    public static long Binomial(this ref Xoshiro256StarStar rng, long n, double p) =>
        new BinomialSampler(n, p).Sample(ref rng);

    /// <summary>Binomial(n, p) for a p prepared once for many draws; the same draw as <see cref="Binomial(ref Xoshiro256StarStar, long, double)"/>.</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="n">The number of trials, 0..2^40.</param>
    /// <param name="probability">p, prepared.</param>
    /// <returns>The number of successes, in [0, n].</returns>
    public static long Binomial(this ref Xoshiro256StarStar rng, long n, in BinomialProbability probability) =>
        new BinomialSampler(n, probability).Sample(ref rng);

    /// <summary>Poisson(λ), exact: inversion when λ &lt; 10, PTRS above (<see cref="PoissonSampler"/>).</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="lambda">The mean λ, in [0, 2^40].</param>
    /// <returns>The count, ≥ 0.</returns>
    public static long Poisson(this ref Xoshiro256StarStar rng, double lambda) =>
        new PoissonSampler(lambda).Sample(ref rng);

    /// <summary>
    /// Multinomial(n, pmf) by conditional binomials: category i gets
    /// Binomial(n − Σ_{j&lt;i} counts[j], pmf[i] / Σ_{j≥i} pmf[j]) and the last category with mass gets
    /// what is left; once n is used up the remaining counts are 0 without further draws. The pmf
    /// need not be normalised (it is divided by its sum).
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="n">The number of units to spread, 0..2^40.</param>
    /// <param name="pmf">The categories' weights: finite, ≥ 0, with a positive sum.</param>
    /// <param name="counts">Receives the count of each category; as long as <paramref name="pmf"/>.</param>
    public static void Multinomial(this ref Xoshiro256StarStar rng, long n, ReadOnlySpan<double> pmf, Span<long> counts)
    {
        SamplerArguments.Count(n);
        if (counts.Length != pmf.Length) SamplerArguments.Fail(nameof(counts), counts.Length, $"as long as pmf ({pmf.Length})");
        Span<BinomialProbability> splits = pmf.Length <= 16 ? stackalloc BinomialProbability[pmf.Length] : new BinomialProbability[pmf.Length];
        var last = MultinomialSplits(pmf, splits);
        rng.Multinomial(n, splits, last, counts);
    }

    /// <summary>
    /// Prepares <see cref="Multinomial(ref Xoshiro256StarStar, long, ReadOnlySpan{BinomialProbability}, int, Span{long})"/>
    /// for a pmf that many draws share: category i's conditional probability pmf[i] / Σ_{j≥i} pmf[j]
    /// (p = 0 for a category without mass, which then draws nothing).
    /// </summary>
    /// <param name="pmf">The categories' weights: finite, ≥ 0, with a positive sum.</param>
    /// <param name="splits">Receives the conditional probabilities; as long as <paramref name="pmf"/>.</param>
    /// <returns>The last category with mass, which gets what is left.</returns>
    public static int MultinomialSplits(ReadOnlySpan<double> pmf, Span<BinomialProbability> splits)
    {
        var total = 0.0;
        var last = -1;
        for (var i = 0; i < pmf.Length; i++)
        {
            if (!(pmf[i] >= 0 && pmf[i] < double.PositiveInfinity)) SamplerArguments.Fail($"{nameof(pmf)}[{i}]", pmf[i], "a finite number >= 0");
            total += pmf[i];
            if (pmf[i] > 0) last = i;
        }
        if (last < 0) SamplerArguments.Fail(nameof(pmf), "all zero", "weights with a positive sum");
        var rest = total;
        for (var i = 0; i < pmf.Length; i++)
        {
            // rest ≥ pmf[i] in exact arithmetic; rounding may take it just below.
            splits[i] = new BinomialProbability(pmf[i] == 0 ? 0 : pmf[i] >= rest ? 1 : pmf[i] / rest);
            rest -= pmf[i];
        }
        return last;
    }

    /// <summary>Multinomial(n, pmf) with the conditional probabilities prepared by <see cref="MultinomialSplits"/>.</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="n">The number of units to spread, 0..2^40.</param>
    /// <param name="splits">The pmf's conditional probabilities.</param>
    /// <param name="last">The last category with mass.</param>
    /// <param name="counts">Receives the count of each category; as long as <paramref name="splits"/>.</param>
    public static void Multinomial(this ref Xoshiro256StarStar rng, long n, ReadOnlySpan<BinomialProbability> splits, int last, Span<long> counts)
    {
        counts.Clear();
        var left = n;
        for (var i = 0; i < last && left > 0; i++)
        {
            if (splits[i].P == 0) continue;
            var k = rng.Binomial(left, splits[i]);
            counts[i] = k;
            left -= k;
        }
        counts[last] = left;
    }
}
