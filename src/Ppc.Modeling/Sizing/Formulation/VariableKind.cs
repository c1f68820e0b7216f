namespace Ppc.Modeling.Sizing.Formulation;

/// <summary>The domain of a decision variable in a <see cref="LinearProgram"/>.</summary>
internal enum VariableKind
{
    /// <summary>Any real value within its bounds (flows, hours, money).</summary>
    Continuous,

    /// <summary>A whole number within its bounds (hires, recruits).</summary>
    Integer,

    /// <summary>0 or 1 (which side of a minimum is taken).</summary>
    Binary,
}
