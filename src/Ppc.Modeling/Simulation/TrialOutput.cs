namespace Ppc.Modeling.Simulation;

/// <summary>Where one trial writes its monthly values (spans of length T into the forecast's store).</summary>
internal readonly ref struct TrialOutput
{
    public TrialOutput(Span<int> deals, Span<int> delivered, Span<int> clients, Span<double> bookings,
        Span<double> revenue, Span<double> margin, Span<double> costs, Span<double> cash)
    {
        Deals = deals;
        Delivered = delivered;
        Clients = clients;
        Bookings = bookings;
        Revenue = revenue;
        Margin = margin;
        Costs = costs;
        Cash = cash;
    }

    public Span<int> Deals { get; }
    public Span<int> Delivered { get; }
    public Span<int> Clients { get; }
    public Span<double> Bookings { get; }
    public Span<double> Revenue { get; }
    public Span<double> Margin { get; }
    public Span<double> Costs { get; }
    public Span<double> Cash { get; }
}
