using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// Binomial(n, p), exact, prepared for a fixed (n, p): the constants are computed once, each
/// <see cref="Sample"/> only draws. For p &gt; ½ it draws n − Binomial(n, 1 − p). With p' = min(p, 1 − p):
/// <list type="bullet">
/// <item>n·p' &lt; 10: inversion by sequential search from 0 (P(0) = (1 − p')ⁿ, then
/// P(k + 1) = P(k)·(n − k)/(k + 1)·p'/(1 − p'); <see cref="SamplingMath.SequentialSearch"/>);
/// about n·p' + 1 steps;</item>
/// <item>n·p' ≥ 10: BTRS, the transformed rejection with squeeze of Hörmann (1993, "The generation of
/// binomial random variates", J. Statist. Comput. Simul. 46), whatever n 1.1 to 1.4 pairs of
/// uniforms per draw (1.35 at n·p' = 10, 1.13 at n = 10⁶, p = ½). Its final test compares with f(k)/f(m), m = ⌊(n + 1)p'⌋, written with Stirling tails
/// fc and logarithms of ratios taken through log1p, so that no large log-factorials are subtracted.</item>
/// </list>
/// Counts are <see cref="long"/>, n ≤ 2^40 (<see cref="SamplerArguments.MaxCount"/>).
/// </summary>
internal readonly struct BinomialSampler
{
    private const double InversionBelow = 10;

    private readonly long _n;
    private readonly bool _flip;
    private readonly bool _btrs;

    // Inversion: P(0) and p'/(1 − p').
    private readonly double _p0;
    private readonly double _ratio;

    // BTRS (Hörmann's notation).
    private readonly double _a;
    private readonly double _b;
    private readonly double _c;
    private readonly double _vr;
    private readonly double _alpha;
    private readonly double _m;
    private readonly double _pLow;
    private readonly double _nPlus2P;
    private readonly double _q;

    /// <summary>Prepares Binomial(<paramref name="n"/>, <paramref name="p"/>).</summary>
    /// <param name="n">The number of trials, 0..2^40.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    public BinomialSampler(long n, double p)
        : this(n, new BinomialProbability(p))
    {
    }

    /// <summary>Prepares Binomial(<paramref name="n"/>, p) for a p prepared once for many draws.</summary>
    /// <param name="n">The number of trials, 0..2^40.</param>
    /// <param name="probability">p, prepared.</param>
    public BinomialSampler(long n, in BinomialProbability probability)
    {
        SamplerArguments.Count(n);
        _n = n;
        _flip = probability.Flip;
        var p = probability.Low;
        var q = probability.Q;
        double nd = n;
        _q = q;
        if (nd * p < InversionBelow)
        {
            _p0 = Math.Exp(nd * probability.LogQ);
            _ratio = probability.Ratio;
            return;
        }

        _btrs = true;
        var spq = Math.Sqrt(nd * p * q);
        _b = 1.15 + 2.53 * spq;
        _a = -0.0873 + 0.0248 * _b + 0.01 * p;
        _c = nd * p + 0.5;
        _vr = 0.92 - 4.2 / _b;
        _alpha = (2.83 + 5.1 / _b) * spq;
        _m = Math.Floor((nd + 1) * p);
        _nPlus2P = (nd + 2) * p;
        _pLow = p;
    }

    /// <summary>
    /// h = (m + ½)·ln((m + 1)/(r·(n − m + 1))) + fc(m) + fc(n − m), r = p/q; the ratio is
    /// 1 + ((m + 1) − (n + 2)p)/((n − m + 1)p). Only the pairs that fall outside the squeeze need it
    /// (1 − 0.86·v_r of them: about a fifth for very large n·p, over half near n·p = 10), so it is
    /// computed there, not when the sampler is prepared.
    /// </summary>
    private double LogH()
    {
        double nd = _n;
        var nm = nd - _m + 1;
        return (_m + 0.5) * SamplingMath.Log1P((_m + 1 - _nPlus2P) / (nm * _pLow))
            + SamplingMath.StirlingTail(_m) + SamplingMath.StirlingTail(nd - _m);
    }

    /// <summary>One draw.</summary>
    /// <param name="rng">The generator.</param>
    /// <returns>A count in [0, n].</returns>
    public long Sample(ref Xoshiro256StarStar rng)
    {
        if (_n == 0 || _p0 == 1) return _flip ? _n : 0;
        var k = _btrs ? SampleBtrs(ref rng) : SamplingMath.SequentialSearch(ref rng, _p0, _ratio * _n, _ratio);
        return _flip ? _n - k : k;
    }

    private long SampleBtrs(ref Xoshiro256StarStar rng)
    {
        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextDouble();
            if (TryBtrs(u, v, out var k)) return k;
        }
    }

    /// <summary>
    /// BTRS's decision for one pair of uniforms, a pure function (the exactness test integrates it
    /// over the unit square): the count k that <paramref name="u"/> maps to, and whether
    /// (<paramref name="u"/>, <paramref name="v"/>) is accepted.
    /// </summary>
    /// <param name="u">U − ½, in [−½, ½).</param>
    /// <param name="v">V, in [0, 1).</param>
    /// <param name="k">The count, when accepted.</param>
    /// <returns>Whether the pair is accepted.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryBtrs(double u, double v, out long k)
    {
        var us = 0.5 - Math.Abs(u);
        var kd = Math.Floor((2 * _a / us + _b) * u + _c);
        k = 0;
        if (kd < 0 || kd > _n) return false;
        k = unchecked((long)kd);
        if (us >= 0.07 && v <= _vr) return true;
        return Math.Log(v * _alpha / (_a / (us * us) + _b)) <= LogRatioToMode(kd);
    }

    /// <summary>
    /// ln f(k)/f(m) = h + (n + 1)·ln(nm/nk) + (k + ½)·ln(nk·r/(k + 1)) − fc(k) − fc(n − k), with
    /// nm = n − m + 1, nk = n − k + 1, r = p/q; nm/nk = 1 + (k − m)/nk and
    /// nk·r/(k + 1) = 1 + ((n + 2)p − (k + 1))/((k + 1)q).
    /// </summary>
    private double LogRatioToMode(double k)
    {
        double n = _n, nk = n - k + 1;
        return LogH()
            + (n + 1) * SamplingMath.Log1P((k - _m) / nk)
            + (k + 0.5) * SamplingMath.Log1P((_nPlus2P - (k + 1)) / ((k + 1) * _q))
            - SamplingMath.StirlingTail(k) - SamplingMath.StirlingTail(n - k);
    }
}
