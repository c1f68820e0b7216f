namespace Ppc.Modeling.Evaluation;

/// <summary>A stage in one month.</summary>
/// <param name="Served">Units served (stage 1: records worked).</param>
/// <param name="Queue">Units left waiting at the end of the month (stage 1: 0).</param>
/// <param name="Capacity">Units the stage can serve; null when unlimited.</param>
/// <param name="Utilisation">Served / capacity, 0..1 (0 when the capacity is 0 or unlimited).</param>
/// <param name="Binding">Whether demand went unmet (a queue, or pool left at stage 1) or utilisation ≥ 0.999.</param>
public readonly record struct StageFigures(double Served, double Queue, double? Capacity, double Utilisation, bool Binding);
