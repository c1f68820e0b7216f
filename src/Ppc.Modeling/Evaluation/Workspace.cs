namespace Ppc.Modeling.Evaluation;

/// <summary>Scratch arrays for one evaluation, reused across evaluations of the same sizes on a thread.</summary>
internal sealed class Workspace
{
    public Workspace(int T, int R, int K, int S, int P)
    {
        (this.T, this.R, this.K, this.S, this.P) = (T, R, K, S, P);
        Hours = new double[R * T];
        Fte = new double[R * T];
        Share = new double[R * K];
        FlowWeight = new double[K + 1];
        Capacity = new double[K * T];
        PartnersEffective = new double[P * T];
        PartnersAlive = new double[P * T];
        Pool = new double[S];
        Queue = new double[S * K];
        Arrivals = new double[S * (K + 1) * T];
        Returns = new double[S * T];
        Backlog = new double[S];
        Delivered = new double[S];
        Demand = new double[S];
        DeliveredNow = new double[S];
        Worked = new double[S];
        PartnerDeals = new double[P * S];
        Deals = new double[S];
        DirectDeals = new double[S];
        Survival = new double[Math.Max(R, P) * T];
        SignThrough = new double[S];
    }

    public int T { get; }
    public int R { get; }
    public int K { get; }
    public int S { get; }
    public int P { get; }

    public double[] Hours { get; }
    public double[] Fte { get; }
    public double[] Share { get; }
    public double[] FlowWeight { get; }
    public double[] Capacity { get; }
    public double[] PartnersEffective { get; }
    public double[] PartnersAlive { get; }
    public double[] Pool { get; }
    public double[] Queue { get; }
    public double[] Arrivals { get; }
    public double[] Returns { get; }
    public double[] Backlog { get; }
    public double[] Delivered { get; }
    public double[] Demand { get; }
    public double[] DeliveredNow { get; }
    public double[] Worked { get; }
    public double[] PartnerDeals { get; }
    public double[] Deals { get; }
    public double[] DirectDeals { get; }
    public double[] Survival { get; }
    public double[] SignThrough { get; }

    [ThreadStatic]
    private static Workspace? _cached;

    /// <summary>A workspace of the given sizes for this thread, cleared of nothing: the engine resets what it reads.</summary>
    public static Workspace For(int T, int R, int K, int S, int P)
    {
        var w = _cached;
        if (w is null || w.T != T || w.R != R || w.K != K || w.S != S || w.P != P)
        {
            w = new Workspace(T, R, K, S, P);
            _cached = w;
        }
        return w;
    }
}
