using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;

namespace Ppc.Modeling.Scenarios;

/// <summary>A network of resellers or other partners that sign deals for a commission (recommendation 8).</summary>
public sealed record Partner
{
    /// <summary>The partner network's id, unique among partners.</summary>
    public required string Id { get; init; }

    /// <summary>Partners at month 1, fully productive (≥ 0).</summary>
    public double? Count { get; init; }

    /// <summary>Deals one productive partner signs per month (≥ 0). Uncertain.</summary>
    public required Distribution DealsPerPartnerPerMonth { get; init; }

    /// <summary>Commission on partner bookings, in [0, 1].</summary>
    public double? CommissionRate { get; init; }

    /// <summary>One-off cost per recruited partner (≥ 0).</summary>
    public double? RecruitmentCost { get; init; }

    /// <summary>Months of ramp-up of a recruit (≥ 0).</summary>
    public double? RampMonths { get; init; }

    /// <summary>Share of partners leaving each month, in [0, 1].</summary>
    public double? AttritionPerMonth { get; init; }

    /// <summary>The most partners allowed (sizing); null for unlimited.</summary>
    public double? MaxCount { get; init; }

    /// <summary>Planned recruitments.</summary>
    public ValueArray<Hire>? Recruits { get; init; }

    /// <summary>How the partners' deals split among segments (segment id → share; sums to 1).</summary>
    public ValueMap<double>? SegmentShares { get; init; }
}
