namespace Ppc.Modeling.Distributions;

/// <summary>
/// A beta distribution on [0, 1], the usual prior for a conversion rate. Given either as
/// <c>{mean, concentration}</c> (mean in (0, 1), concentration κ &gt; 0: the weight of evidence, as
/// if κ units had been observed) or as <c>{alpha, beta}</c> (both &gt; 0).
/// </summary>
public sealed record BetaDistribution : Distribution
{
    private readonly double _first;
    private readonly double _second;

    private BetaDistribution(BetaParameterisation parameterisation, double first, double second)
    {
        Parameterisation = parameterisation;
        _first = first;
        _second = second;
    }

    /// <summary>A beta distribution with the given mean (0..1) and concentration κ = α + β (&gt; 0).</summary>
    /// <param name="mean">The mean, in (0, 1).</param>
    /// <param name="concentration">α + β, &gt; 0.</param>
    /// <returns>The distribution.</returns>
    public static BetaDistribution WithMeanAndConcentration(double mean, double concentration) =>
        new(BetaParameterisation.MeanAndConcentration, mean, concentration);

    /// <summary>A beta distribution with shape parameters α and β (both &gt; 0).</summary>
    /// <param name="alpha">α, &gt; 0.</param>
    /// <param name="beta">β, &gt; 0.</param>
    /// <returns>The distribution.</returns>
    public static BetaDistribution WithShapes(double alpha, double beta) =>
        new(BetaParameterisation.Shapes, alpha, beta);

    /// <summary>How the distribution was given (it is written back the same way).</summary>
    public BetaParameterisation Parameterisation { get; }

    /// <summary>The shape parameter α.</summary>
    public double Alpha => Parameterisation == BetaParameterisation.Shapes ? _first : _first * _second;

    /// <summary>The shape parameter β.</summary>
    public double Beta => Parameterisation == BetaParameterisation.Shapes ? _second : (1 - _first) * _second;

    /// <summary>The concentration κ = α + β.</summary>
    public double Concentration => Parameterisation == BetaParameterisation.Shapes ? _first + _second : _second;

    /// <inheritdoc />
    public override string Kind => "beta";

    /// <inheritdoc />
    public override double Mean => Parameterisation == BetaParameterisation.Shapes ? _first / (_first + _second) : _first;

    /// <inheritdoc />
    public override double Variance => Mean * (1 - Mean) / (Concentration + 1);

    /// <inheritdoc />
    public override double SupportMin => 0;

    /// <inheritdoc />
    public override double SupportMax => 1;
}
