namespace Ppc.Modeling.Distributions;

/// <summary>A plain number: the input is known.</summary>
/// <param name="Value">The value.</param>
public sealed record ConstantDistribution(double Value) : Distribution
{
    /// <inheritdoc />
    public override string Kind => "constant";

    /// <inheritdoc />
    public override double Mean => Value;

    /// <inheritdoc />
    public override double Variance => 0;

    /// <inheritdoc />
    public override double SupportMin => Value;

    /// <inheritdoc />
    public override double SupportMax => Value;
}
