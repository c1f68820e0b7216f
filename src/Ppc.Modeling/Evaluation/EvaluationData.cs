namespace Ppc.Modeling.Evaluation;

/// <summary>The raw arrays an evaluation fills; owned by one <see cref="EvaluationResult"/>.</summary>
internal sealed class EvaluationData
{
    public EvaluationData(int T, int R, int K, int S)
    {
        Monthly = new double[EvaluationSeries.Count * T];
        Roles = new double[R * EvaluationSeries.RoleCount * T];
        Stages = new double[K * EvaluationSeries.StageCount * T];
        Segments = new double[S * EvaluationSeries.SegmentCount * T];
        PipelineAtHorizon = new double[K + 1];
        LinkCapacity = new double[K + 2];
    }

    public double[] Monthly { get; }
    public double[] Roles { get; }
    public double[] Stages { get; }
    public double[] Segments { get; }

    /// <summary>Units arriving after T at stage k (index 1..K-1) and chain plus initial-pipeline deals after T (index K).</summary>
    public double[] PipelineAtHorizon { get; }

    /// <summary>Deals per month each link allows: market (0), stages (1..K), delivery (K + 1); +inf when unlimited.</summary>
    public double[] LinkCapacity { get; }

    public double DeliveryBacklog { get; set; }
    public double MeanDecisionDelayMonths { get; set; }

    /// <summary>Index of the weakest link in <see cref="LinkCapacity"/>'s order.</summary>
    public int WeakestLink { get; set; }
}
