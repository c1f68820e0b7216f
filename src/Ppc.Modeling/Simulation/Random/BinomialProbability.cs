using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// What a binomial's success probability alone decides, computed once for a p that many draws share
/// (a stage's conversion within a trial, a delay's conditional split within a run), so that each
/// <see cref="BinomialSampler"/> only adds what depends on n. Prepared from the same expressions as
/// <see cref="BinomialSampler(long, double)"/>, so a draw is the same to the last bit either way.
/// </summary>
internal readonly struct BinomialProbability
{
    private const double TwoPow53 = 9007199254740992.0;

    /// <summary>Prepares p.</summary>
    /// <param name="p">The success probability, in [0, 1].</param>
    public BinomialProbability(double p)
    {
        SamplerArguments.Probability(p);
        P = p;
        Flip = p > 0.5;
        Low = Flip ? 1 - p : p;
        Q = 1 - Low;
        LogQ = SamplingMath.Log1P(-Low);
        Ratio = Low / Q;
        BernoulliThreshold = ThresholdOf(p);
    }

    /// <summary>p, in [0, 1].</summary>
    public double P { get; }

    /// <summary>Whether p &gt; ½ (the samplers then draw failures).</summary>
    public bool Flip { get; }

    /// <summary>p' = min(p, 1 − p).</summary>
    public double Low { get; }

    /// <summary>1 − p'.</summary>
    public double Q { get; }

    /// <summary>ln(1 − p').</summary>
    public double LogQ { get; }

    /// <summary>p'/(1 − p').</summary>
    public double Ratio { get; }

    /// <summary>⌈p·2^53⌉: a draw's top 53 bits m give U = m·2^−53 &lt; p exactly when m is below it.</summary>
    public ulong BernoulliThreshold { get; }

    /// <summary>⌈p·2^53⌉ for p in [0, 1]: <see cref="BernoulliThreshold"/> without the rest.</summary>
    /// <param name="p">The probability, in [0, 1].</param>
    /// <returns>The threshold, in [0, 2^53].</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ThresholdOf(double p)
    {
        SamplerArguments.Probability(p);
        return unchecked((ulong)Math.Ceiling(p * TwoPow53));
    }

    /// <summary>
    /// Binomial(n, p) as n Bernoulli draws U &lt; p (the same uniforms, the same answer as comparing
    /// doubles), counted without branches: for the few units of a stage, cheaper than preparing a sampler.
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="n">The number of trials, small (each costs one draw).</param>
    /// <param name="threshold">p's <see cref="ThresholdOf"/>.</param>
    /// <returns>The successes, in [0, n].</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long SumOfBernoulli(ref Xoshiro256StarStar rng, long n, ulong threshold)
    {
        long successes = 0;
        for (var i = 0; i < n; i++)
        {
            // m − threshold wraps past 2^63 exactly when m < threshold (both at most 2^53).
            successes += unchecked((long)(((rng.NextUInt64() >> 11) - threshold) >> 63));
        }
        return successes;
    }
}
