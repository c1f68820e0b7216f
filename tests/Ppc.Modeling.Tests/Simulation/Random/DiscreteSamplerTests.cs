using Ppc.Modeling.Simulation.Random;
using static Ppc.Modeling.Tests.Simulation.Random.GoodnessOfFit;
using MathNetBinomial = MathNet.Numerics.Distributions.Binomial;
using MathNetPoisson = MathNet.Numerics.Distributions.Poisson;

namespace Ppc.Modeling.Tests.Simulation.Random;

/// <summary>Each discrete sampler against MathNet's PMF and CDF (chi-square) and its first two moments.</summary>
public class DiscreteSamplerTests
{
    private const int Draws = 200_000;

    [Fact]
    public void Should_Draw_Bernoulli_With_Its_Probability()
    {
        var sample = Draw(Draws, 21, (ref r) => r.Bernoulli(0.3) ? 1 : 0);

        AssertPasses(Mean(AsDoubles(sample), 0.3, 0.21));
        var rng = new Xoshiro256StarStar(21);
        for (var i = 0; i < 1000; i++)
        {
            Assert.False(rng.Bernoulli(0));
            Assert.True(rng.Bernoulli(1));
        }
    }

    [Theory]
    [InlineData(2.3)]
    [InlineData(-1.25)]
    [InlineData(0.999)]
    public void Should_Round_Stochastically_To_A_Neighbour_With_The_Same_Mean(double x)
    {
        var sample = Draw(Draws, 22, (ref r) => r.RoundStochastic(x));
        var fraction = x - Math.Floor(x);

        Assert.All(sample, k => Assert.InRange(k, (long)Math.Floor(x), (long)Math.Floor(x) + 1));
        AssertPasses(Mean(AsDoubles(sample), x, fraction * (1 - fraction)));
    }

    [Fact]
    public void Should_Keep_A_Whole_Number_Without_Drawing()
    {
        var rng = new Xoshiro256StarStar(23);
        var untouched = rng;

        Assert.Equal(7, rng.RoundStochastic(7.0));
        Assert.Equal(0, rng.RoundStochastic(0.0));
        Assert.Equal(untouched.NextUInt64(), rng.NextUInt64());
    }

    [Theory]
    [InlineData(20L, 0.1)] // inversion
    [InlineData(1000L, 0.001)] // p near 0: inversion
    [InlineData(1000L, 0.999)] // p near 1: n − inversion
    [InlineData(99L, 0.1)] // just below the switch (n·p = 9.9): inversion
    [InlineData(100L, 0.1)] // at the switch (n·p = 10): BTRS
    [InlineData(1000L, 0.3)] // BTRS
    [InlineData(200L, 0.95)] // n − BTRS
    [InlineData(1_000_000L, 0.5)] // BTRS, large n
    [InlineData(1_000_000_000L, 0.0001)] // BTRS, huge n, small p
    public void Should_Draw_The_Binomial(long n, double p)
    {
        var sample = Draw(Draws, 24, (ref r) => r.Binomial(n, p));

        Assert.All(sample, k => Assert.InRange(k, 0, n));
        AssertPasses(
            ChiSquare(sample, n * p, k => k < 0 || k > n ? 0 : MathNetBinomial.PMF(p, (int)n, (int)k), k => MathNetBinomial.CDF(p, (int)n, k)),
            Mean(AsDoubles(sample), n * p, n * p * (1 - p)),
            Variance(AsDoubles(sample), n * p * (1 - p)));
    }

    [Theory]
    [InlineData(10_000_000_000L, 0.2)]
    [InlineData(1L << 40, 0.5)]
    public void Should_Draw_The_Binomial_Beyond_Int32_Counts(long n, double p)
    {
        var sample = AsDoubles(Draw(Draws, 25, (ref r) => r.Binomial(n, p)));

        AssertPasses(Mean(sample, n * p, n * p * (1 - p)), Variance(sample, n * p * (1 - p)));
    }

    [Fact]
    public void Should_Draw_The_Degenerate_Binomials_Without_Chance()
    {
        var rng = new Xoshiro256StarStar(26);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(0, rng.Binomial(0, 0.4));
            Assert.Equal(0, rng.Binomial(1000, 0));
            Assert.Equal(1000, rng.Binomial(1000, 1));
        }
    }

    [Theory]
    [InlineData(0.5)] // inversion
    [InlineData(5.0)]
    [InlineData(9.99)]
    [InlineData(10.0)] // PTRS from here
    [InlineData(30.0)]
    [InlineData(1000.0)]
    [InlineData(1e6)]
    public void Should_Draw_The_Poisson(double lambda)
    {
        var sample = Draw(Draws, 27, (ref r) => r.Poisson(lambda));

        Assert.All(sample, k => Assert.True(k >= 0));
        AssertPasses(
            ChiSquare(sample, lambda, k => k < 0 ? 0 : MathNetPoisson.PMF(lambda, (int)k), k => k < 0 ? 0 : MathNetPoisson.CDF(lambda, k)),
            Mean(AsDoubles(sample), lambda, lambda),
            Variance(AsDoubles(sample), lambda));
    }

    [Fact]
    public void Should_Draw_The_Poisson_Of_A_Huge_Mean_And_Of_Zero()
    {
        var sample = AsDoubles(Draw(Draws, 28, (ref r) => r.Poisson(1e12)));
        AssertPasses(Mean(sample, 1e12, 1e12), Variance(sample, 1e12));

        var rng = new Xoshiro256StarStar(28);
        for (var i = 0; i < 100; i++) Assert.Equal(0, rng.Poisson(0));
    }

    [Fact]
    public void Should_Spread_A_Multinomial_With_Binomial_Marginals()
    {
        const long n = 1000;
        double[] pmf = [0.1, 0.2, 0, 0.3, 0.4];
        var counts = new long[pmf.Length];
        var marginals = new long[pmf.Length][];
        for (var i = 0; i < pmf.Length; i++) marginals[i] = new long[Draws];
        var rng = new Xoshiro256StarStar(29);
        for (var t = 0; t < Draws; t++)
        {
            rng.Multinomial(n, pmf, counts);
            Assert.Equal(n, counts.Sum());
            for (var i = 0; i < pmf.Length; i++) marginals[i][t] = counts[i];
        }

        Assert.All(marginals[2], k => Assert.Equal(0, k));
        foreach (var i in new[] { 0, 1, 3, 4 })
        {
            var p = pmf[i];
            AssertPasses(
                ChiSquare(marginals[i], n * p, k => k < 0 || k > n ? 0 : MathNetBinomial.PMF(p, (int)n, (int)k), k => MathNetBinomial.CDF(p, (int)n, k)),
                Mean(AsDoubles(marginals[i]), n * p, n * p * (1 - p)));
        }
    }

    [Fact]
    public void Should_Normalise_The_Multinomial_Weights_And_Stop_When_Nothing_Is_Left()
    {
        var rng = new Xoshiro256StarStar(30);
        var counts = new long[4];
        var sums = new double[4];
        const int draws = 50_000;
        for (var t = 0; t < draws; t++)
        {
            rng.Multinomial(20, [2, 0, 1, 1], counts);
            Assert.Equal(20, counts.Sum());
            for (var i = 0; i < 4; i++) sums[i] += counts[i];
        }
        Assert.Equal(10, sums[0] / draws, 0.05);
        Assert.Equal(0, sums[1]);
        Assert.Equal(5, sums[2] / draws, 0.05);
        Assert.Equal(5, sums[3] / draws, 0.05);

        counts.AsSpan().Fill(9);
        rng.Multinomial(0, [0.5, 0.5, 0, 0], counts);
        Assert.Equal([0L, 0, 0, 0], counts);
        rng.Multinomial(7, [0, 0, 1, 0], counts);
        Assert.Equal([0L, 0, 7, 0], counts);
    }

    [Fact]
    public void Should_Refuse_Invalid_Counts_And_Probabilities()
    {
        var rng = new Xoshiro256StarStar(31);
        var counts = new long[2];

        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => rng.Binomial(10, 1.5)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => rng.Binomial(-1, 0.5)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Binomial((1L << 40) + 1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Binomial(10, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Poisson(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Bernoulli(-0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.RoundStochastic(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Multinomial(5, [0.5, 0.5, 0], counts));
        Assert.Equal("pmf[1]", Assert.Throws<ArgumentOutOfRangeException>(() => rng.Multinomial(5, [0.5, -0.5], counts)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Multinomial(5, [0, 0], counts));
    }
}
