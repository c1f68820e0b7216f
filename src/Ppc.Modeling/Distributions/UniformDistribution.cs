namespace Ppc.Modeling.Distributions;

/// <summary>A uniform distribution on [min, max] (min &lt; max).</summary>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
public sealed record UniformDistribution(double Min, double Max) : Distribution
{
    /// <inheritdoc />
    public override string Kind => "uniform";

    /// <inheritdoc />
    public override double Mean => (Min + Max) / 2;

    /// <inheritdoc />
    public override double Variance => (Max - Min) * (Max - Min) / 12;

    /// <inheritdoc />
    public override double SupportMin => Min;

    /// <inheritdoc />
    public override double SupportMax => Max;
}
