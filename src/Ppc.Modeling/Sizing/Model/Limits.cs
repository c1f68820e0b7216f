using Ppc.Modeling.Model;

namespace Ppc.Modeling.Sizing.Model;

/// <summary>The sizing limits of a scenario (null: unlimited), read from the scenario the model was compiled from.</summary>
internal static class Limits
{
    public static double? MaxHeadcount(CompiledScenario c, int r) => c.Source.Scenario.Roles[r].MaxHeadcount;

    public static double? MaxHiresPerMonth(CompiledScenario c, int r) => c.Source.Scenario.Roles[r].MaxHiresPerMonth;

    public static double? MaxHoursPerMonth(CompiledScenario c, int r) => c.Source.Scenario.Roles[r].MaxHoursPerMonth;

    public static double? MaxCount(CompiledScenario c, int p) => c.Source.Scenario.Partners![p].MaxCount;

    /// <summary>The limit's name in §6: <c>roles.rep.maxHeadcount</c>.</summary>
    public static string Role(CompiledScenario c, int r, string field) => $"roles.{c.RoleIds[r]}.{field}";

    /// <summary>The limit's name in §6: <c>partners.resellers.maxCount</c>.</summary>
    public static string Partner(CompiledScenario c, int p, string field) => $"partners.{c.PartnerIds[p]}.{field}";

    /// <summary>The limit's name in §6: <c>segments.software-smb.accounts</c>.</summary>
    public static string Segment(CompiledScenario c, int s) => $"segments.{c.SegmentIds[s]}.accounts";

    public const string MaxDealsPerMonth = "delivery.maxDealsPerMonth";
    public const string MinimumCash = "finance.minimumCash";
    public const string Budget = "budget";
}
