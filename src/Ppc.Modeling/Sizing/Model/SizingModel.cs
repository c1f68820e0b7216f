using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing.Formulation;

namespace Ppc.Modeling.Sizing.Model;

/// <summary>
/// MODEL.md §2 as a mixed-integer linear programme (§5): the decisions (hires, recruits, bought
/// hours, hours per role and stage), the flows, and the money of every month, with the rows that
/// carry the limits. Built by <see cref="SizingModelBuilder"/>; the lexicographic levels add their
/// own rows on top. Arrays are flat: [r * T + t], [s * T + t], [(s * K + k) * T + t], t 0-based.
/// </summary>
internal sealed class SizingModel
{
    public SizingModel(CompiledScenario c, ModelBounds bounds)
    {
        (C, Bounds) = (c, bounds);
        Flows = FlowBounds.For(c, bounds);
        (T, R, K, S, P) = (c.T, c.R, c.K, c.S, c.P);
        Hire = new Variable?[R * T];
        Bought = new Variable?[R * T];
        Recruit = new Variable?[P * T];
        Allocation = new Variable?[R * K * T];
        Fte = NewExpressions(R * T);
        Hours = NewExpressions(R * T);
        PartnersAlive = NewExpressions(P * T);
        PartnersEffective = NewExpressions(P * T);
        Served = NewExpressions(S * K * T);
        PartnerDeals = NewExpressions(P * S * T);
        PartnerDealsTotal = NewExpressions(S * T);
        Deals = NewExpressions(S * T);
        DirectDeals = NewExpressions(S * T);
        Delivered = NewExpressions(S * T);
        PoolEnd = new Variable[S * T];
        PoolRow = new Row[S * T];
        Monthly = new Dictionary<ObjectiveMetric, LinearExpression[]>();
    }

    private static LinearExpression[] NewExpressions(int n) => Enumerable.Range(0, n).Select(_ => new LinearExpression()).ToArray();

    public CompiledScenario C { get; }
    public ModelBounds Bounds { get; }

    /// <summary>Month-by-month bounds on the flows: the big-M of the minima.</summary>
    public FlowBounds Flows { get; }
    public int T { get; }
    public int R { get; }
    public int K { get; }
    public int S { get; }
    public int P { get; }
    public LinearProgram Program { get; } = new();

    /// <summary>Integer hires of staff role r in month t (null: not a decision).</summary>
    public Variable?[] Hire { get; }

    /// <summary>Hours bought from external role r in month t (null: not a decision).</summary>
    public Variable?[] Bought { get; }

    /// <summary>Integer recruits of partner network p in month t.</summary>
    public Variable?[] Recruit { get; }

    /// <summary>Hours of role r on stage k in month t, at [(r * K + k) * T + t] (null: r does not perform k).</summary>
    public Variable?[] Allocation { get; }

    /// <summary>Expected surviving people of a staff role.</summary>
    public LinearExpression[] Fte { get; }

    /// <summary>Productive hours of a role (staff: seasonal and ramped; external: bought).</summary>
    public LinearExpression[] Hours { get; }

    /// <summary>Expected surviving partners of a network.</summary>
    public LinearExpression[] PartnersAlive { get; }

    /// <summary>Ramp-weighted surviving partners of a network.</summary>
    public LinearExpression[] PartnersEffective { get; }

    /// <summary>Units of segment s served at stage k in month t (stage 1: records worked).</summary>
    public LinearExpression[] Served { get; }

    /// <summary>Deals of partner network p in segment s in month t, at [(p * S + s) * T + t].</summary>
    public LinearExpression[] PartnerDeals { get; }

    /// <summary>Partner deals of segment s in month t: min(wanted, pool).</summary>
    public LinearExpression[] PartnerDealsTotal { get; }

    /// <summary>Deals signed in segment s in month t (chain, initial pipeline, partners).</summary>
    public LinearExpression[] Deals { get; }

    /// <summary>Direct deals (chain and initial pipeline) of segment s in month t.</summary>
    public LinearExpression[] DirectDeals { get; }

    /// <summary>Deals of segment s delivered in month t.</summary>
    public LinearExpression[] Delivered { get; }

    /// <summary>Records left in segment s's pool at the end of month t.</summary>
    public Variable[] PoolEnd { get; }

    /// <summary>The pool balance of segment s in month t: one more record in the pool that month moves its right-hand side by +1.</summary>
    public Row[] PoolRow { get; }

    /// <summary>Monthly series of each metric (flows per month; stocks at the end of the month), by metric.</summary>
    public Dictionary<ObjectiveMetric, LinearExpression[]> Monthly { get; }

    /// <summary>Costs of month t, as a variable.</summary>
    public Variable[] Costs { get; set; } = [];

    /// <summary>Cash at the end of month t.</summary>
    public Variable[] Cash { get; set; } = [];

    /// <summary>Every limit row whose dual is a shadow price, with the derivative of its right-hand side per unit relaxed.</summary>
    public List<LimitTerm> LimitTerms { get; } = [];

    /// <summary>The rows that hold each integer limit (re-solved with the limit + 1 for its shadow price).</summary>
    public List<IntegerLimit> IntegerLimits { get; } = [];

    /// <summary>The value of a metric over months 1..<paramref name="byMonth"/> (flows summed; stocks at that month).</summary>
    public LinearExpression Metric(ObjectiveMetric metric, int byMonth)
    {
        var series = Monthly[metric];
        if (IsStock(metric)) return series[byMonth - 1].Copy();
        var sum = new LinearExpression();
        for (var t = 0; t < byMonth; t++) sum.Add(series[t]);
        return sum;
    }

    /// <summary>Whether a metric is a stock (read at a month) rather than a flow (summed).</summary>
    public static bool IsStock(ObjectiveMetric metric) => metric is ObjectiveMetric.Cash or ObjectiveMetric.Clients or ObjectiveMetric.Penetration;
}

/// <summary>
/// A row holding a continuous limit: relaxing the limit by one unit moves the row's bounds by
/// <paramref name="Coefficient"/>, so the limit's shadow price is Σ dual · coefficient.
/// </summary>
/// <param name="Limit">The limit's name (§6: <c>roles.callcenter.maxHoursPerMonth</c>).</param>
/// <param name="Month">The month (1-based), or null for a limit over the horizon.</param>
/// <param name="Row">The row.</param>
/// <param name="Coefficient">How the row's bounds move per unit relaxed.</param>
internal sealed record LimitTerm(string Limit, int? Month, Row Row, double Coefficient);

/// <summary>An integer limit (maxHeadcount, maxHiresPerMonth, maxCount) and how to move it.</summary>
/// <param name="Limit">The limit's name.</param>
/// <param name="Value">The limit.</param>
/// <param name="Rows">Rows whose upper bound is the limit (headcount, partners alive).</param>
/// <param name="Variables">Variables whose upper bound is the limit (hires per month).</param>
/// <param name="Usage">The largest value the limit bounds, as an expression per month (to tell whether it is reached).</param>
internal sealed record IntegerLimit(string Limit, double Value, IReadOnlyList<Row> Rows, IReadOnlyList<Variable> Variables,
    IReadOnlyList<LinearExpression> Usage);
