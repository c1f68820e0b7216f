using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// The argument checks of the samplers. Every error has the same shape: the parameter's name, the
/// value found and the range allowed; NaN always fails (every check is written so that NaN is
/// outside). The checks are cheap branches; the throwing lives out of line so samplers stay inlinable.
/// </summary>
internal static class SamplerArguments
{
    /// <summary>The largest count a binomial or multinomial takes, and the largest Poisson mean: 2^40 (about 1.1·10^12).
    /// Every intermediate of the samplers then stays exact or well within double precision.</summary>
    public const long MaxCount = 1L << 40;

    /// <summary>Requires a probability: 0 ≤ <paramref name="value"/> ≤ 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Probability(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!(value >= 0 && value <= 1)) Fail(name, value, "a probability in [0, 1]");
    }

    /// <summary>Requires a finite value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Finite(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!double.IsFinite(value)) Fail(name, value, "a finite number");
    }

    /// <summary>Requires a finite value &gt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Positive(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!(value > 0 && value < double.PositiveInfinity)) Fail(name, value, "a finite number > 0");
    }

    /// <summary>Requires a finite value ≥ 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NonNegative(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!(value >= 0 && value < double.PositiveInfinity)) Fail(name, value, "a finite number >= 0");
    }

    /// <summary>Requires a count in [0, <see cref="MaxCount"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Count(long value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (value < 0 || value > MaxCount) Fail(name, value, "a count in [0, 2^40]");
    }

    /// <summary>Requires a Poisson mean in [0, <see cref="MaxCount"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PoissonMean(double value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        if (!(value >= 0 && value <= MaxCount)) Fail(name, value, "a mean in [0, 2^40]");
    }

    /// <summary>Requires finite bounds with <paramref name="min"/> &lt; <paramref name="max"/> and, when
    /// given, <paramref name="min"/> ≤ <paramref name="mode"/> ≤ <paramref name="max"/>.</summary>
    public static void Range(double min, double mode, double max)
    {
        Finite(min);
        Finite(max);
        if (!(min < max)) Fail(nameof(max), max, $"a number > min ({min})");
        if (!(mode >= min && mode <= max)) Fail(nameof(mode), mode, $"a number in [min, max] = [{min}, {max}]");
    }

    /// <summary>Throws the <see cref="ArgumentOutOfRangeException"/> every check uses.</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="value">The value found.</param>
    /// <param name="allowed">What is allowed, in words.</param>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Fail(string name, object value, string allowed) =>
        throw new ArgumentOutOfRangeException(name, value, $"{name} must be {allowed}; found {value}.");
}
