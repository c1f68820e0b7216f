namespace Ppc.Modeling.Sizing;

/// <summary>
/// The channels whose decisions sizing may take (recommendation 8, make or buy). A channel left out
/// has its decisions fixed at zero: no hires, no bought hours, no recruits. Initial staff and
/// partners stay, and nobody is laid off.
/// </summary>
[Flags]
public enum SizingChannels
{
    /// <summary>No decision: the scenario's initial resources only.</summary>
    None = 0,

    /// <summary>Hires of staff roles (the in-house team).</summary>
    Staff = 1,

    /// <summary>Hours bought from external roles (a call centre).</summary>
    External = 2,

    /// <summary>Recruits of partner networks (resellers).</summary>
    Partners = 4,

    /// <summary>Every channel.</summary>
    All = Staff | External | Partners,
}
