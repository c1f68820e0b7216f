namespace Ppc.Modeling.Distributions;

/// <summary>
/// A gamma distribution given by its mean (&gt; 0) and coefficient of variation cv (≥ 0):
/// shape 1/cv², scale mean·cv².
/// </summary>
/// <param name="MeanValue">The mean, &gt; 0.</param>
/// <param name="Cv">The coefficient of variation, ≥ 0; 0 is a constant.</param>
public sealed record GammaDistribution(double MeanValue, double Cv) : Distribution
{
    /// <inheritdoc />
    public override string Kind => "gamma";

    /// <summary>The shape parameter, 1/cv².</summary>
    public double Shape => 1 / (Cv * Cv);

    /// <summary>The scale parameter, mean·cv².</summary>
    public double Scale => MeanValue * Cv * Cv;

    /// <inheritdoc />
    public override double Mean => MeanValue;

    /// <inheritdoc />
    public override double Variance => Cv * MeanValue * Cv * MeanValue;

    /// <inheritdoc />
    public override double SupportMin => Cv == 0 ? MeanValue : 0;

    /// <inheritdoc />
    public override double SupportMax => Cv == 0 ? MeanValue : double.PositiveInfinity;
}
