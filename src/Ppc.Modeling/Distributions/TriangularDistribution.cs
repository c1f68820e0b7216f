namespace Ppc.Modeling.Distributions;

/// <summary>A triangular distribution on [min, max] peaking at mode (min ≤ mode ≤ max, min &lt; max).</summary>
/// <param name="Min">The smallest value.</param>
/// <param name="Mode">The most likely value.</param>
/// <param name="Max">The largest value.</param>
public sealed record TriangularDistribution(double Min, double Mode, double Max) : Distribution
{
    /// <inheritdoc />
    public override string Kind => "triangular";

    /// <inheritdoc />
    public override double Mean => (Min + Mode + Max) / 3;

    /// <inheritdoc />
    public override double Variance =>
        (Min * Min + Mode * Mode + Max * Max - Min * Mode - Min * Max - Mode * Max) / 18;

    /// <inheritdoc />
    public override double SupportMin => Min;

    /// <inheritdoc />
    public override double SupportMax => Max;
}
