namespace Ppc.Modeling.Simulation;

/// <summary>
/// Every trial's monthly values, in trial-index order: whole-number metrics as 32-bit integers,
/// money as doubles (contribution is derived: margin − costs), and the index of each trial's
/// weakest link. About 52 bytes per trial-month plus 2 per trial: 1,000,000 trials of 24 months
/// take about 1.25 GB.
/// </summary>
internal sealed class TrialStore
{
    private const int CountColumns = 3;
    private const int AmountColumns = 5;

    /// <summary>The bytes a store of <paramref name="count"/> trials of <paramref name="horizon"/> months takes: 52 per trial-month, 2 per trial.</summary>
    public static long Bytes(int horizon, int count) =>
        ((long)CountColumns * sizeof(int) + (long)AmountColumns * sizeof(double)) * count * horizon + sizeof(short) * (long)count;

    public TrialStore(int horizon, long firstTrial, int count)
    {
        T = horizon;
        FirstTrial = firstTrial;
        Count = count;
        var cells = checked(count * horizon);
        Deals = new int[cells];
        Delivered = new int[cells];
        Clients = new int[cells];
        Bookings = new double[cells];
        Revenue = new double[cells];
        Margin = new double[cells];
        Costs = new double[cells];
        Cash = new double[cells];
        WeakestLink = new short[count];
    }

    public int T { get; }
    public long FirstTrial { get; }
    public int Count { get; private set; }
    public int[] Deals { get; }
    public int[] Delivered { get; }
    public int[] Clients { get; }
    public double[] Bookings { get; }
    public double[] Revenue { get; }
    public double[] Margin { get; }
    public double[] Costs { get; }
    public double[] Cash { get; }
    public short[] WeakestLink { get; }

    /// <summary>The whole-number columns (deals, delivered, clients), in the order partial results store them.</summary>
    public int[][] Counts => [Deals, Delivered, Clients];

    /// <summary>The money columns (bookings, revenue, margin, costs, cash), in the order partial results store them.</summary>
    public double[][] Amounts => [Bookings, Revenue, Margin, Costs, Cash];

    /// <summary>The output spans of trial <paramref name="i"/> (relative to the first).</summary>
    public TrialOutput Row(int i)
    {
        var at = i * T;
        return new TrialOutput(Deals.AsSpan(at, T), Delivered.AsSpan(at, T), Clients.AsSpan(at, T), Bookings.AsSpan(at, T),
            Revenue.AsSpan(at, T), Margin.AsSpan(at, T), Costs.AsSpan(at, T), Cash.AsSpan(at, T));
    }

    /// <summary>Keeps only the first <paramref name="count"/> trials (a precision target was met early).</summary>
    public void Truncate(int count) => Count = Math.Min(Count, count);

    /// <summary>The value of a metric for trial i in month t (1-based).</summary>
    public double Value(ForecastMetric metric, int i, int t)
    {
        var at = i * T + t - 1;
        return metric switch
        {
            ForecastMetric.Deals => Deals[at],
            ForecastMetric.Bookings => Bookings[at],
            ForecastMetric.Delivered => Delivered[at],
            ForecastMetric.Revenue => Revenue[at],
            ForecastMetric.Margin => Margin[at],
            ForecastMetric.Costs => Costs[at],
            ForecastMetric.Contribution => Margin[at] - Costs[at],
            ForecastMetric.Cash => Cash[at],
            _ => Clients[at],
        };
    }

    /// <summary>
    /// Writes every trial's value of a metric into <paramref name="destination"/> (trial order): the
    /// month's value, or with <paramref name="cumulative"/> a flow summed over months 1..m (a stock at m).
    /// </summary>
    public void Fill(ForecastMetric metric, int month, bool cumulative, Span<double> destination)
    {
        var from = cumulative && !IsStock(metric) ? 0 : month - 1;
        switch (metric)
        {
            case ForecastMetric.Deals: Sum(Deals, from, month, destination); break;
            case ForecastMetric.Delivered: Sum(Delivered, from, month, destination); break;
            case ForecastMetric.Clients: Sum(Clients, from, month, destination); break;
            case ForecastMetric.Bookings: Sum(Bookings, from, month, destination); break;
            case ForecastMetric.Revenue: Sum(Revenue, from, month, destination); break;
            case ForecastMetric.Margin: Sum(Margin, from, month, destination); break;
            case ForecastMetric.Costs: Sum(Costs, from, month, destination); break;
            case ForecastMetric.Cash: Sum(Cash, from, month, destination); break;
            default:
                for (var i = 0; i < Count; i++)
                {
                    double sum = 0;
                    for (var t = from; t < month; t++) sum += Margin[i * T + t] - Costs[i * T + t];
                    destination[i] = sum;
                }
                break;
        }
    }

    /// <summary>Each trial's months [from, to) summed in month order, reading its row contiguously.</summary>
    private void Sum(int[] source, int from, int to, Span<double> destination)
    {
        for (var i = 0; i < Count; i++)
        {
            double sum = 0;
            for (var t = from; t < to; t++) sum += source[i * T + t];
            destination[i] = sum;
        }
    }

    private void Sum(double[] source, int from, int to, Span<double> destination)
    {
        for (var i = 0; i < Count; i++)
        {
            double sum = 0;
            for (var t = from; t < to; t++) sum += source[i * T + t];
            destination[i] = sum;
        }
    }

    /// <summary>Whether a metric is a stock (read at a month) rather than a flow (summed).</summary>
    public static bool IsStock(ForecastMetric metric) => metric is ForecastMetric.Cash or ForecastMetric.Clients;

    /// <summary>A flow summed over months 1..m, or a stock at m, for trial i.</summary>
    public double Cumulative(ForecastMetric metric, int i, int m)
    {
        if (IsStock(metric)) return Value(metric, i, m);
        double sum = 0;
        for (var t = 1; t <= m; t++) sum += Value(metric, i, t);
        return sum;
    }
}
