using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;

namespace Ppc.Modeling.Scenarios;

/// <summary>
/// A team (staff) or a bought service (external) that performs stages: teleprospectors, field
/// reps, a call centre. Staff-only fields must be null on an external role and the other way round.
/// </summary>
public sealed record Role
{
    /// <summary>The role's id, unique among roles.</summary>
    public required string Id { get; init; }

    /// <summary>Staff or external.</summary>
    public required RoleKind Kind { get; init; }

    /// <summary>Staff: people at month 1, fully productive (≥ 0, may be fractional: part-time).</summary>
    public double? Headcount { get; init; }

    /// <summary>Productive hours per person per month (staff) or bought hours per month (external), ≥ 0. Uncertain.</summary>
    public Distribution? HoursPerMonth { get; init; }

    /// <summary>External: bought hours of each month 1..T (exactly T numbers ≥ 0), instead of <see cref="HoursPerMonth"/>; not seasonal.</summary>
    public ValueArray<double>? HoursByMonth { get; init; }

    /// <summary>Staff: loaded cost per person per month (≥ 0).</summary>
    public double? MonthlyCost { get; init; }

    /// <summary>Staff: months R of ramp-up; a hire in its i-th month produces min(1, i/(R+1)). ≥ 0.</summary>
    public double? RampMonths { get; init; }

    /// <summary>Staff: one-off cost per hire (≥ 0).</summary>
    public double? HiringCost { get; init; }

    /// <summary>Staff: share of people leaving each month, in [0, 1]. Uncertain.</summary>
    public Distribution? AttritionPerMonth { get; init; }

    /// <summary>Staff: the largest headcount allowed (sizing); null for unlimited.</summary>
    public double? MaxHeadcount { get; init; }

    /// <summary>Staff: the most hires in one month (sizing); null for unlimited.</summary>
    public double? MaxHiresPerMonth { get; init; }

    /// <summary>Staff: commission on direct bookings, in [0, 1].</summary>
    public double? VariablePayRate { get; init; }

    /// <summary>Staff: planned hires.</summary>
    public ValueArray<Hire>? Hires { get; init; }

    /// <summary>External: price per bought hour (≥ 0).</summary>
    public double? PricePerHour { get; init; }

    /// <summary>External: the most hours that can be bought in a month, before seasonality; null for unlimited.</summary>
    public double? MaxHoursPerMonth { get; init; }
}
