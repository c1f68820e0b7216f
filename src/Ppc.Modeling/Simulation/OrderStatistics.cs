namespace Ppc.Modeling.Simulation;

/// <summary>
/// Order statistics without a full sort. <see cref="Find"/> buckets the values (one pass to count,
/// one to gather the few buckets that hold a wanted rank) and selects within those buckets only;
/// <see cref="SelectAscending"/> is multiple selection: one quicksort-style partition (median-of-three
/// pivot, Hoare scheme) recursing only into the parts that hold a wanted rank.
/// </summary>
internal static class OrderStatistics
{
    private const int InsertionSortBelow = 16;

    /// <summary>Buckets of <see cref="Find"/>; below this many values it selects directly.</summary>
    private const int Buckets = 4096;

    /// <summary>
    /// The values of the given ranks (ascending, each in [0, n)) as a sort of <paramref name="values"/>
    /// would place them. Values go to equal-width buckets between <paramref name="min"/> and
    /// <paramref name="max"/> (the bucket is a non-decreasing function of the value, so the buckets are
    /// in order); the counts tell which bucket holds each rank, only those buckets are gathered into
    /// <paramref name="scratch"/>, and the ranks are selected within them. About four cheap linear passes,
    /// whatever the ranks (a bucket holding a single value, as with whole numbers, needs no selection);
    /// when the values are too few, or all equal, it is plain multiple selection. Whole numbers spanning
    /// fewer than 4,096 get one bucket each (bucket j holds min + j), so the counts alone give the answer.
    /// </summary>
    /// <param name="values">The values, finite, unchanged.</param>
    /// <param name="min">Their minimum.</param>
    /// <param name="max">Their maximum.</param>
    /// <param name="whole">Whether every value is a whole number.</param>
    /// <param name="ranks">The wanted ranks, ascending (repeats allowed).</param>
    /// <param name="scratch">At least as long as <paramref name="values"/>.</param>
    /// <param name="results">Receives the value of each rank.</param>
    public static void Find(ReadOnlySpan<double> values, double min, double max, bool whole, ReadOnlySpan<int> ranks, Span<double> scratch, Span<double> results)
    {
        var n = values.Length;
        var counted = whole && max - min < Buckets;
        var scale = counted ? 1 : Buckets / (max - min);
        if (n < 4 * Buckets || !(max > min) || !double.IsFinite(scale))
        {
            var all = scratch[..n];
            values.CopyTo(all);
            SelectAscending(all, ranks);
            for (var i = 0; i < ranks.Length; i++) results[i] = all[ranks[i]];
            return;
        }

        // Two interleaved histograms, so that equal neighbours do not wait on each other's increment.
        Span<int> count = stackalloc int[2 * Buckets];
        count.Clear();
        var odd = count[Buckets..];
        var pairs = n & ~1;
        for (var i = 0; i < pairs; i += 2)
        {
            count[Bucket(values[i], min, scale)]++;
            odd[Bucket(values[i + 1], min, scale)]++;
        }
        if (pairs < n) count[Bucket(values[n - 1], min, scale)]++;
        count = count[..Buckets];
        for (var b = 0; b < Buckets; b++) count[b] += odd[b];
        if (counted)
        {
            // Bucket j holds exactly the whole number min + j.
            int at = 0, below = 0;
            for (var i = 0; i < ranks.Length; i++)
            {
                while (below + count[at] <= ranks[i]) below += count[at++];
                results[i] = min + at;
            }
            return;
        }

        // Each wanted bucket gets a region of scratch, in bucket order; slot[b] = region + 1, or 0.
        Span<short> slot = stackalloc short[Buckets];
        slot.Clear();
        Span<int> bucketOf = stackalloc int[ranks.Length];
        Span<int> before = stackalloc int[ranks.Length];
        Span<int> regionStart = stackalloc int[ranks.Length + 1];
        Span<int> regionFill = stackalloc int[ranks.Length];
        int bucket = 0, seen = 0, regions = 0, gathered = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            while (seen + count[bucket] <= ranks[i]) seen += count[bucket++];
            bucketOf[i] = bucket;
            before[i] = seen;
            if (slot[bucket] == 0)
            {
                slot[bucket] = (short)(++regions);
                regionStart[regions - 1] = gathered;
                regionFill[regions - 1] = gathered;
                gathered += count[bucket];
            }
        }
        regionStart[regions] = gathered;

        foreach (var v in values)
        {
            var region = slot[Bucket(v, min, scale)];
            if (region != 0) scratch[regionFill[region - 1]++] = v;
        }

        Span<int> local = stackalloc int[ranks.Length];
        for (var r = 0; r < regions; r++)
        {
            var part = scratch[regionStart[r]..regionStart[r + 1]];
            if (IsConstant(part))
            {
                // One value in the bucket (a whole-number metric gives a bucket to each number): no selection.
                for (var i = 0; i < ranks.Length; i++)
                {
                    if (slot[bucketOf[i]] == r + 1) results[i] = part[0];
                }
                continue;
            }
            var wanted = 0;
            for (var i = 0; i < ranks.Length; i++)
            {
                if (slot[bucketOf[i]] == r + 1) local[wanted++] = ranks[i] - before[i];
            }
            SelectAscending(part, local[..wanted]);
            for (var i = 0; i < ranks.Length; i++)
            {
                if (slot[bucketOf[i]] == r + 1) results[i] = part[ranks[i] - before[i]];
            }
        }
    }

    private static bool IsConstant(ReadOnlySpan<double> part)
    {
        var first = part[0];
        foreach (var v in part)
        {
            if (v != first) return false;
        }
        return true;
    }

    /// <summary>The bucket of v: ⌊(v − min)·scale⌋ capped at the last, non-decreasing in v.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Bucket(double v, double min, double scale) => Math.Min(Buckets - 1, unchecked((int)((v - min) * scale)));

    /// <summary>
    /// Rearranges <paramref name="values"/> so that each index of <paramref name="ranks"/> (ascending)
    /// holds the value it would hold if the span were sorted.
    /// </summary>
    public static void SelectAscending(Span<double> values, ReadOnlySpan<int> ranks)
    {
        if (values.Length > 0) Select(values, 0, values.Length - 1, ranks);
    }

    private static void Select(Span<double> a, int left, int right, ReadOnlySpan<int> ranks)
    {
        while (true)
        {
            ranks = Within(ranks, left, right);
            if (ranks.IsEmpty) return;
            if (right - left < InsertionSortBelow)
            {
                a[left..(right + 1)].Sort();
                return;
            }
            var (j, i) = Partition(a, left, right);
            // a[left..j] <= pivot <= a[i..right]; every index strictly between j and i holds the pivot.
            Select(a, left, j, ranks);
            left = i;
        }
    }

    /// <summary>The ranks that fall in [left, right], from an ascending list.</summary>
    private static ReadOnlySpan<int> Within(ReadOnlySpan<int> ranks, int left, int right)
    {
        var start = 0;
        while (start < ranks.Length && ranks[start] < left) start++;
        var end = start;
        while (end < ranks.Length && ranks[end] <= right) end++;
        return ranks[start..end];
    }

    private static (int J, int I) Partition(Span<double> a, int left, int right)
    {
        var mid = left + (right - left) / 2;
        if (a[mid] < a[left]) (a[mid], a[left]) = (a[left], a[mid]);
        if (a[right] < a[left]) (a[right], a[left]) = (a[left], a[right]);
        if (a[right] < a[mid]) (a[right], a[mid]) = (a[mid], a[right]);
        var pivot = a[mid];
        int i = left, j = right;
        while (i <= j)
        {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i > j) break;
            (a[i], a[j]) = (a[j], a[i]);
            i++;
            j--;
        }
        return (j, i);
    }
}
