using Ppc.Modeling.Collections;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing.Model;

namespace Ppc.Modeling.Sizing.Plans;

/// <summary>
/// Writes a solution of the programme back into the scenario (MODEL.md §5, "the answer is the
/// evaluation"): hires and recruits as whole {month, count}, external roles as <c>hoursByMonth</c>
/// (their <c>hoursPerMonth</c> removed), and for every role that performs a stage an explicit
/// per-month allocation (its hours on each stage over its hours; balanced shares in a month without
/// hours). The plan replaces the scenario's hires, recruits, external hours and allocation.
/// </summary>
internal static class PlanWriter
{
    public static (SizingPlan Plan, Scenario Scenario) Write(SizingModel m, IReadOnlyList<double> values)
    {
        var c = m.C;
        var source = c.Source.Scenario;
        int T = m.T;
        var hires = Whole(m.Hire, values, m.R, T);
        var recruits = Whole(m.Recruit, values, m.P, T);
        var bought = Hours(m, values);
        var shares = Shares(m, values);
        var roles = new List<Role>();
        for (var r = 0; r < m.R; r++)
        {
            var role = source.Roles[r];
            roles.Add(c.IsStaff[r] ? StaffRole(role, hires[r]) : role with { HoursPerMonth = null, HoursByMonth = new ValueArray<double>(bought[r]) });
        }
        var partners = source.Partners?.Select((p, i) => p with { Recruits = Cohorts(recruits[i]) });
        var allocation = Enumerable.Range(0, m.R).Where(r => shares[r] is not null)
            .Select(r => Entry(c.RoleIds[r], new ValueMap<AllocationShare>(shares[r]!.Select(e => Entry(e.Key, AllocationShare.Monthly(new ValueArray<double>(e.Value)))))));
        var scenario = source with
        {
            Roles = new ValueArray<Role>(roles),
            Partners = partners is null ? null : new ValueArray<Partner>(partners),
            Allocation = new ValueMap<ValueMap<AllocationShare>>(allocation),
        };
        var plan = new SizingPlan
        {
            Hires = Map(Enumerable.Range(0, m.R).Where(r => c.IsStaff[r]).Select(r => Entry(c.RoleIds[r], new ValueArray<int>(hires[r])))),
            Headcount = ValueMap<ValueArray<double>>.Empty,
            ExternalHours = Map(Enumerable.Range(0, m.R).Where(r => !c.IsStaff[r]).Select(r => Entry(c.RoleIds[r], new ValueArray<double>(bought[r])))),
            Partners = Map(Enumerable.Range(0, m.P).Select(p => Entry(c.PartnerIds[p], new ValueArray<int>(recruits[p])))),
            Allocation = Map(Enumerable.Range(0, m.R).Where(r => shares[r] is not null)
                .Select(r => Entry(c.RoleIds[r], Map(shares[r]!.Select(e => Entry(e.Key, new ValueArray<double>(e.Value))))))),
        };
        return (plan, scenario);
    }

    private static KeyValuePair<string, TValue> Entry<TValue>(string key, TValue value) => new(key, value);

    private static ValueMap<TValue> Map<TValue>(IEnumerable<KeyValuePair<string, TValue>> entries) => new(entries);

    /// <summary>A staff role with its planned hires; a variable pay rate is dropped from a role left with nobody (validation forbids it).</summary>
    private static Role StaffRole(Role role, int[] hires)
    {
        var cohorts = Cohorts(hires);
        var nobody = (role.Headcount ?? 0) <= 0 && cohorts is null;
        return role with { Hires = cohorts, VariablePayRate = nobody ? null : role.VariablePayRate };
    }

    private static ValueArray<Hire>? Cohorts(int[] counts)
    {
        var cohorts = counts.Select((n, t) => new Hire(t + 1, n)).Where(h => h.Count > 0).ToList();
        return cohorts.Count == 0 ? null : new ValueArray<Hire>(cohorts);
    }

    private static int[][] Whole(Formulation.Variable?[] variables, IReadOnlyList<double> values, int groups, int T)
    {
        var result = new int[groups][];
        for (var g = 0; g < groups; g++)
        {
            result[g] = new int[T];
            for (var t = 0; t < T; t++)
            {
                if (variables[g * T + t] is { } v) result[g][t] = (int)Math.Max(0, Math.Round(values[v.Index]));
            }
        }
        return result;
    }

    /// <summary>Bought hours of each external role, cleaned of solver noise and kept within the limit.</summary>
    private static double[][] Hours(SizingModel m, IReadOnlyList<double> values)
    {
        var result = new double[m.R][];
        for (var r = 0; r < m.R; r++)
        {
            result[r] = new double[m.T];
            var max = Limits.MaxHoursPerMonth(m.C, r) ?? double.PositiveInfinity;
            for (var t = 0; t < m.T; t++)
            {
                if (m.Bought[r * m.T + t] is { } v) result[r][t] = Math.Min(max, Clean(values[v.Index]));
            }
        }
        return result;
    }

    private static double Clean(double x) => x < 1e-9 ? 0 : x;

    /// <summary>Per role that performs a stage: stage id → T shares of its hours.</summary>
    private static List<KeyValuePair<string, double[]>>?[] Shares(SizingModel m, IReadOnlyList<double> values)
    {
        var c = m.C;
        int T = m.T, K = m.K;
        var balanced = BalancedShares.Of(c);
        var result = new List<KeyValuePair<string, double[]>>?[m.R];
        for (var r = 0; r < m.R; r++)
        {
            var stages = Enumerable.Range(0, K).Where(k => c.Performs[r * K + k]).ToList();
            if (stages.Count == 0) continue;
            var shares = stages.Select(_ => new double[T]).ToList();
            for (var t = 0; t < T; t++)
            {
                var hours = stages.Select(k => Clean(values[m.Allocation[(r * K + k) * T + t]!.Value.Index])).ToArray();
                var total = hours.Sum();
                for (var i = 0; i < stages.Count; i++) shares[i][t] = total > 1e-9 ? hours[i] / total : balanced[r * K + stages[i]];
                Normalise(shares, t);
            }
            result[r] = stages.Select((k, i) => new KeyValuePair<string, double[]>(c.StageIds[k], shares[i])).ToList();
        }
        return result;
    }

    /// <summary>Makes the month's shares sum to 1 exactly: the largest takes what rounding left.</summary>
    private static void Normalise(List<double[]> shares, int t)
    {
        var largest = 0;
        for (var i = 1; i < shares.Count; i++)
        {
            if (shares[i][t] > shares[largest][t]) largest = i;
        }
        double others = 0;
        for (var i = 0; i < shares.Count; i++)
        {
            if (i != largest) others += shares[i][t] = Math.Clamp(shares[i][t], 0, 1);
        }
        shares[largest][t] = Math.Max(0, 1 - others);
    }
}
