namespace Ppc.Modeling.Scenarios;

/// <summary>Whether a role is a team the company employs or hours it buys.</summary>
public enum RoleKind
{
    /// <summary>Employees: headcount, hires, ramp, attrition, a monthly cost per person.</summary>
    Staff,

    /// <summary>Bought hours (a call centre): a price per hour, no headcount.</summary>
    External,
}
