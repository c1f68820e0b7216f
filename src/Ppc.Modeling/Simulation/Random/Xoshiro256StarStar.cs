using System.Numerics;
using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// The xoshiro256** 1.0 generator (Blackman and Vigna; reference C code at
/// prng.di.unimi.it/xoshiro256starstar.c): 256 bits of state, period 2^256 − 1, 64 bits per call.
/// A mutable struct: pass it by <c>ref</c> (every sampler is an extension on <c>ref</c>), never copy
/// it by value between users, or two users will draw the same numbers.
/// </summary>
/// <remarks>
/// Every Monte Carlo trial has its own stream, <see cref="ForTrial"/>, a documented function of the
/// run's seed and the trial's index (MODEL.md §4 "Reproducible"), so a trial draws the same numbers
/// whichever thread or machine runs it.
/// </remarks>
internal struct Xoshiro256StarStar
{
    private const double TwoPowMinus53 = 1.0 / (1UL << 53);
    private const double TwoPowMinus52 = 1.0 / (1UL << 52);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>
    /// A generator seeded the way the xoshiro authors recommend: its four state words are the first
    /// four outputs of <see cref="SplitMix64"/> started at <paramref name="seed"/>. The same as
    /// <c>ForTrial(seed, 0)</c>.
    /// </summary>
    /// <param name="seed">Any 64-bit value (0 included).</param>
    public Xoshiro256StarStar(ulong seed)
    {
        var splitMix = new SplitMix64(seed);
        _s0 = splitMix.Next();
        _s1 = splitMix.Next();
        _s2 = splitMix.Next();
        _s3 = splitMix.Next();
    }

    /// <summary>A generator with the given raw state (for known-answer tests); not all zero.</summary>
    /// <param name="s0">State word 0.</param>
    /// <param name="s1">State word 1.</param>
    /// <param name="s2">State word 2.</param>
    /// <param name="s3">State word 3.</param>
    /// <returns>The generator.</returns>
    public static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("The xoshiro256** state must not be all zero.", nameof(s0));
        }
        var rng = default(Xoshiro256StarStar);
        rng._s0 = s0;
        rng._s1 = s1;
        rng._s2 = s2;
        rng._s3 = s3;
        return rng;
    }

    /// <summary>
    /// The random stream of one Monte Carlo trial, a fixed function of (seed, trial index). With
    /// φ = 0x9E3779B97F4A7C15 and <c>mix</c> the SplitMix64 output function
    /// (<see cref="SplitMix64.Mix"/>), all arithmetic modulo 2^64:
    /// <code>
    /// x  = seed XOR mix(trialIndex · φ)
    /// sⱼ = mix(x + (j + 1) · φ)   for j = 0, 1, 2, 3   (SplitMix64 started at x: its first four outputs)
    /// </code>
    /// and (s₀, s₁, s₂, s₃) is the xoshiro256** state. Distinct trial indices give distinct starting
    /// points x (both maps are bijections), and mixing the index first keeps the starting points of
    /// neighbouring trials from being shifts of one another, which a plain <c>seed + index · φ</c>
    /// would make them. Trial 0 is <c>new Xoshiro256StarStar(seed)</c> (mix(0) = 0). The four
    /// SplitMix64 outputs come from distinct counters of a bijection, so at most one is zero and the
    /// state is never all zero.
    /// </summary>
    /// <param name="seed">The run's seed.</param>
    /// <param name="trialIndex">The trial's 0-based index, ≥ 0.</param>
    /// <returns>The trial's generator.</returns>
    public static Xoshiro256StarStar ForTrial(ulong seed, long trialIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trialIndex);
        var start = seed ^ SplitMix64.Mix(unchecked((ulong)trialIndex * SplitMix64.GoldenGamma));
        return new Xoshiro256StarStar(start);
    }

    /// <summary>The next 64 random bits (the xoshiro256** step).</summary>
    /// <returns>A uniform 64-bit value.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
            var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = BitOperations.RotateLeft(s3, 45);
            _s0 = s0;
            _s1 = s1;
            _s2 = s2;
            _s3 = s3;
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1): <see cref="ToUnitInterval"/> of <see cref="NextUInt64"/>.</summary>
    /// <returns>A multiple of 2^−53 in [0, 1).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => ToUnitInterval(NextUInt64());

    /// <summary>A uniform double in the open interval (0, 1), safe to take the logarithm of: <see cref="ToOpenUnitInterval"/> of <see cref="NextUInt64"/>.</summary>
    /// <returns>A value in (0, 1), never 0 or 1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDoubleOpen() => ToOpenUnitInterval(NextUInt64());

    /// <summary>64 random bits to [0, 1): the top 53 bits times 2^−53.</summary>
    /// <param name="bits">The bits.</param>
    /// <returns>A multiple of 2^−53 in [0, 1).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToUnitInterval(ulong bits) => (bits >> 11) * TwoPowMinus53;

    /// <summary>64 random bits to (0, 1): the top 52 bits plus one half, times 2^−52, so the values are
    /// (i + ½)·2^−52, symmetric about ½.</summary>
    /// <param name="bits">The bits.</param>
    /// <returns>A value in [2^−53, 1 − 2^−53].</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToOpenUnitInterval(ulong bits) => ((bits >> 12) + 0.5) * TwoPowMinus52;

    /// <summary>
    /// A uniform integer in [0, <paramref name="bound"/>), exactly uniform (Lemire's multiply-shift
    /// with rejection, "Fast random integer generation in an interval", 2019).
    /// </summary>
    /// <param name="bound">The exclusive upper bound, ≥ 1.</param>
    /// <returns>A value in [0, bound).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextBounded(ulong bound)
    {
        if (bound == 0) SamplerArguments.Fail(nameof(bound), bound, "at least 1");
        var high = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = unchecked(0 - bound) % bound;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), bound, out low);
            }
        }
        return high;
    }
}
