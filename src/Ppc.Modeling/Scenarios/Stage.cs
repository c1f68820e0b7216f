using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;

namespace Ppc.Modeling.Scenarios;

/// <summary>
/// One link of the sales-production chain: records worked, conversations, appointments, field
/// meetings, opportunities. Units served at a stage convert to the next stage after a delay.
/// </summary>
public sealed record Stage
{
    /// <summary>The stage's id, unique among stages; not <c>market</c>, <c>delivery</c> or <c>deals</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The ids of the roles whose hours serve this stage, in order.</summary>
    public ValueArray<string>? PerformedBy { get; init; }

    /// <summary>Hours of work per unit served (≥ 0; 0 means unlimited capacity). Uncertain.</summary>
    public Distribution? HoursPerUnit { get; init; }

    /// <summary>Direct cost per unit served (≥ 0): a file record, a trip.</summary>
    public double? CostPerUnit { get; init; }

    /// <summary>The share of served units that reach the next stage (or sign, at the last stage), in [0, 1]. Uncertain.</summary>
    public required Distribution Conversion { get; init; }

    /// <summary>The share of a waiting queue lost each month, in [0, 1]; not on stage 1.</summary>
    public double? AbandonPerMonth { get; init; }

    /// <summary>The pmf of the months between being served here and arriving at the next stage (index 0: same month). Default [1].</summary>
    public ValueArray<double>? DelayMonths { get; init; }
}
