namespace Ppc.Modeling.Distributions;

/// <summary>How a <see cref="BetaDistribution"/> was given.</summary>
public enum BetaParameterisation
{
    /// <summary><c>{mean, concentration}</c>: α = mean·κ, β = (1 − mean)·κ.</summary>
    MeanAndConcentration,

    /// <summary><c>{alpha, beta}</c>: the two shape parameters.</summary>
    Shapes,
}
