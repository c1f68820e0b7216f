namespace Ppc.Modeling.Distributions;

/// <summary>
/// A PERT distribution: a beta on [min, max] with shapes 1 + 4(mode − min)/(max − min) and
/// 1 + 4(max − mode)/(max − min). Needs min ≤ mode ≤ max and min &lt; max.
/// </summary>
/// <param name="Min">The smallest value.</param>
/// <param name="Mode">The most likely value.</param>
/// <param name="Max">The largest value.</param>
public sealed record PertDistribution(double Min, double Mode, double Max) : Distribution
{
    /// <inheritdoc />
    public override string Kind => "pert";

    /// <summary>The first shape parameter of the underlying beta.</summary>
    public double Alpha => 1 + 4 * (Mode - Min) / (Max - Min);

    /// <summary>The second shape parameter of the underlying beta.</summary>
    public double Beta => 1 + 4 * (Max - Mode) / (Max - Min);

    /// <inheritdoc />
    public override double Mean => (Min + 4 * Mode + Max) / 6;

    /// <inheritdoc />
    public override double Variance
    {
        get
        {
            double a = Alpha, b = Beta, range = Max - Min;
            return range * range * a * b / ((a + b) * (a + b) * (a + b + 1));
        }
    }

    /// <inheritdoc />
    public override double SupportMin => Min;

    /// <inheritdoc />
    public override double SupportMax => Max;
}
