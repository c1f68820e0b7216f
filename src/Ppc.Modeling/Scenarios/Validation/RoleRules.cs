using static Ppc.Modeling.Scenarios.Json.JsonReadContext;
using static Ppc.Modeling.Scenarios.Validation.MessageText;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// Rules on roles: unique ids, fields that belong to the role's kind only, hours, costs and rates
/// in range, hires within the horizon, the sizing limits, and variable pay only where people earn it.
/// </summary>
internal static class RoleRules
{
    private const string Roles = "$.roles";

    public static void Check(RuleContext ctx)
    {
        ctx.UniqueIds(Roles, ctx.Roles.Select(r => r?.Id).ToList(), "role");
        ctx.Each(Roles, ctx.Roles, (role, path) => CheckRole(ctx, role, path));
    }

    /// <summary>Whether the role brings hours (a staff role with people and hours, an external role buying some).</summary>
    public static bool HasHours(Role r) => r.Kind == RoleKind.Staff
        ? (r.Headcount > 0 || r.Hires is { Count: > 0 }) && r.HoursPerMonth?.Mean > 0
        : r.HoursPerMonth?.Mean > 0 || (r.HoursByMonth?.Any(h => h > 0) ?? false);

    private static void CheckRole(RuleContext ctx, Role r, string path)
    {
        DistributionRules.Check(ctx, Child(path, "hoursPerMonth"), r.HoursPerMonth, InputRange.NonNegative);
        switch (r.Kind)
        {
            case RoleKind.Staff:
                RejectFields(ctx, path, ExternalFields(r), "external");
                CheckStaff(ctx, r, path);
                break;
            case RoleKind.External:
                RejectFields(ctx, path, StaffFields(r), "staff");
                CheckExternal(ctx, r, path);
                break;
            default:
                ctx.Error(Child(path, "kind"), Number((long)r.Kind), "kind must be staff or external");
                break;
        }
    }

    private static (string Name, bool Present)[] StaffFields(Role r) =>
    [
        ("headcount", r.Headcount is not null), ("hires", r.Hires is not null), ("monthlyCost", r.MonthlyCost is not null),
        ("rampMonths", r.RampMonths is not null), ("hiringCost", r.HiringCost is not null),
        ("attritionPerMonth", r.AttritionPerMonth is not null), ("maxHeadcount", r.MaxHeadcount is not null),
        ("maxHiresPerMonth", r.MaxHiresPerMonth is not null), ("variablePayRate", r.VariablePayRate is not null),
    ];

    private static (string Name, bool Present)[] ExternalFields(Role r) =>
    [
        ("pricePerHour", r.PricePerHour is not null), ("maxHoursPerMonth", r.MaxHoursPerMonth is not null),
        ("hoursByMonth", r.HoursByMonth is not null),
    ];

    /// <summary>Fields of the other kind: an error at each field's path.</summary>
    private static void RejectFields(RuleContext ctx, string path, (string Name, bool Present)[] fields, string owner)
    {
        var names = List(fields.Select(f => f.Name));
        var kind = owner == "staff" ? "an external" : "a staff";
        foreach (var (name, _) in fields.Where(f => f.Present))
        {
            ctx.Error(Child(path, name), $"{name} on {kind} role", $"{name} belongs to {owner} roles only ({owner}-only fields: {names})", Child(path, "kind"));
        }
    }

    private static void CheckStaff(RuleContext ctx, Role r, string path)
    {
        var headcountValid = ctx.NonNegative(Child(path, "headcount"), r.Headcount);
        ctx.NonNegative(Child(path, "monthlyCost"), r.MonthlyCost);
        ctx.NonNegative(Child(path, "rampMonths"), r.RampMonths);
        ctx.NonNegative(Child(path, "hiringCost"), r.HiringCost);
        DistributionRules.Check(ctx, Child(path, "attritionPerMonth"), r.AttritionPerMonth, InputRange.Probability);
        var maxValid = ctx.NonNegative(Child(path, "maxHeadcount"), r.MaxHeadcount);
        ctx.NonNegative(Child(path, "maxHiresPerMonth"), r.MaxHiresPerMonth);
        var rateValid = ctx.Probability(Child(path, "variablePayRate"), r.VariablePayRate);
        ctx.Cohorts(Child(path, "hires"), r.Hires);
        if (headcountValid && maxValid && r.Headcount is { } headcount && r.MaxHeadcount is { } max && headcount > max)
        {
            ctx.Error(Child(path, "headcount"), Number(headcount), $"headcount must be at most maxHeadcount ({Number(max)})");
        }
        if (rateValid && r.VariablePayRate > 0 && !(r.Headcount > 0) && r.Hires is not { Count: > 0 })
        {
            ctx.Error(Child(path, "variablePayRate"), Number(r.VariablePayRate.Value),
                "a variablePayRate above 0 needs people to pay it to: give the role a headcount above 0 or hires",
                Child(path, "headcount"), Child(path, "hires"));
        }
    }

    private static void CheckExternal(RuleContext ctx, Role r, string path)
    {
        ctx.NonNegative(Child(path, "pricePerHour"), r.PricePerHour);
        var maxValid = ctx.NonNegative(Child(path, "maxHoursPerMonth"), r.MaxHoursPerMonth);
        var max = maxValid ? r.MaxHoursPerMonth : null;
        switch (r.HoursPerMonth, r.HoursByMonth)
        {
            case (null, null):
                ctx.Error(path, "no hoursPerMonth and no hoursByMonth", "an external role gives exactly one of hoursPerMonth and hoursByMonth",
                    Child(path, "hoursPerMonth"), Child(path, "hoursByMonth"));
                break;
            case (not null, not null):
                ctx.Error(Child(path, "hoursByMonth"), "hoursByMonth with hoursPerMonth", "an external role gives exactly one of hoursPerMonth and hoursByMonth");
                break;
            case ({ } hours, null):
                var mean = hours.Mean;
                if (max is { } limit && mean > limit)
                {
                    ctx.Error(Child(path, "hoursPerMonth"), hours is Distributions.ConstantDistribution ? Number(mean) : $"a mean of {Number(mean)}",
                        $"an external role's hoursPerMonth must be at most maxHoursPerMonth ({Number(limit)})");
                }
                break;
            case (null, { } byMonth):
                CheckHoursByMonth(ctx, Child(path, "hoursByMonth"), byMonth, max);
                break;
        }
    }

    private static void CheckHoursByMonth(RuleContext ctx, string path, IReadOnlyList<double> hours, double? max)
    {
        ctx.HasHorizonLength(path, hours);
        for (var t = 0; t < hours.Count; t++)
        {
            var entry = Index(path, t);
            if (ctx.NonNegative(entry, hours[t]) && max is { } limit && hours[t] > limit)
            {
                ctx.Error(entry, Number(hours[t]), $"each month's bought hours must be at most maxHoursPerMonth ({Number(limit)})");
            }
        }
    }
}
