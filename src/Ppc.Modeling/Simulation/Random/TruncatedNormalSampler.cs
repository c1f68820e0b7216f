using MathNet.Numerics;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// The normal N(μ, σ²) conditioned on [min, max], exact in every regime, prepared once (the method
/// depends only on the parameters). On the standardised interval [a, b], a = (min − μ)/σ,
/// b = (max − μ)/σ, turned so that it does not lie wholly left of 0 (b ≤ 0 is sampled as [−b, −a]
/// and negated):
/// <list type="bullet">
/// <item>mass Φ(b) − Φ(a) ≥ ¼: draw N(0, 1) until it falls inside (at most 4 tries on average);</item>
/// <item>a &lt; 0 &lt; b with less mass (then b − a &lt; 0.68): uniform proposals on [a, b], accepted
/// with probability exp(−z²/2) (at least 0.79);</item>
/// <item>0 ≤ a, narrow ((b² − a²)/2 ≤ 1): uniform proposals on [a, b], accepted with probability
/// exp((a² − z²)/2) (at least 1/e);</item>
/// <item>0 ≤ a otherwise: Robert's (1995, "Simulation of truncated normal variables") exponential
/// proposals z = a + E/α, α = (a + √(a² + 4))/2, rejected beyond b and accepted with probability
/// exp(−(z − α)²/2) (at least 0.63 overall).</item>
/// </list>
/// Every branch accepts with a probability bounded away from 0, so no draw loops for ever, however
/// far in the tail the interval lies. The method choice only affects speed, never the distribution.
/// </summary>
internal readonly struct TruncatedNormalSampler
{
    private readonly double _mu;
    private readonly double _sd;
    private readonly double _min;
    private readonly double _max;
    private readonly double _a;
    private readonly double _b;
    private readonly double _alpha;
    private readonly Method _method;
    private readonly bool _negate;

    /// <summary>Prepares N(<paramref name="mu"/>, <paramref name="sd"/>²) conditioned on [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="mu">μ, finite.</param>
    /// <param name="sd">σ, finite, ≥ 0 (0: the draw is μ clamped to the bounds).</param>
    /// <param name="min">The lower bound; −∞ for none.</param>
    /// <param name="max">The upper bound, ≥ min; +∞ for none.</param>
    public TruncatedNormalSampler(double mu, double sd, double min, double max)
    {
        SamplerArguments.Finite(mu);
        SamplerArguments.NonNegative(sd);
        if (double.IsNaN(min) || min == double.PositiveInfinity) SamplerArguments.Fail(nameof(min), min, "a number or -infinity");
        if (!(max >= min) || max == double.NegativeInfinity) SamplerArguments.Fail(nameof(max), max, $"a number >= min ({min}) or +infinity");

        _mu = mu;
        _sd = sd;
        _min = min;
        _max = max;
        double a = (min - mu) / sd, b = (max - mu) / sd;
        if (sd == 0 || min == max)
        {
            _method = Method.Constant;
            return;
        }
        _negate = b <= 0;
        if (_negate) (a, b) = (-b, -a);
        _a = a;
        _b = b;
        _method = ChooseMethod(a, b);
        if (_method == Method.ExponentialTail)
        {
            // (a + √(a² + 4))/2, written so that a huge a does not overflow a².
            _alpha = a > 1e8 ? a + 1 / a : (a + Math.Sqrt(a * a + 4)) / 2;
        }
    }

    private enum Method : byte
    {
        Constant,
        Redraw,
        UniformAroundZero,
        UniformTail,
        ExponentialTail,
    }

    /// <summary>One draw, in [min, max].</summary>
    /// <param name="rng">The generator.</param>
    /// <returns>The draw.</returns>
    public double Sample(ref Xoshiro256StarStar rng)
    {
        if (_method == Method.Constant) return Math.Clamp(_mu, _min, _max);
        var z = _method switch
        {
            Method.Redraw => SampleRedraw(ref rng),
            Method.UniformAroundZero => SampleUniform(ref rng, 0),
            Method.UniformTail => SampleUniform(ref rng, _a),
            _ => SampleExponentialTail(ref rng),
        };
        if (_negate) z = -z;
        // μ + σz can round one ulp outside the bounds when z is a bound.
        return Math.Clamp(_mu + _sd * z, _min, _max);
    }

    private static Method ChooseMethod(double a, double b)
    {
        // Only the speed depends on this estimate of the mass, never the distribution.
        var mass = a >= 0 ? UpperTail(a) - UpperTail(b) : 1 - UpperTail(-a) - UpperTail(b);
        if (mass >= 0.25) return Method.Redraw;
        if (a < 0) return Method.UniformAroundZero;
        return (b - a) * (b + a) / 2 <= 1 ? Method.UniformTail : Method.ExponentialTail;
    }

    /// <summary>1 − Φ(x), accurate in the tail.</summary>
    private static double UpperTail(double x) =>
        double.IsPositiveInfinity(x) ? 0 : 0.5 * SpecialFunctions.Erfc(x / Math.Sqrt(2));

    private double SampleRedraw(ref Xoshiro256StarStar rng)
    {
        while (true)
        {
            var z = NormalZiggurat.Sample(ref rng);
            if (z >= _a && z <= _b) return z;
        }
    }

    /// <summary>Uniform proposals on [a, b] under the hat exp(−c²/2), c the point of [a, b] nearest 0.</summary>
    private double SampleUniform(ref Xoshiro256StarStar rng, double nearest)
    {
        while (true)
        {
            var z = _a + (_b - _a) * rng.NextDouble();
            if (rng.NextDouble() <= Math.Exp((nearest - z) * (nearest + z) / 2)) return z;
        }
    }

    private double SampleExponentialTail(ref Xoshiro256StarStar rng)
    {
        while (true)
        {
            var z = _a - Math.Log(rng.NextDoubleOpen()) / _alpha;
            if (z > _b) continue;
            var d = z - _alpha;
            if (rng.NextDouble() <= Math.Exp(-0.5 * d * d)) return z;
        }
    }
}
