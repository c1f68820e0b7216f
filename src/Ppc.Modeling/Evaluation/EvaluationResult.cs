using Ppc.Modeling.Model;

namespace Ppc.Modeling.Evaluation;

/// <summary>
/// The month-by-month evaluation of a tactic (MODEL.md §2–3): immutable, array-backed, with
/// views by month and by id. Obtain it from <see cref="Evaluator"/>.
/// </summary>
public sealed class EvaluationResult
{
    private EvaluationTotals? _totals;
    private WeakestLink? _weakestLink;

    internal EvaluationResult(CompiledScenario model, EvaluationData data)
    {
        Model = model;
        Data = data;
    }

    internal EvaluationData Data { get; }

    /// <summary>The compiled scenario that was evaluated.</summary>
    public CompiledScenario Model { get; }

    /// <summary>The horizon T in months.</summary>
    public int HorizonMonths => Model.HorizonMonths;

    /// <summary>The figures of month <paramref name="month"/>.</summary>
    /// <param name="month">The month, 1..T.</param>
    /// <returns>A view on that month.</returns>
    public MonthFigures Month(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, HorizonMonths);
        return new MonthFigures(this, month);
    }

    /// <summary>Every month, 1..T.</summary>
    public IEnumerable<MonthFigures> Months
    {
        get
        {
            for (var t = 1; t <= HorizonMonths; t++) yield return new MonthFigures(this, t);
        }
    }

    /// <summary>Sums over months 1..T, stocks at T, what is left in the pipeline, and the rules of thumb.</summary>
    public EvaluationTotals Totals => _totals ??= new EvaluationTotals(this);

    /// <summary>The weakest link of the chain over the horizon (MODEL.md §3).</summary>
    public WeakestLink WeakestLink => _weakestLink ??= new WeakestLink(this);

    internal int Index(int index, string id, string what) =>
        index >= 0 ? index : throw new ArgumentException($"The scenario has no {what} '{id}'.", nameof(id));
}
