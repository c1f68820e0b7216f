using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ppc.Modeling.Distributions;
using Ppc.Modeling.Simulation.Random;
using MathNetDistributions = MathNet.Numerics.Distributions;
using MathNetRandom = MathNet.Numerics.Random;

namespace Ppc.Modeling.Benchmarks;

/// <summary>
/// The Monte Carlo engine's samplers, per draw (each benchmark draws a batch and divides), against
/// MathNet's samplers driven by MathNet's own seeded xoshiro256** as the baseline of each category.
/// MathNet draws a binomial by n Bernoulli trials, so the large-n category uses a small batch.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SamplerBenchmarks
{
    private const int Batch = 1000;
    private const int LargeBatch = 10;

    private Xoshiro256StarStar _rng;
    private MathNetRandom.Xoshiro256StarStar _mathNet = null!;
    private readonly LognormalDistribution _dealValueDistribution = new(18000, 0.6);
    private PreparedDistribution _dealValue;

    [GlobalSetup]
    public void Setup()
    {
        _rng = new Xoshiro256StarStar(42);
        _mathNet = new MathNetRandom.Xoshiro256StarStar(42, false);
        _dealValue = DistributionSampler.Prepare(_dealValueDistribution);
    }

    [BenchmarkCategory("Binomial n=20 p=0.1"), Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public long MathNetBinomialSmall()
    {
        long sum = 0;
        for (var i = 0; i < Batch; i++) sum += MathNetDistributions.Binomial.Sample(_mathNet, 0.1, 20);
        return sum;
    }

    [BenchmarkCategory("Binomial n=20 p=0.1"), Benchmark(OperationsPerInvoke = Batch)]
    public long BinomialSmall()
    {
        long sum = 0;
        for (var i = 0; i < Batch; i++) sum += _rng.Binomial(20, 0.1);
        return sum;
    }

    [BenchmarkCategory("Binomial n=10^6 p=0.3"), Benchmark(Baseline = true, OperationsPerInvoke = LargeBatch)]
    public long MathNetBinomialLarge()
    {
        long sum = 0;
        for (var i = 0; i < LargeBatch; i++) sum += MathNetDistributions.Binomial.Sample(_mathNet, 0.3, 1_000_000);
        return sum;
    }

    [BenchmarkCategory("Binomial n=10^6 p=0.3"), Benchmark(OperationsPerInvoke = LargeBatch)]
    public long BinomialLarge()
    {
        long sum = 0;
        for (var i = 0; i < LargeBatch; i++) sum += _rng.Binomial(1_000_000, 0.3);
        return sum;
    }

    [BenchmarkCategory("Poisson lambda=3"), Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public long MathNetPoissonSmall()
    {
        long sum = 0;
        for (var i = 0; i < Batch; i++) sum += MathNetDistributions.Poisson.Sample(_mathNet, 3);
        return sum;
    }

    [BenchmarkCategory("Poisson lambda=3"), Benchmark(OperationsPerInvoke = Batch)]
    public long PoissonSmall()
    {
        long sum = 0;
        for (var i = 0; i < Batch; i++) sum += _rng.Poisson(3);
        return sum;
    }

    [BenchmarkCategory("Poisson lambda=300"), Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public long MathNetPoissonLarge()
    {
        long sum = 0;
        for (var i = 0; i < Batch; i++) sum += MathNetDistributions.Poisson.Sample(_mathNet, 300);
        return sum;
    }

    [BenchmarkCategory("Poisson lambda=300"), Benchmark(OperationsPerInvoke = Batch)]
    public long PoissonLarge()
    {
        long sum = 0;
        for (var i = 0; i < Batch; i++) sum += _rng.Poisson(300);
        return sum;
    }

    [BenchmarkCategory("Normal"), Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public double MathNetNormal()
    {
        var sum = 0.0;
        for (var i = 0; i < Batch; i++) sum += MathNetDistributions.Normal.Sample(_mathNet, 0, 1);
        return sum;
    }

    [BenchmarkCategory("Normal"), Benchmark(OperationsPerInvoke = Batch)]
    public double StandardNormal()
    {
        var sum = 0.0;
        for (var i = 0; i < Batch; i++) sum += _rng.StandardNormal();
        return sum;
    }

    [BenchmarkCategory("Lognormal mean=18000 cv=0.6"), Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public double MathNetLognormal()
    {
        var sum = 0.0;
        for (var i = 0; i < Batch; i++) sum += MathNetDistributions.LogNormal.Sample(_mathNet, 9.6408, 0.5545);
        return sum;
    }

    [BenchmarkCategory("Lognormal mean=18000 cv=0.6"), Benchmark(OperationsPerInvoke = Batch)]
    public double Lognormal()
    {
        var sum = 0.0;
        for (var i = 0; i < Batch; i++) sum += _rng.Lognormal(18000, 0.6);
        return sum;
    }

    [BenchmarkCategory("Lognormal mean=18000 cv=0.6"), Benchmark(OperationsPerInvoke = Batch)]
    public double LognormalViaDistribution()
    {
        var sum = 0.0;
        for (var i = 0; i < Batch; i++) sum += DistributionSampler.Sample(_dealValueDistribution, ref _rng);
        return sum;
    }

    [BenchmarkCategory("Lognormal mean=18000 cv=0.6"), Benchmark(OperationsPerInvoke = Batch)]
    public double LognormalPrepared()
    {
        var sum = 0.0;
        for (var i = 0; i < Batch; i++) sum += _dealValue.Sample(ref _rng);
        return sum;
    }

    [BenchmarkCategory("Beta 6, 14"), Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public double MathNetBeta()
    {
        var sum = 0.0;
        for (var i = 0; i < Batch; i++) sum += MathNetDistributions.Beta.Sample(_mathNet, 6, 14);
        return sum;
    }

    [BenchmarkCategory("Beta 6, 14"), Benchmark(OperationsPerInvoke = Batch)]
    public double Beta()
    {
        var sum = 0.0;
        for (var i = 0; i < Batch; i++) sum += _rng.Beta(6, 14);
        return sum;
    }
}
