using Ppc.Modeling.Distributions;

namespace Ppc.Modeling.Simulation.Random;

/// <summary>
/// Draws an uncertain input of a scenario (MODEL.md §4 "Draws" and "Samplers"): a plain number is
/// its value; cv = 0 (lognormal, gamma) or sd = 0 (normal) is the constant mean; otherwise
/// beta(α, β) by two gammas, pert as a scaled beta, triangular and uniform on [min, max], gamma with
/// shape 1/cv² and scale mean·cv², lognormal with σ² = ln(1 + cv²) and μ = ln(mean) − σ²/2, normal
/// (conditioned on [min, max] when it has bounds) and empirical with equal probabilities.
/// </summary>
internal static class DistributionSampler
{
    /// <summary>One draw of <paramref name="distribution"/>.</summary>
    /// <param name="distribution">The distribution, valid (as the scenario validator accepts it).</param>
    /// <param name="rng">The trial's generator.</param>
    /// <returns>The draw, in the distribution's support.</returns>
    public static double Sample(Distribution distribution, ref Xoshiro256StarStar rng) =>
        Prepare(distribution).Sample(ref rng);

    /// <summary>
    /// <paramref name="distribution"/> ready to draw many times (its derived parameters computed once):
    /// the form to use for an input drawn repeatedly within a trial, such as a deal value.
    /// </summary>
    /// <param name="distribution">The distribution, valid (as the scenario validator accepts it).</param>
    /// <returns>The prepared distribution.</returns>
    public static PreparedDistribution Prepare(Distribution distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        return PreparedDistribution.Of(distribution);
    }
}
