using Ppc.Modeling.Sizing.Formulation;

namespace Ppc.Modeling.Sizing.Model;

/// <summary>
/// The flows of §2 in the order of the month step, every total exact: partner deals = min(wanted,
/// pool), stage 1's water-filling (a level and one binary per segment and month), served =
/// min(demand, capacity) at each later stage, delivered = min(backlog + deals, cap). Only the split
/// of a total among segments (and among partners sharing a pool) is relaxed: 0 ≤ x[s] ≤ want[s], Σ x = total.
/// </summary>
internal static class FlowBuilder
{
    public static void Build(SizingModel m)
    {
        int T = m.T, S = m.S, K = m.K;
        var arrivals = Enumerable.Range(0, S * (K + 1) * T).Select(_ => new LinearExpression()).ToArray();
        var queue = new LinearExpression[S * K];
        for (var s = 0; s < S; s++)
        {
            for (var k = 0; k < K; k++) queue[s * K + k] = LinearExpression.FromConstant(m.C.InitialQueue[s * K + k]);
        }
        var backlog = Enumerable.Range(0, S).Select(_ => new LinearExpression()).ToArray();
        for (var t = 0; t < T; t++)
        {
            var poolStart = PoolsAtStart(m, t);
            PartnerStep.Build(m, t, poolStart);
            WorkRecords(m, t, poolStart);
            for (var s = 0; s < S; s++) Advance(m, arrivals, s, 0, t);
            for (var k = 1; k < K; k++) ServeStage(m, arrivals, queue, k, t);
            Deliver(m, arrivals, backlog, t);
        }
    }

    /// <summary>Pool at the start of month t: last month's end plus the records returning now.</summary>
    private static LinearExpression[] PoolsAtStart(SizingModel m, int t)
    {
        var c = m.C;
        var start = new LinearExpression[m.S];
        for (var s = 0; s < m.S; s++)
        {
            start[s] = t == 0 ? LinearExpression.FromConstant(m.Bounds.Pool[s]) : LinearExpression.Of(m.PoolEnd[s * m.T + t - 1]);
            var back = c.RecontactAfterMonths[s];
            if (back > 0 && t - back >= 0)
            {
                start[s].Add(m.Served[(s * m.K) * m.T + t - back], 1 - m.C.Means.SignThrough(s));
            }
        }
        return start;
    }

    /// <summary>Stage 1: worked[s] = min(pool[s], λ·w[s]) for w &gt; 0, and Σ worked = min(Σ pool, capacity).</summary>
    private static void WorkRecords(SizingModel m, int t, LinearExpression[] poolStart)
    {
        var c = m.C;
        int T = m.T, K = m.K;
        var pool = new LinearExpression[m.S];
        var active = new List<int>();
        for (var s = 0; s < m.S; s++)
        {
            pool[s] = poolStart[s].Copy().Add(m.PartnerDealsTotal[s * T + t], -1);
            if (c.ProspectingShare[s] > 0 && m.Bounds.Pool[s] > 0) active.Add(s);
        }
        var capacity = Capacity(m, 0, t);
        var unlimited = double.IsPositiveInfinity(m.Bounds.CapacityMax[t]);
        foreach (var s in active)
        {
            if (unlimited)
            {
                m.Served[s * K * T + t].Add(pool[s]);
                continue;
            }
            var worked = m.Program.NonNegative($"worked[{c.SegmentIds[s]},{t + 1}]");
            m.Served[s * K * T + t].Add(worked);
        }
        if (!unlimited && active.Count > 0) WaterFill(m, t, pool, active, capacity);
        for (var s = 0; s < m.S; s++)
        {
            var end = m.Program.NonNegative($"pool[{c.SegmentIds[s]},{t + 1}]");
            m.PoolEnd[s * T + t] = end;
            var balance = LinearExpression.Of(end).Add(pool[s], -1).Add(m.Served[s * K * T + t]);
            m.PoolRow[s * T + t] = m.Program.AddEquality(balance, 0, $"poolBalance[{c.SegmentIds[s]},{t + 1}]");
        }
    }

    private static void WaterFill(SizingModel m, int t, LinearExpression[] pool, List<int> active, LinearExpression capacity)
    {
        var c = m.C;
        int T = m.T, K = m.K;
        var total = new LinearExpression();
        var poolTotal = new LinearExpression();
        double poolMax = 0;
        foreach (var s in active)
        {
            total.Add(m.Served[s * K * T + t]);
            poolTotal.Add(pool[s]);
            poolMax += m.Bounds.Pool[s];
        }
        Minima.Constrain(m.Program, total, poolTotal, poolMax, capacity, m.Bounds.CapacityMax[t], $"stage1[{t + 1}]",
            bMin: m.Bounds.CapacityMin[t]);
        if (active.Count == 1) return;
        var levelMax = m.Flows.Level[t];
        var level = m.Program.NonNegative($"level[{t + 1}]", levelMax);
        foreach (var s in active)
        {
            var w = c.ProspectingShare[s];
            Minima.Constrain(m.Program, m.Served[s * K * T + t], pool[s], m.Bounds.Pool[s], LinearExpression.Of(level, w),
                levelMax * w, $"waterFill[{c.SegmentIds[s]},{t + 1}]");
        }
    }

    /// <summary>Units stage k can serve in month t: Σ_r hours[r,k,t] / e[k] (empty when unlimited).</summary>
    private static LinearExpression Capacity(SizingModel m, int k, int t)
    {
        var e = m.C.Means.HoursPerUnit[k];
        var capacity = new LinearExpression();
        if (e <= 0) return capacity;
        foreach (var r in m.C.PerformersOfStage[k])
        {
            if (m.Allocation[(r * m.K + k) * m.T + t] is { } y) capacity.Add(y, 1 / e);
        }
        return capacity;
    }

    /// <summary>Converted units of stage k served in month t arrive at k + 1 after the delay pmf (dropped after T).</summary>
    private static void Advance(SizingModel m, LinearExpression[] arrivals, int s, int k, int t)
    {
        int T = m.T, K = m.K;
        var conversion = m.C.Means.Conversion[s * K + k];
        if (conversion == 0) return;
        var pmf = m.C.Delay[s * K + k];
        var served = m.Served[(s * K + k) * T + t];
        for (var tau = 0; tau < pmf.Length && t + tau < T; tau++)
        {
            if (pmf[tau] > 0) arrivals[(s * (K + 1) + k + 1) * T + t + tau].Add(served, conversion * pmf[tau]);
        }
    }

    /// <summary>Stage k ≥ 2: demand = arrivals + (1 − a)·queue; Σ served = min(Σ demand, capacity); split relaxed.</summary>
    private static void ServeStage(SizingModel m, LinearExpression[] arrivals, LinearExpression[] queue, int k, int t)
    {
        var c = m.C;
        int T = m.T, K = m.K;
        var keep = 1 - c.AbandonPerMonth[k];
        var unlimited = double.IsPositiveInfinity(m.Bounds.CapacityMax[k * T + t]);
        var total = new LinearExpression();
        var demandTotal = new LinearExpression();
        for (var s = 0; s < m.S; s++)
        {
            var demand = arrivals[(s * (K + 1) + k) * T + t].Copy().Add(queue[s * K + k], keep);
            var name = $"[{c.SegmentIds[s]},{c.StageIds[k]},{t + 1}]";
            if (unlimited || m.Bounds.Reach[s * (K + 1) + k] <= 0)
            {
                m.Served[(s * K + k) * T + t].Add(unlimited ? demand : new LinearExpression());
                queue[s * K + k] = unlimited ? new LinearExpression() : demand;
            }
            else
            {
                var served = m.Program.NonNegative("served" + name);
                var left = m.Program.NonNegative("queue" + name);
                m.Program.AddEquality(LinearExpression.Of(served).Add(left).Add(demand, -1), 0, "queueBalance" + name);
                m.Served[(s * K + k) * T + t].Add(served);
                queue[s * K + k] = LinearExpression.Of(left);
                total.Add(served);
                demandTotal.Add(demand);
            }
            Advance(m, arrivals, s, k, t);
        }
        if (!unlimited && total.Count > 0)
        {
            Minima.Constrain(m.Program, total, demandTotal, m.Flows.Demand[k * T + t], Capacity(m, k, t), m.Bounds.CapacityMax[k * T + t],
                $"stage[{c.StageIds[k]},{t + 1}]", bMin: m.Bounds.CapacityMin[k * T + t]);
        }
    }

    /// <summary>Deals of month t, and delivered = min(backlog + deals, cap), split relaxed.</summary>
    private static void Deliver(SizingModel m, LinearExpression[] arrivals, LinearExpression[] backlog, int t)
    {
        var c = m.C;
        int T = m.T, K = m.K;
        var cap = c.Means.MaxDealsPerMonth;
        var total = new LinearExpression();
        var available = new LinearExpression();
        for (var s = 0; s < m.S; s++)
        {
            var direct = m.DirectDeals[s * T + t].Add(arrivals[(s * (K + 1) + K) * T + t]).AddConstant(c.InitialDeals[s * T + t]);
            m.Deals[s * T + t].Add(direct).Add(m.PartnerDealsTotal[s * T + t]);
            var ready = backlog[s].Copy().Add(m.Deals[s * T + t]);
            if (double.IsPositiveInfinity(cap))
            {
                m.Delivered[s * T + t].Add(ready);
                continue;
            }
            var name = $"[{c.SegmentIds[s]},{t + 1}]";
            var delivered = m.Program.NonNegative("delivered" + name);
            var left = m.Program.NonNegative("backlog" + name);
            m.Program.AddEquality(LinearExpression.Of(delivered).Add(left).Add(ready, -1), 0, "backlogBalance" + name);
            m.Delivered[s * T + t].Add(delivered);
            backlog[s] = LinearExpression.Of(left);
            total.Add(delivered);
            available.Add(ready);
        }
        if (double.IsPositiveInfinity(cap)) return;
        var minimum = Minima.Constrain(m.Program, total, available, m.Flows.Available[t], LinearExpression.FromConstant(cap), cap,
            $"delivery[{t + 1}]", bMin: cap);
        // The cap stands on the right-hand side of these rows: relaxing it by one moves each by +1.
        foreach (var row in minimum.SecondArgumentRows) m.LimitTerms.Add(new LimitTerm(Limits.MaxDealsPerMonth, t + 1, row, 1));
    }
}
