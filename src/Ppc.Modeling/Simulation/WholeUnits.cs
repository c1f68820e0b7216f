using System.Globalization;
using Ppc.Modeling.Model;

namespace Ppc.Modeling.Simulation;

/// <summary>
/// The inputs §4 makes whole (accounts, the initial pipeline, headcounts, hires, partners, recruits)
/// must be countable exactly in a double: at most 2^53 each. Checked once, before any trial, so that a
/// scenario beyond that fails with the input named instead of inside a trial.
/// </summary>
internal static class WholeUnits
{
    /// <summary>2^53 = 9,007,199,254,740,992: the largest count a double holds exactly.</summary>
    public const double Max = 9007199254740992.0;

    /// <exception cref="ForecastException">An input is more than <see cref="Max"/>.</exception>
    public static void Check(CompiledScenario c)
    {
        int T = c.T, K = c.K;
        for (var s = 0; s < c.S; s++)
        {
            Check(c.Accounts[s] - c.ExistingClients[s], $"segment '{c.SegmentIds[s]}': accounts − existingClients");
            for (var k = 0; k < K; k++) Check(c.InitialQueue[s * K + k], $"initialPipeline of segment '{c.SegmentIds[s]}' at stage '{c.StageIds[k]}'");
            for (var t = 0; t < T; t++) Check(c.InitialDeals[s * T + t], $"initialPipeline deals of segment '{c.SegmentIds[s]}' in month {t + 1}");
        }
        for (var r = 0; r < c.R; r++)
        {
            Check(c.InitialHeadcount[r], $"role '{c.RoleIds[r]}': headcount");
            for (var t = 0; t < T; t++) Check(c.Hires[r * T + t], $"role '{c.RoleIds[r]}': hires in month {t + 1}");
        }
        for (var p = 0; p < c.P; p++)
        {
            Check(c.PartnerCount[p], $"partner '{c.PartnerIds[p]}': count");
            for (var t = 0; t < T; t++) Check(c.Recruits[p * T + t], $"partner '{c.PartnerIds[p]}': recruits in month {t + 1}");
        }
    }

    private static void Check(double value, string what)
    {
        if (value <= Max) return;
        throw new ForecastException(string.Create(CultureInfo.InvariantCulture,
            $"{what} is {value:G6}: the Monte Carlo counts it in whole units (MODEL.md §4), at most 2^53 = {Max:N0}."));
    }
}
