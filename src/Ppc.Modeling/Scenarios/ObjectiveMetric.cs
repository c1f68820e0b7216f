namespace Ppc.Modeling.Scenarios;

/// <summary>What an objective measures (recommendation 1). Flows are summed over months 1..byMonth; stocks are read at byMonth.</summary>
public enum ObjectiveMetric
{
    /// <summary>Revenue (flow), in currency units.</summary>
    Revenue,

    /// <summary>Bookings (flow), in currency units.</summary>
    Bookings,

    /// <summary>Signed deals (flow).</summary>
    Deals,

    /// <summary>Gross margin (flow), in currency units.</summary>
    Margin,

    /// <summary>Margin minus costs (flow), in currency units.</summary>
    Contribution,

    /// <summary>Costs (flow), in currency units.</summary>
    Costs,

    /// <summary>New clients delivered so far (stock).</summary>
    Clients,

    /// <summary>Cash (stock), in currency units.</summary>
    Cash,

    /// <summary>(existing clients + new clients) / accounts over all segments (stock), 0..1.</summary>
    Penetration,
}
