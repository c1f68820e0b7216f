using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Model;

/// <summary>
/// A validated scenario compiled once into flat, index-based arrays (roles r, stages k, segments s,
/// partners p, months t as integers) that every engine runs on: nothing in a month step looks
/// anything up by string. Each uncertain input keeps its distribution beside its mean, so an engine
/// can run the same step with other values without recompiling. Immutable and thread-safe.
/// </summary>
public sealed class CompiledScenario
{
    internal CompiledScenario(ValidatedScenario source, int horizon, int roles, int stages, int segments, int partners)
    {
        Source = source;
        T = horizon;
        R = roles;
        K = stages;
        S = segments;
        P = partners;
        Means = new ModelParameters(roles, stages, segments, partners);
    }

    /// <summary>Compiles a validated scenario.</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <returns>The compiled scenario.</returns>
    public static CompiledScenario Compile(ValidatedScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ScenarioCompiler.Compile(scenario);
    }

    /// <summary>The validated scenario this was compiled from.</summary>
    public ValidatedScenario Source { get; }

    /// <summary>The horizon T in months.</summary>
    public int HorizonMonths => T;

    /// <summary>Role ids in scenario order (index r).</summary>
    public ValueArray<string> RoleIds { get; internal init; } = ValueArray<string>.Empty;

    /// <summary>Stage ids in chain order (index k).</summary>
    public ValueArray<string> StageIds { get; internal init; } = ValueArray<string>.Empty;

    /// <summary>Segment ids in scenario order (index s).</summary>
    public ValueArray<string> SegmentIds { get; internal init; } = ValueArray<string>.Empty;

    /// <summary>Partner ids in scenario order (index p).</summary>
    public ValueArray<string> PartnerIds { get; internal init; } = ValueArray<string>.Empty;

    internal int T { get; }
    internal int R { get; }
    internal int K { get; }
    internal int S { get; }
    internal int P { get; }

    /// <summary>The means of every uncertain input: the deterministic model's parameters.</summary>
    internal ModelParameters Means { get; }

    // Roles.
    internal bool[] IsStaff { get; init; } = [];
    internal double[] InitialHeadcount { get; init; } = [];
    internal double[] MonthlyCost { get; init; } = [];
    internal double[] RampMonths { get; init; } = [];
    internal double[] HiringCost { get; init; } = [];
    internal double[] VariablePayRate { get; init; } = [];
    internal double[] PricePerHour { get; init; } = [];
    /// <summary>Hires of role r starting in month t at [r * T + t - 1].</summary>
    internal double[] Hires { get; init; } = [];
    /// <summary>Bought hours of external role r in month t at [r * T + t - 1], when <see cref="HasHoursByMonth"/>.</summary>
    internal double[] HoursByMonth { get; init; } = [];
    internal bool[] HasHoursByMonth { get; init; } = [];
    internal Distribution[] HoursPerMonthDistribution { get; init; } = [];
    internal Distribution[] AttritionDistribution { get; init; } = [];
    /// <summary>Seasonal factor on hours of month t at [t - 1].</summary>
    internal double[] Season { get; init; } = [];

    // Allocation.
    /// <summary>Whether role r performs stage k, at [r * K + k].</summary>
    internal bool[] Performs { get; init; } = [];
    /// <summary>Roles performing stage k, in scenario order.</summary>
    internal int[][] PerformersOfStage { get; init; } = [];
    internal bool[] HasAllocation { get; init; } = [];
    /// <summary>Explicit share of role r on stage k in month t at [(r * K + k) * T + t - 1].</summary>
    internal double[] ExplicitShare { get; init; } = [];

    // Stages.
    internal Distribution[] HoursPerUnitDistribution { get; init; } = [];
    internal double[] CostPerUnit { get; init; } = [];
    internal double[] AbandonPerMonth { get; init; } = [];
    /// <summary>Conversion distribution of stage k for segment s at [s * K + k] (the override's, else the stage's).</summary>
    internal Distribution[] ConversionDistribution { get; init; } = [];
    /// <summary>Which draw the conversion at [s * K + k] uses: k for the stage's own, K + j for the j-th override.</summary>
    internal int[] ConversionDraw { get; init; } = [];
    /// <summary>The distribution of each conversion draw: the K stages' own, then one per override (Monte Carlo draws each once per trial).</summary>
    internal Distribution[] ConversionDrawDistribution { get; init; } = [];
    /// <summary>Delay pmf from stage k for segment s at [s * K + k]; entry τ is the weight of τ months.</summary>
    internal double[][] Delay { get; init; } = [];

    // Segments.
    internal double[] Accounts { get; init; } = [];
    internal double[] ExistingClients { get; init; } = [];
    internal double[] ProspectingShare { get; init; } = [];
    /// <summary>Months before a worked record returns; 0 when it never does.</summary>
    internal int[] RecontactAfterMonths { get; init; } = [];
    internal Distribution[] DealValueDistribution { get; init; } = [];
    internal Distribution[] MarginRateDistribution { get; init; } = [];

    // Initial pipeline.
    /// <summary>Units queued at stage k for segment s at month 0, at [s * K + k].</summary>
    internal double[] InitialQueue { get; init; } = [];
    /// <summary>Initial-pipeline deals of segment s signed in month t at [s * T + t - 1].</summary>
    internal double[] InitialDeals { get; init; } = [];
    /// <summary>Initial-pipeline deals dated after T (all segments).</summary>
    internal double InitialDealsAfterHorizon { get; init; }

    // Partners.
    internal double[] PartnerCount { get; init; } = [];
    internal double[] CommissionRate { get; init; } = [];
    internal double[] RecruitmentCost { get; init; } = [];
    internal double[] PartnerRampMonths { get; init; } = [];
    internal double[] PartnerAttrition { get; init; } = [];
    /// <summary>Recruits of partner p starting in month t at [p * T + t - 1].</summary>
    internal double[] Recruits { get; init; } = [];
    /// <summary>Share of partner p's deals in segment s at [p * S + s].</summary>
    internal double[] PartnerShare { get; init; } = [];
    internal Distribution[] PartnerRateDistribution { get; init; } = [];

    // Delivery and finance.
    internal Distribution? MaxDealsDistribution { get; init; }
    internal double AdminCostPerDeal { get; init; }
    internal double AfterSalesCostPerClient { get; init; }
    internal double StartingCash { get; init; }
    internal double FixedCostPerMonth { get; init; }
    internal int PaymentDelayMonths { get; init; }
    internal double? MinimumCash { get; init; }

    /// <summary>The index of a stage id, or -1.</summary>
    /// <param name="stageId">The stage id.</param>
    /// <returns>The index k, or -1 when absent.</returns>
    public int StageIndex(string stageId) => IndexOf(StageIds, stageId);

    /// <summary>The index of a role id, or -1.</summary>
    /// <param name="roleId">The role id.</param>
    /// <returns>The index r, or -1 when absent.</returns>
    public int RoleIndex(string roleId) => IndexOf(RoleIds, roleId);

    /// <summary>The index of a segment id, or -1.</summary>
    /// <param name="segmentId">The segment id.</param>
    /// <returns>The index s, or -1 when absent.</returns>
    public int SegmentIndex(string segmentId) => IndexOf(SegmentIds, segmentId);

    private static int IndexOf(ValueArray<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id) return i;
        }
        return -1;
    }
}
