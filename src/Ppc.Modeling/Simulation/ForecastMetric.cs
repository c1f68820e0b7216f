namespace Ppc.Modeling.Simulation;

/// <summary>The nine metrics a forecast reports (MODEL.md §4): seven flows, then two stocks.</summary>
public enum ForecastMetric
{
    /// <summary>Deals signed (flow).</summary>
    Deals,

    /// <summary>Bookings, in currency units (flow).</summary>
    Bookings,

    /// <summary>Deals delivered (flow).</summary>
    Delivered,

    /// <summary>Revenue, in currency units (flow).</summary>
    Revenue,

    /// <summary>Margin, in currency units (flow).</summary>
    Margin,

    /// <summary>Costs, in currency units (flow).</summary>
    Costs,

    /// <summary>Margin − costs, in currency units (flow).</summary>
    Contribution,

    /// <summary>Cash at the end of the month, in currency units (stock).</summary>
    Cash,

    /// <summary>New clients delivered so far (stock).</summary>
    Clients,
}
