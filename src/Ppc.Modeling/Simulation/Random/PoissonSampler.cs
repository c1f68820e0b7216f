using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// Poisson(λ), exact, prepared for a fixed λ:
/// <list type="bullet">
/// <item>λ &lt; 10: inversion by sequential search from 0 (P(0) = e^−λ, P(k + 1) = P(k)·λ/(k + 1);
/// <see cref="SamplingMath.SequentialSearch"/>); about λ + 1 steps;</item>
/// <item>λ ≥ 10: PTRS, the transformed rejection with squeeze of Hörmann (1993, "The transformed
/// rejection method for generating Poisson random variables", Insurance: Mathematics and Economics
/// 12), whatever λ 1.1 to 1.35 pairs of uniforms per draw (1.33 at λ = 10, 1.12 at λ = 10⁶).
/// Its final test uses ln P(k) = k·ln(λ/(k + 1)) − ½·ln(k + 1) + (k + 1 − λ) − ½·ln(2π) − fc(k),
/// with the first logarithm taken through log1p, so that no large log-factorial is subtracted.</item>
/// </list>
/// λ ≤ 2^40 (<see cref="SamplerArguments.MaxCount"/>).
/// </summary>
internal readonly struct PoissonSampler
{
    private const double InversionBelow = 10;

    private readonly double _lambda;
    private readonly bool _ptrs;

    // Inversion: P(0).
    private readonly double _p0;

    // PTRS (Hörmann's notation).
    private readonly double _a;
    private readonly double _b;
    private readonly double _vr;
    private readonly double _logInvAlpha;

    /// <summary>Prepares Poisson(<paramref name="lambda"/>).</summary>
    /// <param name="lambda">The mean λ, in [0, 2^40].</param>
    public PoissonSampler(double lambda)
    {
        SamplerArguments.PoissonMean(lambda);
        _lambda = lambda;
        if (lambda < InversionBelow)
        {
            _p0 = Math.Exp(-lambda);
            return;
        }
        _ptrs = true;
        _b = 0.931 + 2.53 * Math.Sqrt(lambda);
        _a = -0.059 + 0.02483 * _b;
        _vr = 0.9277 - 3.6224 / (_b - 2);
        _logInvAlpha = Math.Log(1.1239 + 1.1328 / (_b - 3.4));
    }

    /// <summary>One draw.</summary>
    /// <param name="rng">The generator.</param>
    /// <returns>A count ≥ 0.</returns>
    public long Sample(ref Xoshiro256StarStar rng)
    {
        if (_lambda == 0) return 0;
        return _ptrs ? SamplePtrs(ref rng) : SamplingMath.SequentialSearch(ref rng, _p0, _lambda, 0);
    }

    private long SamplePtrs(ref Xoshiro256StarStar rng)
    {
        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextDouble();
            if (TryPtrs(u, v, out var k)) return k;
        }
    }

    /// <summary>
    /// PTRS's decision for one pair of uniforms, a pure function (the exactness test integrates it
    /// over the unit square): the count k that <paramref name="u"/> maps to, and whether
    /// (<paramref name="u"/>, <paramref name="v"/>) is accepted.
    /// </summary>
    /// <param name="u">U − ½, in [−½, ½).</param>
    /// <param name="v">V, in [0, 1).</param>
    /// <param name="k">The count, when accepted.</param>
    /// <returns>Whether the pair is accepted.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryPtrs(double u, double v, out long k)
    {
        var us = 0.5 - Math.Abs(u);
        var kd = Math.Floor((2 * _a / us + _b) * u + _lambda + 0.43);
        k = 0;
        // Past 2^41 (twice the largest λ) every probability is 0 in double precision.
        if (kd < 0 || kd > 2 * SamplerArguments.MaxCount) return false;
        k = unchecked((long)kd);
        if (us >= 0.07 && v <= _vr) return true;
        if (us < 0.013 && v > us) return false;
        return Math.Log(v) + _logInvAlpha - Math.Log(_a / (us * us) + _b) <= LogProbability(kd);
    }

    /// <summary>ln P(k) = k·ln λ − λ − ln k!, through Stirling's formula with its tail fc(k).</summary>
    private double LogProbability(double k) =>
        k * SamplingMath.Log1P((_lambda - (k + 1)) / (k + 1))
        - 0.5 * Math.Log(k + 1) + (k + 1 - _lambda) - SamplingMath.HalfLogTwoPi - SamplingMath.StirlingTail(k);
}
