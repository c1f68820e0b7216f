namespace Ppc.Modeling.Simulation;

/// <summary>
/// Order statistics by multiple selection: one quicksort-style partition (median-of-three pivot,
/// Hoare scheme) recursing only into the parts that hold a wanted rank, so the seven percentiles of
/// a metric cost about three linear passes instead of a full sort.
/// </summary>
internal static class OrderStatistics
{
    private const int InsertionSortBelow = 16;

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
