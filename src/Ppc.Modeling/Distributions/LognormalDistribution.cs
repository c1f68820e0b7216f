namespace Ppc.Modeling.Distributions;

/// <summary>
/// A lognormal distribution given by its arithmetic mean (&gt; 0) and coefficient of variation
/// cv = sd / mean (≥ 0): σ² = ln(1 + cv²), μ = ln(mean) − σ²/2. The usual model of a deal value.
/// </summary>
/// <param name="MeanValue">The arithmetic mean, &gt; 0.</param>
/// <param name="Cv">The coefficient of variation, ≥ 0; 0 is a constant.</param>
public sealed record LognormalDistribution(double MeanValue, double Cv) : Distribution
{
    /// <inheritdoc />
    public override string Kind => "lognormal";

    /// <summary>σ of the underlying normal: sqrt(ln(1 + cv²)).</summary>
    public double Sigma => Math.Sqrt(Math.Log(1 + Cv * Cv));

    /// <summary>μ of the underlying normal: ln(mean) − σ²/2.</summary>
    public double Mu => Math.Log(MeanValue) - Math.Log(1 + Cv * Cv) / 2;

    /// <inheritdoc />
    public override double Mean => MeanValue;

    /// <inheritdoc />
    public override double Variance => Cv * MeanValue * Cv * MeanValue;

    /// <inheritdoc />
    public override double SupportMin => Cv == 0 ? MeanValue : 0;

    /// <inheritdoc />
    public override double SupportMax => Cv == 0 ? MeanValue : double.PositiveInfinity;
}
