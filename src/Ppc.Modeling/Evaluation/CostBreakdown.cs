namespace Ppc.Modeling.Evaluation;

/// <summary>The nine cost lines of MODEL.md §2, in currency units (per month, or summed over the horizon).</summary>
/// <param name="Staff">Salaries: fte × monthly cost (ramping hires paid in full).</param>
/// <param name="Hiring">Hires × hiring cost.</param>
/// <param name="External">Bought hours × price per hour.</param>
/// <param name="Units">Units served × cost per unit (stage 1: records worked).</param>
/// <param name="Variable">Variable pay on direct bookings.</param>
/// <param name="Admin">Sales administration per signed deal.</param>
/// <param name="AfterSales">After-sales cost per client.</param>
/// <param name="Partners">Partner commissions and recruitment.</param>
/// <param name="Fixed">Fixed costs.</param>
public readonly record struct CostBreakdown(
    double Staff, double Hiring, double External, double Units, double Variable,
    double Admin, double AfterSales, double Partners, double Fixed)
{
    /// <summary>The sum of the nine lines.</summary>
    public double Total => Staff + Hiring + External + Units + Variable + Admin + AfterSales + Partners + Fixed;
}
