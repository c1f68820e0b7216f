namespace Ppc.Modeling.Sizing.Formulation;

/// <summary>A variable of a <see cref="LinearProgram"/>, by its index in the programme.</summary>
/// <param name="Index">The 0-based index.</param>
internal readonly record struct Variable(int Index);

/// <summary>A constraint (row) of a <see cref="LinearProgram"/>, by its index in the programme.</summary>
/// <param name="Index">The 0-based index.</param>
internal readonly record struct Row(int Index);
