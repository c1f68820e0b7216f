using static Ppc.Modeling.Evaluation.EvaluationSeries;

namespace Ppc.Modeling.Evaluation;

/// <summary>One month of an evaluation: a view on the result's arrays (no copy).</summary>
public readonly struct MonthFigures
{
    private readonly EvaluationResult _result;
    private readonly int _i;

    internal MonthFigures(EvaluationResult result, int month)
    {
        _result = result;
        _i = month - 1;
        Month = month;
    }

    private double Get(int series) => _result.Data.Monthly[series * _result.HorizonMonths + _i];

    /// <summary>The month, 1..T.</summary>
    public int Month { get; }

    /// <summary>Deals signed (chain, initial pipeline, partners).</summary>
    public double Deals => Get(EvaluationSeries.Deals);

    /// <summary>Signed deals × deal value, in currency units.</summary>
    public double Bookings => Get(EvaluationSeries.Bookings);

    /// <summary>Deals delivered (at most the delivery capacity).</summary>
    public double Delivered => Get(EvaluationSeries.Delivered);

    /// <summary>Delivered deals × deal value, in currency units.</summary>
    public double Revenue => Get(EvaluationSeries.Revenue);

    /// <summary>Revenue × margin rate, in currency units.</summary>
    public double Margin => Get(EvaluationSeries.Margin);

    /// <summary>All costs of the month, in currency units.</summary>
    public double Costs => Get(EvaluationSeries.Costs);

    /// <summary>The nine cost lines.</summary>
    public CostBreakdown CostBreakdown => new(Get(Staff), Get(Hiring), Get(External), Get(Units), Get(Variable),
        Get(Admin), Get(AfterSales), Get(Partners), Get(Fixed));

    /// <summary>Margin − costs, in currency units.</summary>
    public double Contribution => Get(EvaluationSeries.Contribution);

    /// <summary>Cash at the end of the month, in currency units.</summary>
    public double Cash => Get(EvaluationSeries.Cash);

    /// <summary>New clients delivered so far (existing clients excluded).</summary>
    public double Clients => Get(EvaluationSeries.Clients);

    /// <summary>A role's figures by index r.</summary>
    /// <param name="role">The role index.</param>
    /// <returns>The figures.</returns>
    public RoleFigures Role(int role)
    {
        var T = _result.HorizonMonths;
        var at = role * RoleCount * T + _i;
        var a = _result.Data.Roles;
        return new RoleFigures(a[at + RoleFte * T], a[at + RoleHours * T], a[at + RoleCost * T]);
    }

    /// <summary>A role's figures by id.</summary>
    /// <param name="roleId">The role id.</param>
    /// <returns>The figures.</returns>
    public RoleFigures Role(string roleId) => Role(_result.Index(_result.Model.RoleIndex(roleId), roleId, "role"));

    /// <summary>A stage's figures by index k.</summary>
    /// <param name="stage">The stage index (chain order, 0-based).</param>
    /// <returns>The figures.</returns>
    public StageFigures Stage(int stage)
    {
        var T = _result.HorizonMonths;
        var at = stage * StageCount * T + _i;
        var a = _result.Data.Stages;
        var capacity = a[at + StageCapacity * T];
        return new StageFigures(a[at + StageServed * T], a[at + StageQueue * T],
            double.IsPositiveInfinity(capacity) ? null : capacity, a[at + StageUtilisation * T], a[at + StageBinding * T] != 0);
    }

    /// <summary>A stage's figures by id.</summary>
    /// <param name="stageId">The stage id.</param>
    /// <returns>The figures.</returns>
    public StageFigures Stage(string stageId) => Stage(_result.Index(_result.Model.StageIndex(stageId), stageId, "stage"));

    /// <summary>A segment's figures by index s.</summary>
    /// <param name="segment">The segment index.</param>
    /// <returns>The figures.</returns>
    public SegmentFigures Segment(int segment)
    {
        var T = _result.HorizonMonths;
        var at = segment * SegmentCount * T + _i;
        var a = _result.Data.Segments;
        return new SegmentFigures(a[at + SegmentDeals * T], a[at + SegmentBookings * T], a[at + SegmentRevenue * T], a[at + SegmentPenetration * T]);
    }

    /// <summary>A segment's figures by id.</summary>
    /// <param name="segmentId">The segment id.</param>
    /// <returns>The figures.</returns>
    public SegmentFigures Segment(string segmentId) => Segment(_result.Index(_result.Model.SegmentIndex(segmentId), segmentId, "segment"));
}
