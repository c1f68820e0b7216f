using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Scenarios;

/// <summary>The share of a role's hours spent on a stage: one number for every month, or one per month.</summary>
public sealed record AllocationShare
{
    private AllocationShare(double? constant, ValueArray<double>? byMonth)
    {
        Constant = constant;
        ByMonth = byMonth;
    }

    /// <summary>A share for every month, in [0, 1].</summary>
    /// <param name="share">The share.</param>
    /// <returns>The allocation share.</returns>
    public static AllocationShare Fixed(double share) => new(share, null);

    /// <summary>One share per month 1..T, each in [0, 1].</summary>
    /// <param name="shares">The shares, T of them.</param>
    /// <returns>The allocation share.</returns>
    public static AllocationShare Monthly(ValueArray<double> shares) => new(null, shares ?? throw new ArgumentNullException(nameof(shares)));

    /// <summary>The share for every month, when given as one number.</summary>
    public double? Constant { get; }

    /// <summary>The shares of months 1..T, when given per month.</summary>
    public ValueArray<double>? ByMonth { get; }

    /// <summary>The share in month <paramref name="month"/> (1-based).</summary>
    /// <param name="month">The month, 1..T.</param>
    /// <returns>The share.</returns>
    public double At(int month) => Constant ?? ByMonth![month - 1];
}
