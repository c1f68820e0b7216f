namespace Ppc.Modeling.Evaluation;

/// <summary>A role in one month.</summary>
/// <param name="Fte">Expected people on the payroll (0 for an external role).</param>
/// <param name="Hours">Productive hours (after ramp and seasonality) or bought hours.</param>
/// <param name="Cost">Staff: salaries + hiring + variable pay; external: bought hours × price.</param>
public readonly record struct RoleFigures(double Fte, double Hours, double Cost);
