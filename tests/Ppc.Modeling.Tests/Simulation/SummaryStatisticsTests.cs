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
}
