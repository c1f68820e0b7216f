using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;

namespace Ppc.Modeling.Scenarios;

/// <summary>A target clientele (recommendation 3): its accounts, how prospection is shared, what a deal is worth.</summary>
public sealed record Segment
{
    /// <summary>The segment's id, unique among segments.</summary>
    public required string Id { get; init; }

    /// <summary>Target accounts in the segment (≥ 1).</summary>
    public required double Accounts { get; init; }

    /// <summary>Accounts already clients, never prospected (0..accounts).</summary>
    public double? ExistingClients { get; init; }

    /// <summary>The share of stage 1's capacity aimed at this segment, in [0, 1]; shares sum to 1. Default 1 for a lone segment.</summary>
    public double? ProspectingShare { get; init; }

    /// <summary>Months after which a worked record that did not sign returns to the pool (integer ≥ 1); null: never.</summary>
    public int? RecontactAfterMonths { get; init; }

    /// <summary>The value of one deal, in currency units (≥ 0). Uncertain: drawn per deal.</summary>
    public required Distribution DealValue { get; init; }

    /// <summary>The gross margin rate on revenue, in [0, 1]. Uncertain.</summary>
    public required Distribution MarginRate { get; init; }

    /// <summary>Per-stage overrides of conversion and delay for this segment, by stage id.</summary>
    public ValueMap<StageOverride>? Overrides { get; init; }
}
