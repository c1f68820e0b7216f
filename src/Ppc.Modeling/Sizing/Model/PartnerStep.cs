using Ppc.Modeling.Sizing.Formulation;

namespace Ppc.Modeling.Sizing.Model;

/// <summary>
/// Partner deals of one month (§2 step 2): per segment, min(Σ wanted, pool), exact; the split among
/// partner networks sharing a pool is relaxed (0 ≤ deals[p] ≤ wanted[p], Σ = total).
/// </summary>
internal static class PartnerStep
{
    public static void Build(SizingModel m, int t, LinearExpression[] poolStart)
    {
        var c = m.C;
        int T = m.T, S = m.S;
        for (var s = 0; s < S; s++)
        {
            var wanted = new LinearExpression();
            double wantedMax = 0;
            var partners = new List<int>();
            for (var p = 0; p < m.P; p++)
            {
                var rate = c.Means.PartnerRate[p] * c.PartnerShare[p * S + s];
                if (rate <= 0 || m.Bounds.EffectiveMax[p * T + t] <= 0) continue;
                wanted.Add(m.PartnersEffective[p * T + t], rate);
                wantedMax += m.Bounds.EffectiveMax[p * T + t] * rate;
                partners.Add(p);
            }
            if (partners.Count == 0 || m.Bounds.Pool[s] <= 0) continue;
            var name = $"[{c.SegmentIds[s]},{t + 1}]";
            var total = m.Program.NonNegative("partnerDeals" + name);
            m.PartnerDealsTotal[s * T + t].Add(total);
            Minima.Constrain(m.Program, LinearExpression.Of(total), wanted, wantedMax, poolStart[s], m.Bounds.Pool[s], "partners" + name);
            Split(m, s, t, partners, total);
        }
    }

    private static void Split(SizingModel m, int s, int t, List<int> partners, Variable total)
    {
        var c = m.C;
        int T = m.T, S = m.S;
        if (partners.Count == 1)
        {
            m.PartnerDeals[(partners[0] * S + s) * T + t].Add(total);
            return;
        }
        var sum = new LinearExpression();
        foreach (var p in partners)
        {
            var deals = m.Program.NonNegative($"partnerDeals[{c.PartnerIds[p]},{c.SegmentIds[s]},{t + 1}]");
            var rate = c.Means.PartnerRate[p] * c.PartnerShare[p * S + s];
            m.Program.AddAtMost(LinearExpression.Of(deals).Add(m.PartnersEffective[p * T + t], -rate), 0,
                $"partnerWants[{c.PartnerIds[p]},{c.SegmentIds[s]},{t + 1}]");
            m.PartnerDeals[(p * S + s) * T + t].Add(deals);
            sum.Add(deals);
        }
        m.Program.AddEquality(sum.Add(total, -1), 0, $"partnerSplit[{c.SegmentIds[s]},{t + 1}]");
    }
}
