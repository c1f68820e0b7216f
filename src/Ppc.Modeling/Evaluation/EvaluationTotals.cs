using Ppc.Modeling.Collections;
using static Ppc.Modeling.Evaluation.EvaluationSeries;

namespace Ppc.Modeling.Evaluation;

/// <summary>An evaluation over the horizon: flows summed over months 1..T, stocks at T, and the method's rules of thumb.</summary>
public sealed class EvaluationTotals
{
    private readonly EvaluationResult _result;

    internal EvaluationTotals(EvaluationResult result)
    {
        _result = result;
        var c = result.Model;
        var d = result.Data;
        PipelineAtHorizon = new ValueMap<double>(
            Enumerable.Range(1, c.K - 1).Select(k => new KeyValuePair<string, double>(c.StageIds[k], d.PipelineAtHorizon[k]))
                .Append(new KeyValuePair<string, double>("deals", d.PipelineAtHorizon[c.K])));
        MeanDecisionDelayMonths = DecisionDelay.MeanMonths(c);
    }

    private double Sum(int series)
    {
        var T = _result.HorizonMonths;
        double sum = 0;
        for (var t = 0; t < T; t++) sum += _result.Data.Monthly[series * T + t];
        return sum;
    }

    private double AtHorizon(int series) => _result.Data.Monthly[(series + 1) * _result.HorizonMonths - 1];

    /// <summary>Deals signed over months 1..T.</summary>
    public double Deals => Sum(EvaluationSeries.Deals);

    /// <summary>Bookings over months 1..T, in currency units.</summary>
    public double Bookings => Sum(EvaluationSeries.Bookings);

    /// <summary>Deals delivered over months 1..T.</summary>
    public double Delivered => Sum(EvaluationSeries.Delivered);

    /// <summary>Revenue over months 1..T, in currency units.</summary>
    public double Revenue => Sum(EvaluationSeries.Revenue);

    /// <summary>Margin over months 1..T, in currency units.</summary>
    public double Margin => Sum(EvaluationSeries.Margin);

    /// <summary>Costs over months 1..T, in currency units.</summary>
    public double Costs => Sum(EvaluationSeries.Costs);

    /// <summary>Each cost line summed over months 1..T.</summary>
    public CostBreakdown CostBreakdown => new(Sum(Staff), Sum(Hiring), Sum(External), Sum(Units), Sum(Variable),
        Sum(Admin), Sum(AfterSales), Sum(Partners), Sum(Fixed));

    /// <summary>Margin − costs over months 1..T, in currency units.</summary>
    public double Contribution => Sum(EvaluationSeries.Contribution);

    /// <summary>Cash at the end of month T, in currency units.</summary>
    public double Cash => AtHorizon(EvaluationSeries.Cash);

    /// <summary>New clients delivered by the end of month T.</summary>
    public double Clients => AtHorizon(EvaluationSeries.Clients);

    /// <summary>A segment over the horizon: deals, bookings, revenue summed; penetration at T.</summary>
    /// <param name="segmentId">The segment id.</param>
    /// <returns>The figures.</returns>
    public SegmentFigures Segment(string segmentId) => Segment(_result.Index(_result.Model.SegmentIndex(segmentId), segmentId, "segment"));

    /// <summary>A segment over the horizon, by index.</summary>
    /// <param name="segment">The segment index.</param>
    /// <returns>The figures.</returns>
    public SegmentFigures Segment(int segment)
    {
        double deals = 0, bookings = 0, revenue = 0;
        foreach (var month in _result.Months)
        {
            var f = month.Segment(segment);
            (deals, bookings, revenue) = (deals + f.Deals, bookings + f.Bookings, revenue + f.Revenue);
        }
        return new SegmentFigures(deals, bookings, revenue, _result.Month(_result.HorizonMonths).Segment(segment).Penetration);
    }

    /// <summary>Units arriving after T at each stage 2..K (by stage id), and <c>deals</c>: chain deals arriving after T plus initial-pipeline deals dated after T.</summary>
    public ValueMap<double> PipelineAtHorizon { get; }

    /// <summary>Deals signed but not delivered at the end of month T.</summary>
    public double DeliveryBacklog => _result.Data.DeliveryBacklog;

    /// <summary>Recommendation 7's test: Σ (costs − fixed) / Σ margin; null when Σ margin ≤ 0.</summary>
    public double? CommercialCostRatio
    {
        get
        {
            var margin = Margin;
            return margin > 0 ? (Costs - Sum(Fixed)) / margin : null;
        }
    }

    /// <summary>Recommendation 23: expected months from the first field meeting to signature.</summary>
    public double MeanDecisionDelayMonths { get; }

    /// <summary>Recommendation 23: how long an incentive should run, twice the mean decision delay, in months.</summary>
    public double RecommendedIncentiveMonths => 2 * MeanDecisionDelayMonths;
}
