namespace Ppc.Modeling.Scenarios;

/// <summary>Cash and payment terms. Every field defaults to 0 when null, except <see cref="MinimumCash"/> (no floor).</summary>
public sealed record Finance
{
    /// <summary>Cash at the start of month 1, in currency units (≥ 0).</summary>
    public double? StartingCash { get; init; }

    /// <summary>Costs that do not depend on the tactic (rent, management), per month (≥ 0).</summary>
    public double? FixedCostPerMonth { get; init; }

    /// <summary>Months between delivery (revenue) and the client's payment; integer ≥ 0.</summary>
    public int? PaymentDelayMonths { get; init; }

    /// <summary>The cash floor that sizing must hold and the forecast measures against; null for none.</summary>
    public double? MinimumCash { get; init; }
}
