using FsCheck;
using FsCheck.Xunit;
using Ppc.Modeling.Simulation.Random;

namespace Ppc.Modeling.Tests.Simulation.Random;

/// <summary>
/// The prepared forms the trial engine uses (a conversion prepared once per trial, a delay's splits once
/// per run, Bernoulli draws counted without branches) give the very draws of the plain samplers:
/// same uniforms consumed, same counts, so a forecast is the same to the last bit.
/// </summary>
public class PreparedBinomialTests
{
    private static readonly double[] Probabilities =
        [0, 1, 0.5, 0.3, 0.7, 0.12, 0.85, 0.98, 1e-9, 1 - 1e-9, 0.1 + 0.2, 0.25, 0.75, double.Epsilon, 5e-324, 0.4999999999999999];

    private static readonly long[] Counts = [0, 1, 5, 13, 29, 36, 99, 100, 300, 1000, 123_456, 1_000_000_000];

    [Fact]
    public void Prepared_probability_draws_the_same_counts_as_the_plain_binomial()
    {
        foreach (var p in Probabilities)
        {
            var prepared = new BinomialProbability(p);
            foreach (var n in Counts)
            {
                var plain = new Xoshiro256StarStar((ulong)n * 31 + 7);
                var fast = plain;
                for (var i = 0; i < 200; i++) Assert.Equal(plain.Binomial(n, p), fast.Binomial(n, prepared));
                Assert.Equal(plain.NextUInt64(), fast.NextUInt64());
            }
        }
    }

    [Property(MaxTest = 300)]
    public bool Counting_Bernoulli_draws_without_branches_matches_comparing_doubles(ulong seed, NonNegativeInt units, NormalFloat raw)
    {
        var p = Math.Abs(raw.Get) % 1.0;
        var n = units.Get % 40;
        var a = new Xoshiro256StarStar(seed);
        var b = a;
        long expected = 0;
        for (var i = 0; i < n; i++) expected += a.NextDouble() < p ? 1 : 0;

        var counted = BinomialProbability.SumOfBernoulli(ref b, n, BinomialProbability.ThresholdOf(p));

        return counted == expected && a.NextUInt64() == b.NextUInt64();
    }

    [Fact]
    public void Bernoulli_threshold_is_exact_at_the_edges()
    {
        // U = m·2^-53 < p  ⇔  m < ⌈p·2^53⌉.
        Assert.Equal(0UL, BinomialProbability.ThresholdOf(0));
        Assert.Equal(1UL << 53, BinomialProbability.ThresholdOf(1));
        Assert.Equal(1UL << 52, BinomialProbability.ThresholdOf(0.5));
        Assert.Equal(1UL, BinomialProbability.ThresholdOf(double.Epsilon));
        Assert.Equal((1UL << 52) + 1, BinomialProbability.ThresholdOf(0.5 + Math.Pow(2, -53)));
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => BinomialProbability.ThresholdOf(1.5)).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => new BinomialProbability(double.NaN)).ParamName);
    }

    [Fact]
    public void Prepared_multinomial_splits_draw_the_same_counts_as_the_plain_multinomial()
    {
        double[][] pmfs = [[0.5, 0.3, 0.2], [0, 0.6, 0, 0.4, 0], [1], [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], [2, 3]];
        foreach (var pmf in pmfs)
        {
            var splits = new BinomialProbability[pmf.Length];
            var last = DiscreteSamplers.MultinomialSplits(pmf, splits);
            Assert.Equal(Array.FindLastIndex(pmf, x => x > 0), last);
            foreach (var n in Counts)
            {
                var plain = new Xoshiro256StarStar((ulong)n + 11);
                var fast = plain;
                var expected = new long[pmf.Length];
                var actual = new long[pmf.Length];
                for (var i = 0; i < 50; i++)
                {
                    plain.Multinomial(n, pmf, expected);
                    fast.Multinomial(n, splits, last, actual);
                    Assert.Equal(expected, actual);
                    Assert.Equal(n, actual.Sum());
                }
            }
        }
    }
}
