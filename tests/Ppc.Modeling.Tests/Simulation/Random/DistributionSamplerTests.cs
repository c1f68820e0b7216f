using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;
using Ppc.Modeling.Simulation.Random;
using static Ppc.Modeling.Tests.Simulation.Random.GoodnessOfFit;

namespace Ppc.Modeling.Tests.Simulation.Random;

/// <summary>A scenario's distribution is drawn by the sampler of its kind, with its mean, variance and support.</summary>
public class DistributionSamplerTests
{
    public static TheoryData<Distribution> Distributions() => new()
    {
        BetaDistribution.WithMeanAndConcentration(0.3, 20),
        BetaDistribution.WithShapes(0.4, 1.5),
        new PertDistribution(100, 130, 220),
        new TriangularDistribution(0.1, 0.2, 0.6),
        new UniformDistribution(120, 160),
        new LognormalDistribution(18000, 0.6),
        new GammaDistribution(140, 0.25),
        new NormalDistribution(140, 15),
        new NormalDistribution(0.05, 0.04, 0, 1),
        new NormalDistribution(2, 3, 0),
        new EmpiricalDistribution([12000.0, 18000, 18000, 45000]),
    };

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Should_Draw_With_The_Distributions_Mean_Variance_And_Support(Distribution distribution)
    {
        var sample = Draw(100_000, 41, (ref r) => DistributionSampler.Sample(distribution, ref r));

        Assert.All(sample, x => Assert.InRange(x, distribution.SupportMin, distribution.SupportMax));
        AssertPasses(Mean(sample, distribution.Mean, distribution.Variance), Variance(sample, distribution.Variance));
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Should_Draw_The_Same_Numbers_Prepared_Or_Not(Distribution distribution)
    {
        var once = new Xoshiro256StarStar(42);
        var prepared = new Xoshiro256StarStar(42);
        var sampler = DistributionSampler.Prepare(distribution);

        for (var i = 0; i < 100; i++) Assert.Equal(DistributionSampler.Sample(distribution, ref once), sampler.Sample(ref prepared));
        Assert.False(sampler.IsConstant);
    }

    [Fact]
    public void Should_Draw_The_Kind_Sampler_Itself()
    {
        // The dispatcher adds no draws of its own: the same stream gives the kind's sampler's numbers.
        var viaDispatcher = new Xoshiro256StarStar(43);
        var direct = new Xoshiro256StarStar(43);

        Assert.Equal(direct.Beta(6, 14), DistributionSampler.Sample(BetaDistribution.WithMeanAndConcentration(0.3, 20), ref viaDispatcher));
        Assert.Equal(direct.Pert(100, 130, 220), DistributionSampler.Sample(new PertDistribution(100, 130, 220), ref viaDispatcher), 1e-9);
        Assert.Equal(direct.Lognormal(18000, 0.6), DistributionSampler.Sample(new LognormalDistribution(18000, 0.6), ref viaDispatcher), 1e-9);
        Assert.Equal(direct.GammaOfMeanCv(140, 0.25), DistributionSampler.Sample(new GammaDistribution(140, 0.25), ref viaDispatcher), 1e-9);
        Assert.Equal(direct.TruncatedNormal(0.05, 0.04, 0, 1), DistributionSampler.Sample(new NormalDistribution(0.05, 0.04, 0, 1), ref viaDispatcher));
    }

    [Fact]
    public void Should_Return_Constants_Without_Drawing()
    {
        Distribution[] constants =
        [
            42.0,
            new LognormalDistribution(18000, 0),
            new GammaDistribution(140, 0),
            new NormalDistribution(140, 0),
            new NormalDistribution(0.2, 0, 0, 1),
        ];
        var rng = new Xoshiro256StarStar(44);
        var untouched = rng;

        foreach (var distribution in constants)
        {
            Assert.True(DistributionSampler.Prepare(distribution).IsConstant);
            Assert.Equal(distribution.Mean, DistributionSampler.Sample(distribution, ref rng));
        }
        Assert.Equal(untouched.NextUInt64(), rng.NextUInt64());
    }

    [Fact]
    public void Should_Refuse_Parameters_The_Validator_Would_Reject()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DistributionSampler.Prepare(new UniformDistribution(2, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DistributionSampler.Prepare(new PertDistribution(0, 2, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DistributionSampler.Prepare(new LognormalDistribution(-1, 0.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DistributionSampler.Prepare(BetaDistribution.WithMeanAndConcentration(1.2, 5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DistributionSampler.Prepare(new EmpiricalDistribution(ValueArray<double>.Empty)));
        Assert.Throws<ArgumentNullException>(() => DistributionSampler.Prepare(null!));
    }
}
