using Ppc.Modeling.Model;

namespace Ppc.Modeling.Evaluation;

/// <summary>
/// The resources side of MODEL.md §2, which does not depend on the flows: staff cohorts with ramp
/// and attrition, external hours, seasonality, flow weights n[k] and N, balanced or explicit shares,
/// stage capacities, and effective partners.
/// </summary>
internal static class ResourcePlan
{
    /// <summary>Fills hours, fte, flow weights, shares, capacities and effective partners for the given parameters.</summary>
    public static void Compute(CompiledScenario c, ModelParameters p, Workspace w)
    {
        ComputeHours(c, p, w);
        ComputeCapacities(c, p, w);
        ComputeCohorts(c.P, c.T, c.PartnerCount, c.Recruits, c.PartnerRampMonths, c.PartnerAttrition, w.PartnersAlive, w.PartnersEffective, w.Survival);
    }

    /// <summary>Ramp factor of a cohort in its i-th month (i ≥ 1): min(1, i / (R + 1)).</summary>
    public static double Ramp(int i, double rampMonths) => rampMonths <= 0 ? 1 : Math.Min(1, i / (rampMonths + 1));

    private static void ComputeHours(CompiledScenario c, ModelParameters p, Workspace w)
    {
        int T = c.T;
        ComputeCohorts(c.R, T, c.InitialHeadcount, c.Hires, c.RampMonths, p.Attrition, w.Fte, w.Hours, w.Survival);
        for (var r = 0; r < c.R; r++)
        {
            for (var t = 0; t < T; t++)
            {
                var i = r * T + t;
                if (c.IsStaff[r])
                {
                    w.Hours[i] = p.HoursPerMonth[r] * c.Season[t] * w.Hours[i];
                }
                else
                {
                    w.Fte[i] = 0;
                    w.Hours[i] = ExternalHours(c, p, r, t);
                }
            }
        }
    }

    /// <summary>
    /// Cohorts: the initial group is productive from month 1 and keeps (1 − a)^(t − 1); a cohort
    /// starting in month m keeps (1 − a)^(t − m) and produces ramp(t − m + 1). Writes survivors to
    /// <paramref name="alive"/> and ramp-weighted survivors to <paramref name="effective"/>.
    /// </summary>
    public static void ComputeCohorts(int groups, int T, double[] initial, double[] joins, double[] rampMonths,
        double[] attrition, double[] alive, double[] effective, double[] survival)
    {
        for (var g = 0; g < groups; g++)
        {
            var keep = 1 - attrition[g];
            survival[0] = 1;
            for (var n = 1; n < T; n++) survival[n] = survival[n - 1] * keep;
            for (var t = 0; t < T; t++)
            {
                var people = initial[g] * survival[t];
                var productive = people;
                for (var m = 0; m <= t; m++)
                {
                    var count = joins[g * T + m];
                    if (count == 0) continue;
                    var survivors = count * survival[t - m];
                    people += survivors;
                    productive += survivors * Ramp(t - m + 1, rampMonths[g]);
                }
                alive[g * T + t] = people;
                effective[g * T + t] = productive;
            }
        }
    }

    /// <summary>Flow weights, shares and stage capacities from the hours already in <paramref name="w"/>.</summary>
    public static void ComputeCapacities(CompiledScenario c, ModelParameters p, Workspace w)
    {
        ComputeFlowWeights(c, p, w);
        ComputeBalancedShares(c, p, w);
        ComputeStageCapacities(c, p, w);
    }

    /// <summary>Hours of an external role in month t (0-based): bought hours by month, or hours per month × season.</summary>
    public static double ExternalHours(CompiledScenario c, ModelParameters p, int r, int t) =>
        c.HasHoursByMonth[r] ? c.HoursByMonth[r * c.T + t] : p.HoursPerMonth[r] * c.Season[t];

    private static void ComputeFlowWeights(CompiledScenario c, ModelParameters p, Workspace w)
    {
        int K = c.K;
        Array.Clear(w.FlowWeight);
        for (var s = 0; s < c.S; s++)
        {
            var through = 1.0;
            for (var k = 0; k < K; k++)
            {
                w.FlowWeight[k] += c.ProspectingShare[s] * through;
                through *= p.Conversion[s * K + k];
            }
            w.FlowWeight[K] += c.ProspectingShare[s] * through;
            w.SignThrough[s] = through;
        }
    }

    private static void ComputeBalancedShares(CompiledScenario c, ModelParameters p, Workspace w)
    {
        int K = c.K;
        for (var r = 0; r < c.R; r++)
        {
            if (c.HasAllocation[r]) continue;
            double total = 0;
            var performed = 0;
            for (var k = 0; k < K; k++)
            {
                if (!c.Performs[r * K + k]) continue;
                total += p.HoursPerUnit[k] * w.FlowWeight[k];
                performed++;
            }
            for (var k = 0; k < K; k++)
            {
                w.Share[r * K + k] = !c.Performs[r * K + k] ? 0
                    : total > 0 ? p.HoursPerUnit[k] * w.FlowWeight[k] / total
                    : 1.0 / performed;
            }
        }
    }

    private static void ComputeStageCapacities(CompiledScenario c, ModelParameters p, Workspace w)
    {
        int K = c.K, T = c.T;
        for (var k = 0; k < K; k++)
        {
            var e = p.HoursPerUnit[k];
            for (var t = 0; t < T; t++)
            {
                if (e <= 0)
                {
                    w.Capacity[k * T + t] = double.PositiveInfinity;
                    continue;
                }
                double hours = 0;
                foreach (var r in c.PerformersOfStage[k])
                {
                    var share = c.HasAllocation[r] ? c.ExplicitShare[(r * K + k) * T + t] : w.Share[r * K + k];
                    hours += w.Hours[r * T + t] * share;
                }
                w.Capacity[k * T + t] = hours / e;
            }
        }
    }
}
