using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Sizing.Formulation;

namespace Ppc.Modeling.Sizing.Model;

/// <summary>
/// The resources of §5: integer hires with cohorts of expected attrition and ramp (fte and hours are
/// constants × hires), bought hours, integer recruits, hours per role and stage summing to the
/// role's hours; and the rows of maxHeadcount, maxHiresPerMonth, maxHoursPerMonth and maxCount.
/// </summary>
internal static class ResourceBuilder
{
    public static void Build(SizingModel m)
    {
        for (var r = 0; r < m.R; r++)
        {
            if (m.C.IsStaff[r]) Staff(m, r);
            else External(m, r);
            Allocate(m, r);
        }
        for (var p = 0; p < m.P; p++) Partners(m, p);
    }

    private static void Staff(SizingModel m, int r)
    {
        var c = m.C;
        int T = m.T;
        var keep = 1 - c.Means.Attrition[r];
        var perPerson = c.Means.HoursPerMonth[r];
        var cap = m.Bounds.HireCap[r];
        for (var t = 0; t < T; t++)
        {
            m.Hire[r * T + t] = m.Program.AddVariable(0, cap, VariableKind.Integer, $"hire[{c.RoleIds[r]},{t + 1}]");
        }
        for (var t = 0; t < T; t++)
        {
            var fte = m.Fte[r * T + t].AddConstant(c.InitialHeadcount[r] * Math.Pow(keep, t));
            var hours = m.Hours[r * T + t].AddConstant(perPerson * c.Season[t] * c.InitialHeadcount[r] * Math.Pow(keep, t));
            for (var j = 0; j <= t; j++)
            {
                var survive = Math.Pow(keep, t - j);
                fte.Add(m.Hire[r * T + j]!.Value, survive);
                hours.Add(m.Hire[r * T + j]!.Value, perPerson * c.Season[t] * survive * ResourcePlan.Ramp(t - j + 1, c.RampMonths[r]));
            }
        }
        HeadcountLimits(m, r);
    }

    private static void HeadcountLimits(SizingModel m, int r)
    {
        var c = m.C;
        int T = m.T;
        var fte = Enumerable.Range(0, T).Select(t => m.Fte[r * T + t]).ToList();
        if (Limits.MaxHeadcount(c, r) is { } max)
        {
            var rows = new List<Row>();
            for (var t = 0; t < T; t++)
            {
                rows.Add(m.Program.AddAtMost(fte[t].Copy(), Math.Max(max, c.InitialHeadcount[r]), $"{Limits.Role(c, r, "maxHeadcount")}[{t + 1}]"));
            }
            m.IntegerLimits.Add(new IntegerLimit(Limits.Role(c, r, "maxHeadcount"), max, rows, [], fte));
        }
        if (Limits.MaxHiresPerMonth(c, r) is { } hires && m.Bounds.HireCap[r] > 0)
        {
            var variables = Enumerable.Range(0, T).Select(t => m.Hire[r * T + t]!.Value).ToList();
            m.IntegerLimits.Add(new IntegerLimit(Limits.Role(c, r, "maxHiresPerMonth"), hires, [], variables,
                variables.Select(v => LinearExpression.Of(v)).ToList()));
        }
    }

    private static void External(SizingModel m, int r)
    {
        var c = m.C;
        int T = m.T;
        var max = Limits.MaxHoursPerMonth(c, r);
        for (var t = 0; t < T; t++)
        {
            // The limit is a row, not the variable's bound, so that the LP of the shadow prices can relax it.
            var bound = max is not null && m.Bounds.HoursMax[r * T + t] > 0 ? double.PositiveInfinity : m.Bounds.HoursMax[r * T + t];
            var bought = m.Program.NonNegative($"bought[{c.RoleIds[r]},{t + 1}]", bound);
            m.Bought[r * T + t] = bought;
            m.Hours[r * T + t].Add(bought);
            if (max is { } limit && m.Bounds.HoursMax[r * T + t] > 0)
            {
                var row = m.Program.AddAtMost(LinearExpression.Of(bought), limit, $"{Limits.Role(c, r, "maxHoursPerMonth")}[{t + 1}]");
                m.LimitTerms.Add(new LimitTerm(Limits.Role(c, r, "maxHoursPerMonth"), t + 1, row, 1));
            }
        }
    }

    /// <summary>Hours of r on each stage it performs, summing to its hours every month.</summary>
    private static void Allocate(SizingModel m, int r)
    {
        var c = m.C;
        int T = m.T, K = m.K;
        var stages = Enumerable.Range(0, K).Where(k => c.Performs[r * K + k]).ToList();
        if (stages.Count == 0) return;
        for (var t = 0; t < T; t++)
        {
            var sum = new LinearExpression();
            foreach (var k in stages)
            {
                var y = m.Program.NonNegative($"hours[{c.RoleIds[r]},{c.StageIds[k]},{t + 1}]");
                m.Allocation[(r * K + k) * T + t] = y;
                sum.Add(y);
            }
            m.Program.AddEquality(sum.Add(m.Hours[r * T + t], -1), 0, $"hoursSplit[{c.RoleIds[r]},{t + 1}]");
        }
    }

    private static void Partners(SizingModel m, int p)
    {
        var c = m.C;
        int T = m.T;
        var keep = 1 - c.PartnerAttrition[p];
        for (var t = 0; t < T; t++)
        {
            m.Recruit[p * T + t] = m.Program.AddVariable(0, m.Bounds.RecruitCap[p], VariableKind.Integer, $"recruit[{c.PartnerIds[p]},{t + 1}]");
        }
        for (var t = 0; t < T; t++)
        {
            var alive = m.PartnersAlive[p * T + t].AddConstant(c.PartnerCount[p] * Math.Pow(keep, t));
            var effective = m.PartnersEffective[p * T + t].AddConstant(c.PartnerCount[p] * Math.Pow(keep, t));
            for (var j = 0; j <= t; j++)
            {
                alive.Add(m.Recruit[p * T + j]!.Value, Math.Pow(keep, t - j));
                effective.Add(m.Recruit[p * T + j]!.Value, Math.Pow(keep, t - j) * ResourcePlan.Ramp(t - j + 1, c.PartnerRampMonths[p]));
            }
        }
        if (Limits.MaxCount(c, p) is { } max)
        {
            var rows = new List<Row>();
            for (var t = 0; t < T; t++)
            {
                rows.Add(m.Program.AddAtMost(m.PartnersAlive[p * T + t].Copy(), Math.Max(max, c.PartnerCount[p]), $"{Limits.Partner(c, p, "maxCount")}[{t + 1}]"));
            }
            m.IntegerLimits.Add(new IntegerLimit(Limits.Partner(c, p, "maxCount"), max, rows, [],
                Enumerable.Range(0, T).Select(t => m.PartnersAlive[p * T + t]).ToList()));
        }
    }
}
