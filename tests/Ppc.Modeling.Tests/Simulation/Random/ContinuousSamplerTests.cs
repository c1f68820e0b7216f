using MathNet.Numerics.Distributions;
using Ppc.Modeling.Distributions;
using Ppc.Modeling.Simulation.Random;
using static Ppc.Modeling.Tests.Simulation.Random.GoodnessOfFit;
using MathNetBeta = MathNet.Numerics.Distributions.Beta;
using MathNetGamma = MathNet.Numerics.Distributions.Gamma;
using MathNetNormal = MathNet.Numerics.Distributions.Normal;

namespace Ppc.Modeling.Tests.Simulation.Random;

/// <summary>Each continuous sampler against MathNet's CDF (Kolmogorov–Smirnov) and its first two moments.</summary>
public class ContinuousSamplerTests
{
    private const int Draws = 100_000;

    [Fact]
    public void Should_Draw_The_Standard_Normal()
    {
        var sample = Draw(200_000, 1, (ref r) => r.StandardNormal());

        AssertPasses(KolmogorovSmirnov(sample, x => MathNetNormal.CDF(0, 1, x)), Mean(sample, 0, 1), Variance(sample, 1));
    }

    [Fact]
    public void Should_Build_Ziggurat_Layers_Of_Equal_Area()
    {
        var x = NormalZiggurat.Edges;
        static double F(double z) => Math.Exp(-0.5 * z * z);
        var tail = Math.Sqrt(Math.PI / 2) * 2 * MathNetNormal.CDF(0, 1, -x[1]);

        Assert.Equal(0.0, x[256]);
        Assert.Equal(NormalZiggurat.LayerArea, x[1] * F(x[1]) + tail, 1e-15);
        Assert.Equal(NormalZiggurat.LayerArea, x[0] * F(x[1]), 1e-15);
        for (var i = 1; i < 256; i++)
        {
            Assert.True(x[i + 1] < x[i]);
            Assert.Equal(NormalZiggurat.LayerArea, x[i] * (F(x[i + 1]) - F(x[i])), 1e-15);
        }
    }

    [Fact]
    public void Should_Fill_Each_Ziggurat_Layer_And_The_Tail_In_Proportion()
    {
        // 5,000,000 draws binned by |z| between consecutive layer edges (a wrong wedge test shows
        // in its own bin), then the draws beyond r, only made by the tail method, against the
        // normal's tail beyond r (Kolmogorov-Smirnov on some 1,300 draws).
        const int draws = 5_000_000;
        var edges = NormalZiggurat.Edges.ToArray();
        var r = edges[1];
        var counts = new double[256];
        var tail = new List<double>();
        var rng = new Xoshiro256StarStar(2);
        for (var i = 0; i < draws; i++)
        {
            var z = Math.Abs(rng.StandardNormal());
            if (z >= r)
            {
                tail.Add(z);
                counts[0]++;
                continue;
            }
            int lo = 1, hi = 256; // edges[lo] > z >= edges[hi]
            while (hi - lo > 1)
            {
                var mid = (lo + hi) / 2;
                if (z < edges[mid]) lo = mid;
                else hi = mid;
            }
            counts[lo]++;
        }

        static double Upper(double z) => MathNetNormal.CDF(0, 1, -z);
        var chiSquare = 0.0;
        for (var i = 0; i < 256; i++)
        {
            var expected = draws * 2 * (i == 0 ? Upper(r) : Upper(edges[i + 1]) - Upper(edges[i]));
            chiSquare += (counts[i] - expected) * (counts[i] - expected) / expected;
        }
        AssertPasses(
            new Check("chi-square over the 256 layers", chiSquare, ChiSquared.InvCDF(255, 0.999)),
            KolmogorovSmirnov([.. tail], z => 1 - Upper(z) / Upper(r)));
    }

    [Fact]
    public void Should_Draw_The_Normal()
    {
        var sample = Draw(Draws, 3, (ref r) => r.Normal(5, 2));

        AssertPasses(KolmogorovSmirnov(sample, x => MathNetNormal.CDF(5, 2, x)), Mean(sample, 5, 4), Variance(sample, 4));
    }

    [Theory]
    [InlineData(10.0, 2.0, 8.0, 15.0)] // wide: redraw
    [InlineData(1.0, 2.0, 0.0, double.PositiveInfinity)] // a non-negative input: redraw
    [InlineData(0.0, 1.0, -0.1, 0.2)] // narrow around the mean: uniform proposals
    [InlineData(0.0, 1.0, 3.0, 3.3)] // narrow in the tail: uniform proposals
    [InlineData(0.0, 1.0, 4.0, double.PositiveInfinity)] // upper tail: exponential proposals
    [InlineData(0.0, 1.0, 5.0, 7.0)] // far two-sided tail: exponential proposals
    [InlineData(100.0, 10.0, double.NegativeInfinity, 70.0)] // lower tail, mirrored
    [InlineData(0.3, 0.5, 0.0, 1.0)] // a probability
    public void Should_Draw_The_Truncated_Normal(double mu, double sd, double min, double max)
    {
        var sample = Draw(Draws, 4, (ref r) => r.TruncatedNormal(mu, sd, min, max));
        var reference = new NormalDistribution(mu, sd, double.IsInfinity(min) ? null : min, double.IsInfinity(max) ? null : max);

        Assert.All(sample, x => Assert.InRange(x, min, max));
        AssertPasses(
            KolmogorovSmirnov(sample, x => TruncatedNormalCdf(mu, sd, min, max, x)),
            Mean(sample, reference.Mean, reference.Variance),
            Variance(sample, reference.Variance));
    }

    [Fact]
    public void Should_Draw_Even_Where_The_Truncated_Normal_Has_No_Double_Precision_Mass()
    {
        var rng = new Xoshiro256StarStar(5);
        for (var i = 0; i < 1000; i++)
        {
            Assert.InRange(rng.TruncatedNormal(0, 1, 40, 41), 40, 41);
            Assert.InRange(rng.TruncatedNormal(0, 1, double.NegativeInfinity, -1e10), double.NegativeInfinity, -1e10);
        }
        Assert.Equal(3.0, rng.TruncatedNormal(0, 1, 3, 3));
        Assert.Equal(2.0, rng.TruncatedNormal(5, 0, 0, 2));
    }

    [Theory]
    [InlineData(0.3, 2.0)] // shape < 1: the boost
    [InlineData(1.0, 2.0)]
    [InlineData(2.5, 0.5)]
    [InlineData(50.0, 3.0)]
    public void Should_Draw_The_Gamma(double shape, double scale)
    {
        var sample = Draw(Draws, 6, (ref r) => r.Gamma(shape, scale));

        AssertPasses(
            KolmogorovSmirnov(sample, x => MathNetGamma.CDF(shape, 1 / scale, x)),
            Mean(sample, shape * scale, shape * scale * scale),
            Variance(sample, shape * scale * scale));
    }

    [Fact]
    public void Should_Draw_The_Gamma_Of_A_Mean_And_Cv()
    {
        var sample = Draw(Draws, 7, (ref r) => r.GammaOfMeanCv(10, 0.5));

        AssertPasses(KolmogorovSmirnov(sample, x => MathNetGamma.CDF(4, 1 / 2.5, x)), Mean(sample, 10, 25), Variance(sample, 25));
        var rng = new Xoshiro256StarStar(7);
        Assert.Equal(10.0, rng.GammaOfMeanCv(10, 0));
    }

    [Theory]
    [InlineData(2.0, 5.0)]
    [InlineData(0.5, 0.5)]
    [InlineData(0.05, 0.2)] // tiny shapes: the gammas' logarithms
    [InlineData(30.0, 70.0)]
    public void Should_Draw_The_Beta(double alpha, double beta)
    {
        var sample = Draw(Draws, 8, (ref r) => r.Beta(alpha, beta));
        var mean = alpha / (alpha + beta);
        var variance = mean * (1 - mean) / (alpha + beta + 1);

        Assert.All(sample, x => Assert.InRange(x, 0, 1));
        AssertPasses(KolmogorovSmirnov(sample, x => MathNetBeta.CDF(alpha, beta, x)), Mean(sample, mean, variance), Variance(sample, variance));
    }

    [Theory]
    [InlineData(1.0, 2.0, 6.0)]
    [InlineData(0.0, 0.0, 1.0)]
    [InlineData(10.0, 20.0, 20.0)]
    public void Should_Draw_The_Pert(double min, double mode, double max)
    {
        var sample = Draw(Draws, 9, (ref r) => r.Pert(min, mode, max));
        var reference = new PertDistribution(min, mode, max);

        Assert.All(sample, x => Assert.InRange(x, min, max));
        AssertPasses(
            KolmogorovSmirnov(sample, x => MathNetBeta.CDF(reference.Alpha, reference.Beta, (x - min) / (max - min))),
            Mean(sample, reference.Mean, reference.Variance),
            Variance(sample, reference.Variance));
    }

    [Theory]
    [InlineData(1.0, 2.0, 6.0)]
    [InlineData(0.0, 0.0, 1.0)]
    [InlineData(0.0, 1.0, 1.0)]
    public void Should_Draw_The_Triangular(double min, double mode, double max)
    {
        var sample = Draw(Draws, 10, (ref r) => r.Triangular(min, mode, max));
        var reference = new TriangularDistribution(min, mode, max);

        Assert.All(sample, x => Assert.InRange(x, min, max));
        AssertPasses(
            KolmogorovSmirnov(sample, x => Triangular.CDF(min, max, mode, x)),
            Mean(sample, reference.Mean, reference.Variance),
            Variance(sample, reference.Variance));
    }

    [Fact]
    public void Should_Draw_The_Uniform()
    {
        var sample = Draw(Draws, 11, (ref r) => r.Uniform(-2, 3));

        Assert.All(sample, x => Assert.InRange(x, -2, 3));
        AssertPasses(KolmogorovSmirnov(sample, x => ContinuousUniform.CDF(-2, 3, x)), Mean(sample, 0.5, 25 / 12.0), Variance(sample, 25 / 12.0));
    }

    [Theory]
    [InlineData(18000.0, 0.6)]
    [InlineData(1.0, 0.1)]
    public void Should_Draw_The_Lognormal_Of_A_Mean_And_Cv(double mean, double cv)
    {
        var sample = Draw(Draws, 12, (ref r) => r.Lognormal(mean, cv));
        var reference = new LognormalDistribution(mean, cv);

        AssertPasses(
            KolmogorovSmirnov(sample, x => LogNormal.CDF(reference.Mu, reference.Sigma, x)),
            Mean(sample, mean, reference.Variance),
            Variance(sample, reference.Variance));
        var rng = new Xoshiro256StarStar(12);
        Assert.Equal(mean, rng.Lognormal(mean, 0));
    }

    [Fact]
    public void Should_Draw_Each_Empirical_Value_With_Equal_Probability()
    {
        double[] values = [1, 2, 2, 5];
        var sample = Draw(Draws, 13, (ref r) => (long)r.Empirical(values));

        var check = ChiSquare(sample, 2, k => k switch { 1 or 5 => 0.25, 2 => 0.5, _ => 0 }, k => k < 1 ? 0 : k < 2 ? 0.25 : k < 5 ? 0.75 : 1);
        Assert.All(sample, k => Assert.Contains(k, new long[] { 1, 2, 5 }));
        AssertPasses(check);
    }

    [Fact]
    public void Should_Refuse_Invalid_Parameters_With_The_Name_And_Value()
    {
        var rng = new Xoshiro256StarStar(1);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => rng.Gamma(-1, 1));
        Assert.Equal("shape", error.ParamName);
        Assert.Equal("shape must be a finite number > 0; found -1. (Parameter 'shape')\nActual value was -1.", error.Message.ReplaceLineEndings("\n"));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Beta(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Triangular(0, 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Uniform(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.TruncatedNormal(0, 1, 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Lognormal(0, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Empirical([]));
    }

    /// <summary>The CDF of N(μ, σ²) conditioned on [min, max], from upper tails (accurate far out).</summary>
    private static double TruncatedNormalCdf(double mu, double sd, double min, double max, double x)
    {
        static double Upper(double z) => MathNetNormal.CDF(0, 1, -z);
        double a = (min - mu) / sd, b = (max - mu) / sd, z = (Math.Clamp(x, min, max) - mu) / sd;
        return a >= 0
            ? (Upper(a) - Upper(z)) / (Upper(a) - Upper(b))
            : (MathNetNormal.CDF(0, 1, z) - MathNetNormal.CDF(0, 1, a)) / (MathNetNormal.CDF(0, 1, b) - MathNetNormal.CDF(0, 1, a));
    }
}
