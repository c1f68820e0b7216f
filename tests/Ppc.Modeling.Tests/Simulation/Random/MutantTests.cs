using Ppc.Modeling.Distributions;
using Ppc.Modeling.Simulation.Random;
using static Ppc.Modeling.Tests.Simulation.Random.GoodnessOfFit;
using MathNetBinomial = MathNet.Numerics.Distributions.Binomial;
using MathNetNormal = MathNet.Numerics.Distributions.Normal;
using MathNetPoisson = MathNet.Numerics.Distributions.Poisson;

namespace Ppc.Modeling.Tests.Simulation.Random;

/// <summary>
/// The statistics of the sampler tests have the power to catch a slightly wrong sampler: each test
/// runs one statistic, at the sample size and seed the sampler tests use, on the real sampler (it
/// passes) and on a deliberately wrong one (it is rejected, with a margin).
/// </summary>
public class MutantTests
{
    private const int Draws = 200_000;

    [Fact]
    public void Should_Reject_A_Binomial_Off_By_One()
    {
        Check Test(DiscreteDraw draw) => ChiSquare(Draw(Draws, 24, draw), 2, k => BinomialPmf(20, 0.1, k), k => MathNetBinomial.CDF(0.1, 20, k));

        AssertPowerful(Test((ref r) => r.Binomial(20, 0.1)), Test((ref r) => Math.Min(20, r.Binomial(20, 0.1) + 1)));
    }

    [Fact]
    public void Should_Reject_A_Binomial_With_p_Off_By_A_Hundredth()
    {
        Check Test(DiscreteDraw draw) => ChiSquare(Draw(Draws, 24, draw), 300, k => BinomialPmf(1000, 0.3, k), k => MathNetBinomial.CDF(0.3, 1000, k));

        AssertPowerful(Test((ref r) => r.Binomial(1000, 0.3)), Test((ref r) => r.Binomial(1000, 0.31)));
    }

    [Fact]
    public void Should_Reject_A_Poisson_With_Its_Mean_Two_Percent_Off()
    {
        Check Test(DiscreteDraw draw) => ChiSquare(Draw(Draws, 27, draw), 30, k => k < 0 ? 0 : MathNetPoisson.PMF(30, (int)k), k => k < 0 ? 0 : MathNetPoisson.CDF(30, k));

        AssertPowerful(Test((ref r) => r.Poisson(30)), Test((ref r) => r.Poisson(30.6)));
    }

    [Fact]
    public void Should_Reject_A_Normal_With_Its_Sd_Two_Percent_Off()
    {
        Check Test(ContinuousDraw draw) => Variance(Draw(Draws, 3, draw), 4);

        AssertPowerful(Test((ref r) => r.Normal(5, 2)), Test((ref r) => r.Normal(5, 2 * 1.02)));
    }

    [Fact]
    public void Should_Reject_A_Truncated_Normal_Made_By_Clamping()
    {
        // Clamping puts the mass outside [min, max] on the bounds instead of spreading it inside.
        Check Test(ContinuousDraw draw) => KolmogorovSmirnov(Draw(100_000, 4, draw), x => Conditioned(x, 10, 2, 8, 15));

        AssertPowerful(Test((ref r) => r.TruncatedNormal(10, 2, 8, 15)), Test((ref r) => Math.Clamp(r.Normal(10, 2), 8, 15)));
    }

    [Fact]
    public void Should_Reject_A_Lognormal_That_Forgets_The_Mean_Correction()
    {
        // exp(μ + σZ) with μ = ln(mean) instead of ln(mean) − σ²/2: the mean is then mean·e^(σ²/2).
        var reference = new LognormalDistribution(18000, 0.6);
        Check Test(ContinuousDraw draw) => Mean(Draw(100_000, 12, draw), 18000, reference.Variance);

        AssertPowerful(
            Test((ref r) => r.Lognormal(18000, 0.6)),
            Test((ref r) => r.LognormalOfLogs(Math.Log(18000), reference.Sigma)));
    }

    private static void AssertPowerful(Check real, Check mutant)
    {
        Assert.True(real.Passes, "the real sampler: " + real);
        Assert.True(mutant.Statistic > 2 * mutant.Threshold, "the mutant is not clearly rejected: " + mutant);
    }

    private static double BinomialPmf(int n, double p, long k) => k < 0 || k > n ? 0 : MathNetBinomial.PMF(p, n, (int)k);

    private static double Conditioned(double x, double mu, double sd, double min, double max)
    {
        double lo = MathNetNormal.CDF(mu, sd, min), hi = MathNetNormal.CDF(mu, sd, max);
        return Math.Clamp((MathNetNormal.CDF(mu, sd, x) - lo) / (hi - lo), 0, 1);
    }
}
