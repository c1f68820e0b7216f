using FsCheck.Xunit;
using Ppc.Modeling.Simulation;

namespace Ppc.Modeling.Tests.Simulation;

public class SummaryStatisticsTests
{
    [Fact]
    public void Percentiles_interpolate_linearly_between_order_statistics_like_numpy()
    {
        // numpy.percentile([1, 2, 3, 4, 10], [5, 10, 25, 50, 75, 90, 95]) = 1.2, 1.4, 2, 3, 4, 7.6, 8.8
        double[] values = [10, 3, 1, 4, 2];

        var s = SummaryStatistics.Of(values, new double[5]);

        Assert.Equal(4.0, s.Mean, 12);
        Assert.Equal(Math.Sqrt(50.0 / 4), s.Sd, 12);
        Assert.Equal([1.2, 1.4, 2, 3, 4, 7.6, 8.8], new[] { s.P5, s.P10, s.P25, s.P50, s.P75, s.P90, s.P95 }, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void One_trial_has_sd_0_and_every_percentile_equal_to_its_value()
    {
        var s = SummaryStatistics.Of([7.5], new double[1]);

        Assert.Equal(new SummaryStatistics(7.5, 0, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5), s);
    }

    [Property(MaxTest = 200)]
    public bool Selection_gives_the_same_percentiles_as_a_full_sort(int[] raw)
    {
        if (raw.Length == 0) return true;
        var values = raw.Select(x => (double)(x % 7)).ToArray(); // many ties, as with whole-number metrics
        var sorted = values.Order().ToArray();

        var s = SummaryStatistics.Of(values, new double[values.Length]);

        var expected = SummaryStatistics.Levels.Select(q => SummaryStatistics.Percentile(sorted, q)).ToArray();
        return expected.SequenceEqual([s.P5, s.P10, s.P25, s.P50, s.P75, s.P90, s.P95]);
    }

    [Theory]
    [InlineData(10_000, 7)]
    [InlineData(100_000, 1_000_000)]
    [InlineData(33_333, 1)]
    public void Multiple_selection_on_large_arrays_places_every_rank_as_a_sort_would(int n, int distinct)
    {
        var random = new System.Random(n + distinct);
        var values = Enumerable.Range(0, n).Select(_ => (double)random.Next(distinct)).ToArray();
        var sorted = values.Order().ToArray();
        int[] ranks = [0, 1, n / 20, n / 20 + 1, n / 2, n / 2 + 1, n - 2, n - 1];

        Ppc.Modeling.Simulation.OrderStatistics.SelectAscending(values, ranks);

        Assert.All(ranks, r => Assert.Equal(sorted[r], values[r]));
        Assert.Equal(sorted, values.Order().ToArray());
    }

    public static TheoryData<string> Shapes => ["lognormal", "whole numbers 0..40", "whole numbers -2000..1500", "whole numbers 0..5000", "one outlier", "two far clusters", "cash around zero", "all equal", "dense ties and spikes"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Bucketed_order_statistics_equal_a_full_sort_on_large_arrays(string shape)
    {
        foreach (var n in new[] { 16_384, 20_000, 100_003 })
        {
            var values = Values(shape, n, new System.Random(n));
            var sorted = values.Order().ToArray();
            int[] ranks = [0, 1, 5, n / 20, n / 20 + 1, n / 10, n / 4, n / 2, n / 2, n / 2 + 1, 3 * n / 4, n - 2, n - 1];
            var results = new double[ranks.Length];
            var copy = values.ToArray();

            Ppc.Modeling.Simulation.OrderStatistics.Find(values, values.Min(), values.Max(), values.All(v => v == Math.Floor(v)), ranks, new double[n], results);

            Assert.Equal(ranks.Select(r => sorted[r]), results);
            Assert.Equal(copy, values); // the input is left as it was
            var s = SummaryStatistics.Of(values, new double[n]);
            var expected = SummaryStatistics.Levels.Select(q => SummaryStatistics.Percentile(sorted, q)).ToArray();
            Assert.Equal(expected, new[] { s.P5, s.P10, s.P25, s.P50, s.P75, s.P90, s.P95 });
        }
    }

    [Property(MaxTest = 40)]
    public bool Bucketed_order_statistics_equal_a_full_sort_on_generated_large_arrays(int[] seeds, FsCheck.PositiveInt spread)
    {
        var random = new System.Random(seeds.Length == 0 ? 0 : seeds.Aggregate((a, b) => unchecked(a * 31 + b)));
        var n = 16_384 + random.Next(5_000);
        var values = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * spread.Get) * (random.Next(50) == 0 ? 1e6 : 1)).ToArray();
        var sorted = values.Order().ToArray();
        int[] ranks = [0, n / 20, n / 20 + 1, n / 2, n / 2 + 1, n - 1];
        var results = new double[ranks.Length];

        Ppc.Modeling.Simulation.OrderStatistics.Find(values, values.Min(), values.Max(), values.All(v => v == Math.Floor(v)), ranks, new double[n], results);

        return ranks.Select(r => sorted[r]).SequenceEqual(results);
    }

    private static double[] Values(string shape, int n, System.Random random) => shape switch
    {
        "lognormal" => Enumerable.Range(0, n).Select(_ => Math.Exp(2 * Normal(random))).ToArray(),
        "whole numbers 0..40" => Enumerable.Range(0, n).Select(_ => (double)random.Next(41)).ToArray(),
        "whole numbers -2000..1500" => Enumerable.Range(0, n).Select(_ => (double)random.Next(-2000, 1501)).ToArray(),
        "whole numbers 0..5000" => Enumerable.Range(0, n).Select(_ => (double)random.Next(5001)).ToArray(),
        "one outlier" => Enumerable.Range(0, n).Select(i => i == n / 3 ? 1e12 : 1 + random.NextDouble() * 1e-3).ToArray(),
        "two far clusters" => Enumerable.Range(0, n).Select(_ => random.Next(2) == 0 ? random.NextDouble() : 1e9 + random.NextDouble()).ToArray(),
        "cash around zero" => Enumerable.Range(0, n).Select(_ => -50_000 + 100_000 * random.NextDouble()).ToArray(),
        "all equal" => Enumerable.Repeat(42.5, n).ToArray(),
        _ => Enumerable.Range(0, n).Select(_ => random.Next(10) < 7 ? 3.0 : random.Next(4) * 0.1).ToArray(),
    };

    private static double Normal(System.Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
