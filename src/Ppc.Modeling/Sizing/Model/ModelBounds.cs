using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Model;

namespace Ppc.Modeling.Sizing.Model;

/// <summary>
/// Upper bounds on every quantity the sizing model takes a minimum of, from the market (pools ×
/// flow weights) and the limits: the big-M of each minimum is one of them, so they are as tight
/// as the data allows. Where a scenario leaves hires or bought hours unlimited, the bound is the
/// amount that would serve every stage a role performs at its market bound in one month (more is
/// never useful: docs/sizing.md).
/// </summary>
internal sealed class ModelBounds
{
    private ModelBounds(int T, int R, int K, int S, int P)
    {
        Reach = new double[S * (K + 1)];
        DemandMax = new double[K];
        HireCap = new int[R];
        RecruitCap = new int[P];
        HoursMax = new double[R * T];
        CapacityMax = new double[K * T];
        CapacityMin = new double[K * T];
        EffectiveMax = new double[P * T];
    }

    /// <summary>Records a segment's pool can hold: accounts − existing clients, at [s].</summary>
    public required double[] Pool { get; init; }

    /// <summary>Units of segment s that can ever reach stage k over the horizon (k = K: chain deals), at [s * (K + 1) + k].</summary>
    public double[] Reach { get; }

    /// <summary>The most units stage k can have to serve in a month, all segments together.</summary>
    public double[] DemandMax { get; }

    /// <summary>The most deals signed plus backlog in any month.</summary>
    public double DealsMax { get; private set; }

    /// <summary>The most hires of a staff role in a month (its limit, or the useful bound when unlimited).</summary>
    public int[] HireCap { get; }

    /// <summary>The most recruits of a partner network in a month.</summary>
    public int[] RecruitCap { get; }

    /// <summary>The most hours role r can have in month t, at [r * T + t].</summary>
    public double[] HoursMax { get; }

    /// <summary>The most units stage k can serve in month t (+∞ when hoursPerUnit is 0), at [k * T + t].</summary>
    public double[] CapacityMax { get; }

    /// <summary>
    /// The least units stage k can serve in month t, at [k * T + t]: the initial staff (after attrition)
    /// of the roles that perform no other stage, whose hours can go nowhere else; 0 otherwise.
    /// </summary>
    public double[] CapacityMin { get; }

    /// <summary>The most effective partners of network p in month t, at [p * T + t].</summary>
    public double[] EffectiveMax { get; }

    /// <summary>The bound of stage 1's water level: beyond it every pool with a share is worked whole.</summary>
    public double LevelMax { get; private set; }

    /// <summary>The bounds of a compiled scenario under the given channels.</summary>
    public static ModelBounds For(CompiledScenario c, SizingChannels channels)
    {
        var p = c.Means;
        var b = new ModelBounds(c.T, c.R, c.K, c.S, c.P)
        {
            Pool = Enumerable.Range(0, c.S).Select(s => c.Accounts[s] - c.ExistingClients[s]).ToArray(),
        };
        b.FillReach(c, p);
        b.FillRoles(c, p, channels);
        b.FillPartners(c, p, channels);
        return b;
    }

    private void FillReach(CompiledScenario c, ModelParameters p)
    {
        int K = c.K, T = c.T;
        for (var s = 0; s < c.S; s++)
        {
            var active = c.ProspectingShare[s] > 0;
            var back = c.RecontactAfterMonths[s];
            var workings = back > 0 ? 1 + (T - 1) / back : 1;
            Reach[s * (K + 1)] = active ? Pool[s] * workings : 0;
            for (var k = 1; k <= K; k++)
            {
                var queued = k < K ? c.InitialQueue[s * K + k] : 0;
                Reach[s * (K + 1) + k] = Reach[s * (K + 1) + k - 1] * p.Conversion[s * K + k - 1] + queued;
            }
            if (active) DemandMax[0] += Pool[s];
            for (var k = 1; k < K; k++) DemandMax[k] += Reach[s * (K + 1) + k];
            DealsMax += Reach[s * (K + 1) + K] + Pool[s];
            for (var t = 0; t < T; t++) DealsMax += c.InitialDeals[s * T + t];
            if (active) LevelMax = Math.Max(LevelMax, Pool[s] / c.ProspectingShare[s]);
        }
    }

    private void FillRoles(CompiledScenario c, ModelParameters p, SizingChannels channels)
    {
        int T = c.T, K = c.K;
        for (var r = 0; r < c.R; r++)
        {
            double useful = 0;
            for (var k = 0; k < K; k++)
            {
                if (c.Performs[r * K + k]) useful += p.HoursPerUnit[k] * DemandMax[k];
            }
            if (c.IsStaff[r]) FillStaff(c, p, r, useful, channels.HasFlag(SizingChannels.Staff));
            else FillExternal(c, r, useful, channels.HasFlag(SizingChannels.External));
        }
        for (var k = 0; k < K; k++)
        {
            var e = p.HoursPerUnit[k];
            for (var t = 0; t < T; t++)
            {
                double hours = 0;
                foreach (var r in c.PerformersOfStage[k]) hours += HoursMax[r * T + t];
                CapacityMax[k * T + t] = e > 0 ? hours / e : double.PositiveInfinity;
                if (e > 0) CapacityMin[k * T + t] = InitialHours(c, p, k, t) / e;
            }
        }
    }

    /// <summary>Hours of the initial staff in month t of the roles that perform stage k and no other.</summary>
    private static double InitialHours(CompiledScenario c, ModelParameters p, int k, int t)
    {
        double hours = 0;
        foreach (var r in c.PerformersOfStage[k])
        {
            if (!c.IsStaff[r] || Enumerable.Range(0, c.K).Count(j => c.Performs[r * c.K + j]) != 1) continue;
            hours += p.HoursPerMonth[r] * c.Season[t] * c.InitialHeadcount[r] * Math.Pow(1 - p.Attrition[r], t);
        }
        return hours;
    }

    private void FillStaff(CompiledScenario c, ModelParameters p, int r, double useful, bool allowed)
    {
        int T = c.T;
        var keep = 1 - p.Attrition[r];
        var perPerson = p.HoursPerMonth[r];
        var firstRamp = ResourcePlan.Ramp(1, c.RampMonths[r]);
        var season = c.Season.Where(x => x > 0).DefaultIfEmpty(0).Min();
        var worst = perPerson * firstRamp * season * Math.Pow(keep, T - 1);
        var limit = Limits.MaxHiresPerMonth(c, r);
        HireCap[r] = !allowed || useful <= 0 || worst <= 0 ? 0
            : limit is { } max ? (int)Math.Floor(max + 1e-9)
            : (int)Math.Min(1_000_000, Math.Ceiling(useful / worst));
        var maxHeadcount = Limits.MaxHeadcount(c, r) ?? double.PositiveInfinity;
        for (var t = 0; t < T; t++)
        {
            var productive = c.InitialHeadcount[r] * Math.Pow(keep, t);
            for (var m = 0; m <= t; m++) productive += HireCap[r] * Math.Pow(keep, t - m) * ResourcePlan.Ramp(t - m + 1, c.RampMonths[r]);
            HoursMax[r * T + t] = perPerson * c.Season[t] * Math.Min(productive, Math.Max(maxHeadcount, c.InitialHeadcount[r]));
        }
    }

    private void FillExternal(CompiledScenario c, int r, double useful, bool allowed)
    {
        var max = Limits.MaxHoursPerMonth(c, r) ?? useful;
        for (var t = 0; t < c.T; t++) HoursMax[r * c.T + t] = allowed ? max : 0;
    }

    private void FillPartners(CompiledScenario c, ModelParameters p, SizingChannels channels)
    {
        int T = c.T;
        var market = Pool.Sum();
        for (var i = 0; i < c.P; i++)
        {
            var keep = 1 - c.PartnerAttrition[i];
            var worst = p.PartnerRate[i] * ResourcePlan.Ramp(1, c.PartnerRampMonths[i]) * Math.Pow(keep, T - 1);
            var limit = Limits.MaxCount(c, i);
            RecruitCap[i] = !channels.HasFlag(SizingChannels.Partners) || worst <= 0 || market <= 0 ? 0
                : (int)Math.Min(1_000_000, Math.Ceiling(market / worst));
            if (limit is { } max) RecruitCap[i] = (int)Math.Min(RecruitCap[i], Math.Floor(max + 1e-9));
            for (var t = 0; t < T; t++)
            {
                var effective = c.PartnerCount[i] * Math.Pow(keep, t);
                for (var m = 0; m <= t; m++) effective += RecruitCap[i] * Math.Pow(keep, t - m) * ResourcePlan.Ramp(t - m + 1, c.PartnerRampMonths[i]);
                EffectiveMax[i * T + t] = limit is { } cap ? Math.Min(effective, Math.Max(cap, c.PartnerCount[i])) : effective;
            }
        }
    }
}
