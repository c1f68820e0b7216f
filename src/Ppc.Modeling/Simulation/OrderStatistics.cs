namespace Ppc.Modeling.Simulation;

/// <summary>
/// Order statistics by selection (Hoare's quickselect with a median-of-three pivot), so that the
/// seven percentiles of a metric cost a few linear passes instead of a full sort.
/// </summary>
internal static class OrderStatistics
{
    /// <summary>
    /// Rearranges <paramref name="values"/> so that each index of <paramref name="ranks"/> (ascending)
    /// holds the value it would hold if the span were sorted.
    /// </summary>
    public static void SelectAscending(Span<double> values, ReadOnlySpan<int> ranks)
    {
        var from = 0;
        foreach (var rank in ranks)
        {
            if (rank < from) continue;
            Select(values, from, values.Length - 1, rank);
            from = rank;
        }
    }

    /// <summary>Places the rank-th smallest value of values[left..right] at index rank.</summary>
    private static void Select(Span<double> a, int left, int right, int rank)
    {
        while (right > left)
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
            if (rank <= j) right = j;
            else if (rank >= i) left = i;
            else return;
        }
    }
}
