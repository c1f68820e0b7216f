using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// Exact samplers of the continuous distributions of MODEL.md §4 "Samplers", as extensions on the
/// trial's generator (<c>rng.Gamma(shape, scale)</c>). None allocates; each checks its arguments.
/// </summary>
internal static class ContinuousSamplers
{
    /// <summary>Uniform on [<paramref name="min"/>, <paramref name="max"/>): min + (max − min)·U.</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="min">The lower bound, finite.</param>
    /// <param name="max">The upper bound, finite, &gt; min.</param>
    /// <returns>The draw.</returns>
    public static double Uniform(this ref Xoshiro256StarStar rng, double min, double max)
    {
        SamplerArguments.Range(min, min, max);
        return min + (max - min) * rng.NextDouble();
    }

    /// <summary>Triangular on [min, max] with its peak at mode, by inverting the CDF.</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="min">The lower bound, finite.</param>
    /// <param name="mode">The most likely value, in [min, max].</param>
    /// <param name="max">The upper bound, finite, &gt; min.</param>
    /// <returns>The draw.</returns>
    public static double Triangular(this ref Xoshiro256StarStar rng, double min, double mode, double max)
    {
        SamplerArguments.Range(min, mode, max);
        var range = max - min;
        var u = rng.NextDouble();
        return u * range < mode - min
            ? min + Math.Sqrt(u * range * (mode - min))
            : max - Math.Sqrt((1 - u) * range * (max - mode));
    }

    /// <summary>The standard normal N(0, 1), by the exact 256-layer ziggurat (<see cref="NormalZiggurat"/>).</summary>
    /// <param name="rng">The generator.</param>
    /// <returns>The draw.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double StandardNormal(this ref Xoshiro256StarStar rng) => NormalZiggurat.Sample(ref rng);

    /// <summary>The normal N(μ, σ²): μ + σ·Z.</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="mu">μ, finite.</param>
    /// <param name="sd">σ, finite, ≥ 0.</param>
    /// <returns>The draw.</returns>
    public static double Normal(this ref Xoshiro256StarStar rng, double mu, double sd)
    {
        SamplerArguments.Finite(mu);
        SamplerArguments.NonNegative(sd);
        return mu + sd * NormalZiggurat.Sample(ref rng);
    }

    /// <summary>
    /// The normal N(μ, σ²) conditioned on [min, max] (MODEL.md §1 "normal with bounds"), exact in
    /// every regime (<see cref="TruncatedNormalSampler"/>). Prepare a <see cref="TruncatedNormalSampler"/>
    /// instead when the same parameters are drawn many times.
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="mu">μ before truncation.</param>
    /// <param name="sd">σ before truncation, ≥ 0.</param>
    /// <param name="min">The lower bound; −∞ for none.</param>
    /// <param name="max">The upper bound, ≥ min; +∞ for none.</param>
    /// <returns>The draw, in [min, max].</returns>
    public static double TruncatedNormal(this ref Xoshiro256StarStar rng, double mu, double sd, double min, double max) =>
        new TruncatedNormalSampler(mu, sd, min, max).Sample(ref rng);

    /// <summary>
    /// The lognormal with arithmetic mean <paramref name="mean"/> and coefficient of variation
    /// <paramref name="cv"/> (MODEL.md §4): exp(μ + σZ) with σ² = ln(1 + cv²), μ = ln(mean) − σ²/2.
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="mean">The arithmetic mean, &gt; 0.</param>
    /// <param name="cv">The coefficient of variation sd/mean, ≥ 0 (0 gives the mean).</param>
    /// <returns>The draw, &gt; 0.</returns>
    public static double Lognormal(this ref Xoshiro256StarStar rng, double mean, double cv)
    {
        SamplerArguments.Positive(mean);
        SamplerArguments.NonNegative(cv);
        if (cv == 0) return mean;
        var sigma2 = SamplingMath.Log1P(cv * cv);
        return rng.LognormalOfLogs(Math.Log(mean) - sigma2 / 2, Math.Sqrt(sigma2));
    }

    /// <summary>The lognormal given by its log-scale parameters: exp(μ + σZ).</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="logMean">μ, the mean of the logarithm.</param>
    /// <param name="logSd">σ, the standard deviation of the logarithm, ≥ 0.</param>
    /// <returns>The draw, &gt; 0.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double LognormalOfLogs(this ref Xoshiro256StarStar rng, double logMean, double logSd) =>
        Math.Exp(logMean + logSd * NormalZiggurat.Sample(ref rng));

    /// <summary>
    /// The gamma with shape k and scale θ (mean kθ), by Marsaglia and Tsang (2000, "A simple method
    /// for generating gamma variables"); for k &lt; 1, Gamma(k + 1)·U^(1/k) (their boost).
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="shape">k, finite, &gt; 0.</param>
    /// <param name="scale">θ, finite, ≥ 0.</param>
    /// <returns>The draw, ≥ 0.</returns>
    public static double Gamma(this ref Xoshiro256StarStar rng, double shape, double scale)
    {
        SamplerArguments.Positive(shape);
        SamplerArguments.NonNegative(scale);
        return shape >= 1
            ? scale * MarsagliaTsang(ref rng, shape)
            : scale * MarsagliaTsang(ref rng, shape + 1) * Math.Pow(rng.NextDoubleOpen(), 1 / shape);
    }

    /// <summary>The gamma with mean <paramref name="mean"/> and coefficient of variation <paramref name="cv"/> (MODEL.md §4): shape 1/cv², scale mean·cv².</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="mean">The mean, &gt; 0.</param>
    /// <param name="cv">The coefficient of variation, ≥ 0 (0 gives the mean).</param>
    /// <returns>The draw, ≥ 0.</returns>
    public static double GammaOfMeanCv(this ref Xoshiro256StarStar rng, double mean, double cv)
    {
        SamplerArguments.Positive(mean);
        SamplerArguments.NonNegative(cv);
        return cv == 0 ? mean : rng.Gamma(1 / (cv * cv), mean * cv * cv);
    }

    /// <summary>
    /// The beta with shapes α and β: X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β). When a shape is
    /// below 1 the ratio is formed from the gammas' logarithms, so that tiny shapes (whose gammas
    /// underflow to 0) still give a draw in [0, 1] rather than 0/0.
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="alpha">α, finite, &gt; 0.</param>
    /// <param name="beta">β, finite, &gt; 0.</param>
    /// <returns>The draw, in [0, 1].</returns>
    public static double Beta(this ref Xoshiro256StarStar rng, double alpha, double beta)
    {
        SamplerArguments.Positive(alpha);
        SamplerArguments.Positive(beta);
        if (alpha >= 1 && beta >= 1)
        {
            var x = MarsagliaTsang(ref rng, alpha);
            return x / (x + MarsagliaTsang(ref rng, beta));
        }
        var logX = LogGamma(ref rng, alpha);
        var logY = LogGamma(ref rng, beta);
        // X/(X + Y) = 1/(1 + e^(ln Y − ln X)), written to avoid e^(large).
        return logX >= logY ? 1 / (1 + Math.Exp(logY - logX)) : Math.Exp(logX - logY) / (1 + Math.Exp(logX - logY));
    }

    /// <summary>
    /// The PERT on [min, max] with the given mode (MODEL.md §4): min + (max − min)·Beta(α, β),
    /// α = 1 + 4(mode − min)/(max − min), β = 1 + 4(max − mode)/(max − min).
    /// </summary>
    /// <param name="rng">The generator.</param>
    /// <param name="min">The lower bound, finite.</param>
    /// <param name="mode">The most likely value, in [min, max].</param>
    /// <param name="max">The upper bound, finite, &gt; min.</param>
    /// <returns>The draw, in [min, max].</returns>
    public static double Pert(this ref Xoshiro256StarStar rng, double min, double mode, double max)
    {
        SamplerArguments.Range(min, mode, max);
        var range = max - min;
        return min + range * rng.Beta(1 + 4 * (mode - min) / range, 1 + 4 * (max - mode) / range);
    }

    /// <summary>The empirical distribution of <paramref name="values"/>: each value with probability 1/count.</summary>
    /// <param name="rng">The generator.</param>
    /// <param name="values">The values, at least one.</param>
    /// <returns>One of the values.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Empirical(this ref Xoshiro256StarStar rng, ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) SamplerArguments.Fail(nameof(values), "[]", "a non-empty list");
        return values[(int)rng.NextBounded((ulong)values.Length)];
    }

    /// <summary>Marsaglia–Tsang for a shape ≥ 1 and scale 1.</summary>
    private static double MarsagliaTsang(ref Xoshiro256StarStar rng, double shape)
    {
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = NormalZiggurat.Sample(ref rng);
                v = 1 + c * x;
            }
            while (v <= 0);
            v = v * v * v;
            var u = rng.NextDouble();
            var x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) return d * v;
            if (Math.Log(u) < 0.5 * x2 + d * (1 - v + Math.Log(v))) return d * v;
        }
    }

    /// <summary>ln of a Gamma(shape, 1) draw; for shape &lt; 1, ln Gamma(shape + 1) + ln(U)/shape (no underflow).</summary>
    private static double LogGamma(ref Xoshiro256StarStar rng, double shape) =>
        shape >= 1
            ? Math.Log(MarsagliaTsang(ref rng, shape))
            : Math.Log(MarsagliaTsang(ref rng, shape + 1)) + Math.Log(rng.NextDoubleOpen()) / shape;
}
