using FsCheck.Xunit;
using Ppc.Modeling.Simulation;

namespace Ppc.Modeling.Tests.Simulation;

public class LargestRemainderTests
{
    [Fact]
    public void Rations_by_floors_then_largest_integer_remainders_with_ties_to_the_first()
    {
        // C = 10 among demands 7, 7, 6 (D = 20): quotas 3.5, 3.5, 3 → floors 3, 3, 3; the one unit
        // left goes to the largest remainder 10·7 mod 20 = 10, tied between the first two: the first.
        Span<long> share = stackalloc long[3];
        Span<long> remainder = stackalloc long[3];

        LargestRemainder.Ration(10, [7, 7, 6], share, remainder);

        Assert.Equal([4L, 3L, 3L], share.ToArray());
    }

    [Fact]
    public void Splits_by_real_weights_with_the_largest_fractions_first()
    {
        // 10 units by weights 0.7 and 0.3 → 7 and 3; 5 units by 0.5, 0.25, 0.25 → 2.5, 1.25, 1.25
        // → floors 2, 1, 1 and the unit left to the largest fraction (0.5): the first.
        Span<long> share = stackalloc long[3];
        Span<double> fraction = stackalloc double[3];

        LargestRemainder.SplitByWeight(5, [0.5, 0.25, 0.25], share, fraction);

        Assert.Equal([3L, 1L, 1L], share.ToArray());
    }

    [Property(MaxTest = 300)]
    public bool Rationing_gives_every_unit_and_never_more_than_asked(ushort units, ushort[] demands)
    {
        if (demands.Length == 0) return true;
        var demand = demands.Select(d => (long)d).ToArray();
        var total = demand.Sum();
        var capacity = Math.Min(units, total);
        var share = new long[demand.Length];

        LargestRemainder.Ration(capacity, demand, share, new long[demand.Length]);

        return share.Sum() == capacity
            && share.Zip(demand).All(x => x.First >= 0 && x.First <= x.Second)
            && share.Zip(demand).All(x => Math.Abs(x.First - (double)capacity * x.Second / Math.Max(1, total)) < 1 + 1e-9);
    }

    [Fact]
    public void Rationing_huge_numbers_uses_exact_128_bit_arithmetic()
    {
        Span<long> share = stackalloc long[2];
        Span<long> remainder = stackalloc long[2];

        LargestRemainder.Ration(3_000_000_000_000, [4_000_000_000_000, 2_000_000_000_000], share, remainder);

        Assert.Equal([2_000_000_000_000L, 1_000_000_000_000L], share.ToArray());
    }
}
