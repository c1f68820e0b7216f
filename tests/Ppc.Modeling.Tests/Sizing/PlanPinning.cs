using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Model;
using Ppc.Modeling.Sizing.Model;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>Pins a sizing model's decisions to the plan a scenario already gives (its hires, bought hours, recruits and shares).</summary>
internal static class PlanPinning
{
    public static void Pin(SizingModel m)
    {
        var c = m.C;
        int T = m.T, K = m.K;
        var w = new Workspace(T, c.R, K, c.S, c.P);
        ResourcePlan.Compute(c, c.Means, w);
        for (var r = 0; r < m.R; r++)
        {
            for (var t = 0; t < T; t++)
            {
                if (m.Hire[r * T + t] is { } hire) m.Program.SetBounds(hire, c.Hires[r * T + t], c.Hires[r * T + t]);
                if (m.Bought[r * T + t] is { } bought) m.Program.SetBounds(bought, w.Hours[r * T + t], w.Hours[r * T + t]);
                for (var k = 0; k < K; k++)
                {
                    if (m.Allocation[(r * K + k) * T + t] is not { } y) continue;
                    var share = c.HasAllocation[r] ? c.ExplicitShare[(r * K + k) * T + t] : w.Share[r * K + k];
                    var hours = w.Hours[r * T + t] * share;
                    m.Program.SetBounds(y, hours, hours);
                }
            }
        }
        for (var p = 0; p < m.P; p++)
        {
            for (var t = 0; t < T; t++)
            {
                if (m.Recruit[p * T + t] is { } recruit) m.Program.SetBounds(recruit, c.Recruits[p * T + t], c.Recruits[p * T + t]);
            }
        }
    }
}
