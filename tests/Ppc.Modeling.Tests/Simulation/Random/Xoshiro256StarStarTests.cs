using MathNet.Numerics.Distributions;
using Ppc.Modeling.Simulation.Random;

namespace Ppc.Modeling.Tests.Simulation.Random;

public class Xoshiro256StarStarTests
{
    [Fact]
    public void Should_Match_The_Reference_Implementation_From_A_Fixed_State()
    {
        // prng.di.unimi.it/xoshiro256starstar.c from the state {1, 2, 3, 4}.
        var rng = Xoshiro256StarStar.FromState(1, 2, 3, 4);

        ulong[] expected = [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600];
        foreach (var value in expected) Assert.Equal(value, rng.NextUInt64());
    }

    [Fact]
    public void Should_Match_The_Reference_SplitMix64()
    {
        // prng.di.unimi.it/splitmix64.c: seed 0 and seed 1234567.
        var zero = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, zero.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, zero.Next());
        var other = new SplitMix64(1234567);
        Assert.Equal(6457827717110365317UL, other.Next());
        Assert.Equal(3203168211198807973UL, other.Next());
        Assert.Equal(9817491932198370423UL, other.Next());
    }

    [Fact]
    public void Should_Seed_The_State_With_Four_SplitMix64_Outputs()
    {
        var splitMix = new SplitMix64(42);
        var expected = Xoshiro256StarStar.FromState(splitMix.Next(), splitMix.Next(), splitMix.Next(), splitMix.Next());
        var actual = new Xoshiro256StarStar(42);

        for (var i = 0; i < 8; i++) Assert.Equal(expected.NextUInt64(), actual.NextUInt64());
    }

    [Fact]
    public void Should_Derive_Trial_Streams_By_The_Documented_Recipe()
    {
        // A Python transcription of the recipe in ForTrial's documentation:
        // x = seed ^ mix(t * phi); state = the first four SplitMix64 outputs from x.
        var rng = Xoshiro256StarStar.ForTrial(20260101, 3);
        var expected = Xoshiro256StarStar.FromState(
            11861333795686610099, 14623298916378142606, 13388666288793677165, 3849359231439605869);

        Assert.Equal(2368317780288733011UL, rng.NextUInt64());
        Assert.Equal(959501591836756211UL, rng.NextUInt64());
        Assert.Equal(14280947614107928124UL, rng.NextUInt64());
        for (var i = 0; i < 3; i++) expected.NextUInt64();
        for (var i = 0; i < 8; i++) Assert.Equal(expected.NextUInt64(), rng.NextUInt64());
    }

    [Fact]
    public void Should_Make_Trial_Zero_The_Plainly_Seeded_Generator()
    {
        var trial = Xoshiro256StarStar.ForTrial(42, 0);
        var plain = new Xoshiro256StarStar(42);

        Assert.Equal(1546998764402558742UL, trial.NextUInt64());
        plain.NextUInt64();
        for (var i = 0; i < 8; i++) Assert.Equal(plain.NextUInt64(), trial.NextUInt64());
    }

    [Fact]
    public void Should_Repeat_The_Same_Stream_For_The_Same_Seed_And_Trial()
    {
        var first = Xoshiro256StarStar.ForTrial(7, 123_456);
        var second = Xoshiro256StarStar.ForTrial(7, 123_456);

        for (var i = 0; i < 1000; i++) Assert.Equal(first.NextUInt64(), second.NextUInt64());
    }

    [Fact]
    public void Should_Give_Every_Trial_And_Seed_Its_Own_Stream()
    {
        var seen = new HashSet<(ulong, ulong)>();
        foreach (var seed in new ulong[] { 0, 1, 42 })
        {
            for (long trial = 0; trial < 20_000; trial++)
            {
                var rng = Xoshiro256StarStar.ForTrial(seed, trial);
                Assert.True(seen.Add((rng.NextUInt64(), rng.NextUInt64())), $"seed {seed}, trial {trial} repeats a stream");
            }
        }
    }

    [Fact]
    public void Should_Not_Make_Neighbouring_Trials_Shifted_Copies()
    {
        // With seed 0, a plain seed + index * phi would make trial t + 1's state trial t's shifted by one word.
        var trial = Xoshiro256StarStar.ForTrial(0, 5);
        var next = Xoshiro256StarStar.ForTrial(0, 6);
        var firstOfTrial = new HashSet<ulong>();
        for (var i = 0; i < 100; i++) firstOfTrial.Add(trial.NextUInt64());
        for (var i = 0; i < 100; i++) Assert.DoesNotContain(next.NextUInt64(), firstOfTrial);
    }

    [Fact]
    public void Should_Refuse_A_Negative_Trial_Or_An_All_Zero_State()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Xoshiro256StarStar.ForTrial(1, -1));
        Assert.Throws<ArgumentException>(() => Xoshiro256StarStar.FromState(0, 0, 0, 0));
    }

    [Fact]
    public void Should_Draw_Doubles_In_Their_Intervals()
    {
        var rng = new Xoshiro256StarStar(3);
        double min = 1, max = 0, minOpen = 1, maxOpen = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var u = rng.NextDouble();
            var open = rng.NextDoubleOpen();
            (min, max) = (Math.Min(min, u), Math.Max(max, u));
            (minOpen, maxOpen) = (Math.Min(minOpen, open), Math.Max(maxOpen, open));
        }
        Assert.InRange(min, 0, 1e-3);
        Assert.InRange(max, 1 - 1e-3, Math.BitDecrement(1.0));
        Assert.InRange(minOpen, double.Epsilon, 1e-3);
        Assert.InRange(maxOpen, 1 - 1e-3, Math.BitDecrement(1.0));
    }

    [Fact]
    public void Should_Map_The_Extreme_Outputs_Inside_The_Intervals()
    {
        Assert.Equal(0.0, Xoshiro256StarStar.ToUnitInterval(0));
        Assert.Equal(Math.BitDecrement(1.0), Xoshiro256StarStar.ToUnitInterval(ulong.MaxValue));
        Assert.Equal(Math.Pow(2, -53), Xoshiro256StarStar.ToOpenUnitInterval(0));
        Assert.Equal(1 - Math.Pow(2, -53), Xoshiro256StarStar.ToOpenUnitInterval(ulong.MaxValue));
    }

    [Fact]
    public void Should_Draw_Uniform_Doubles()
    {
        var sample = GoodnessOfFit.Draw(200_000, 11, (ref r) => r.NextDouble());

        GoodnessOfFit.AssertPasses(GoodnessOfFit.KolmogorovSmirnov(sample, x => x));
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(7UL)]
    [InlineData(1000UL)]
    public void Should_Draw_Bounded_Integers_Uniformly(ulong bound)
    {
        var rng = new Xoshiro256StarStar(5);
        var counts = new double[bound];
        const int draws = 200_000;
        for (var i = 0; i < draws; i++) counts[rng.NextBounded(bound)]++;

        var expected = (double)draws / bound;
        var statistic = 0.0;
        foreach (var c in counts) statistic += (c - expected) * (c - expected) / expected;
        var threshold = bound == 1 ? 0 : ChiSquared.InvCDF(bound - 1, 0.999);
        Assert.True(statistic <= threshold, $"chi-square {statistic} above {threshold}");
    }

    [Fact]
    public void Should_Refuse_A_Zero_Bound()
    {
        var rng = new Xoshiro256StarStar(5);
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextBounded(0));
    }
}
