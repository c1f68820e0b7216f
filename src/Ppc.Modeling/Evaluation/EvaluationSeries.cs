namespace Ppc.Modeling.Evaluation;

/// <summary>Indices of the monthly series in an evaluation's flat arrays.</summary>
internal static class EvaluationSeries
{
    // Company-wide monthly series: Monthly[series * T + t - 1].
    public const int Deals = 0, Bookings = 1, Delivered = 2, Revenue = 3, Margin = 4, Costs = 5,
        Staff = 6, Hiring = 7, External = 8, Units = 9, Variable = 10, Admin = 11, AfterSales = 12, Partners = 13, Fixed = 14,
        Contribution = 15, Cash = 16, Clients = 17, Count = 18;

    // Per role: RoleValues[(r * RoleCount + series) * T + t - 1].
    public const int RoleFte = 0, RoleHours = 1, RoleCost = 2, RoleCount = 3;

    // Per stage: StageValues[(k * StageCount + series) * T + t - 1]; capacity is +inf when unlimited.
    public const int StageServed = 0, StageQueue = 1, StageCapacity = 2, StageUtilisation = 3, StageBinding = 4, StageCount = 5;

    // Per segment: SegmentValues[(s * SegmentCount + series) * T + t - 1].
    public const int SegmentDeals = 0, SegmentBookings = 1, SegmentRevenue = 2, SegmentPenetration = 3, SegmentCount = 4;
}
