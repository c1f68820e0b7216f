using Ppc.Modeling.Distributions;

namespace Ppc.Modeling.Scenarios;

/// <summary>Production capacity and the costs of following a deal.</summary>
public sealed record Delivery
{
    /// <summary>The most deals delivered in a month (≥ 0); null for unlimited. Uncertain.</summary>
    public Distribution? MaxDealsPerMonth { get; init; }

    /// <summary>Sales administration cost per signed deal (≥ 0).</summary>
    public double? AdminCostPerDeal { get; init; }

    /// <summary>After-sales cost per client per month (≥ 0).</summary>
    public double? AfterSalesCostPerClientPerMonth { get; init; }
}
