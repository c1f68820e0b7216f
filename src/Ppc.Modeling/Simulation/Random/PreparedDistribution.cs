using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// A <see cref="Distribution"/> ready to draw: the kind is resolved and the derived parameters
/// (log-scale μ and σ, gamma shape and scale, beta shapes, the truncated normal's method) are
/// computed once, so that a distribution drawn many times in a trial (a deal value, once per deal)
/// pays only for the draw. Made by <see cref="DistributionSampler.Prepare"/>.
/// </summary>
internal readonly struct PreparedDistribution
{
    private readonly Kind _kind;
    private readonly double _first;
    private readonly double _second;
    private readonly double _offset;
    private readonly double _range;
    private readonly ValueArray<double>? _values;
    private readonly TruncatedNormalSampler _truncatedNormal;

    private PreparedDistribution(Kind kind, double first, double second = 0, double offset = 0, double range = 0)
    {
        _kind = kind;
        _first = first;
        _second = second;
        _offset = offset;
        _range = range;
    }

    private PreparedDistribution(ValueArray<double> values)
        : this(Kind.Empirical, 0) => _values = values;

    private PreparedDistribution(TruncatedNormalSampler truncatedNormal)
        : this(Kind.TruncatedNormal, 0) => _truncatedNormal = truncatedNormal;

    private enum Kind : byte
    {
        Constant,
        Uniform,
        Triangular,
        Beta,
        Gamma,
        Lognormal,
        Normal,
        TruncatedNormal,
        Empirical,
    }

    /// <summary>Whether every draw is the same value (a plain number, cv = 0 or sd = 0).</summary>
    public bool IsConstant => _kind == Kind.Constant;

    /// <summary>One draw.</summary>
    /// <param name="rng">The generator.</param>
    /// <returns>The draw, in the distribution's support.</returns>
    public double Sample(ref Xoshiro256StarStar rng) => _kind switch
    {
        Kind.Constant => _first,
        Kind.Uniform => _offset + _range * rng.NextDouble(),
        Kind.Triangular => _offset + _range * rng.Triangular(0, _first, 1),
        Kind.Beta => _offset + _range * rng.Beta(_first, _second),
        Kind.Gamma => rng.Gamma(_first, _second),
        Kind.Lognormal => rng.LognormalOfLogs(_first, _second),
        Kind.Normal => _first + _second * rng.StandardNormal(),
        Kind.TruncatedNormal => _truncatedNormal.Sample(ref rng),
        _ => rng.Empirical(_values!.AsSpan()),
    };

    /// <summary>Prepares <paramref name="distribution"/>; see <see cref="DistributionSampler.Prepare"/>.</summary>
    internal static PreparedDistribution Of(Distribution distribution) => distribution switch
    {
        ConstantDistribution c => Constant(c.Value),
        UniformDistribution u => Checked(u.Min, u.Min, u.Max, Kind.Uniform, 0, 0),
        TriangularDistribution t => Checked(t.Min, t.Mode, t.Max, Kind.Triangular, (t.Mode - t.Min) / (t.Max - t.Min), 0),
        PertDistribution p => Checked(p.Min, p.Mode, p.Max, Kind.Beta, p.Alpha, p.Beta),
        BetaDistribution b => Beta(b.Alpha, b.Beta),
        GammaDistribution g => g.Cv == 0 ? Constant(g.MeanValue) : Gamma(g.Shape, g.Scale),
        LognormalDistribution l => l.Cv == 0 ? Constant(l.MeanValue) : Lognormal(l.MeanValue, l.Cv),
        NormalDistribution n => Normal(n),
        EmpiricalDistribution e => Empirical(e.Values),
        _ => throw new ArgumentException($"No sampler for the distribution kind '{distribution.Kind}'.", nameof(distribution)),
    };

    private static PreparedDistribution Constant(double value)
    {
        SamplerArguments.Finite(value);
        return new(Kind.Constant, value);
    }

    /// <summary>A distribution on [min, max] drawn as min + (max − min)·(a draw on [0, 1]).</summary>
    private static PreparedDistribution Checked(double min, double mode, double max, Kind kind, double first, double second)
    {
        SamplerArguments.Range(min, mode, max);
        return new(kind, first, second, min, max - min);
    }

    private static PreparedDistribution Beta(double alpha, double beta)
    {
        SamplerArguments.Positive(alpha);
        SamplerArguments.Positive(beta);
        return new(Kind.Beta, alpha, beta, 0, 1);
    }

    private static PreparedDistribution Gamma(double shape, double scale)
    {
        SamplerArguments.Positive(shape);
        SamplerArguments.NonNegative(scale);
        return new(Kind.Gamma, shape, scale);
    }

    private static PreparedDistribution Lognormal(double mean, double cv)
    {
        SamplerArguments.Positive(mean);
        SamplerArguments.NonNegative(cv);
        var sigma2 = SamplingMath.Log1P(cv * cv);
        return new(Kind.Lognormal, Math.Log(mean) - sigma2 / 2, Math.Sqrt(sigma2));
    }

    private static PreparedDistribution Normal(NormalDistribution n)
    {
        if (n.Sd == 0) return Constant(n.Mu);
        if (n.Min is null && n.Max is null)
        {
            SamplerArguments.Finite(n.Mu);
            SamplerArguments.NonNegative(n.Sd);
            return new(Kind.Normal, n.Mu, n.Sd);
        }
        return new(new TruncatedNormalSampler(n.Mu, n.Sd, n.Min ?? double.NegativeInfinity, n.Max ?? double.PositiveInfinity));
    }

    private static PreparedDistribution Empirical(ValueArray<double> values)
    {
        if (values.Count == 0) SamplerArguments.Fail(nameof(values), "[]", "a non-empty list");
        foreach (var v in values) SamplerArguments.Finite(v);
        return new(values);
    }
}
