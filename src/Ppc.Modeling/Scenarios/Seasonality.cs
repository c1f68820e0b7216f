using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Scenarios;

/// <summary>Calendar effects on every role's hours (holidays): not on costs, partners or delivery.</summary>
public sealed record Seasonality
{
    /// <summary>The calendar month of month 1, 1..12 (1 = January). Default 1.</summary>
    public int? StartMonth { get; init; }

    /// <summary>Twelve factors (≥ 0) on hours, January to December.</summary>
    public required ValueArray<double> HoursFactor { get; init; }
}
