using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Model;

namespace Ppc.Modeling.Sizing.Levels;

/// <summary>
/// One lexicographic solve of the sizing programme (MODEL.md §5): the programme with its level rows,
/// the solution of its last stage, the criterion's dual bound, and what each level achieved in the model.
/// </summary>
internal sealed class LevelRun
{
    public required SizingModel Model { get; init; }

    public required LevelTargets Targets { get; init; }

    /// <summary>Each objective's shortfall σ_j (≥ 0), in the objective's unit.</summary>
    public required Variable[] Shortfalls { get; init; }

    /// <summary>Each objective's row dir·metric + σ ≥ dir·target + offset (its dual prices the target).</summary>
    public required Row[] ObjectiveRows { get; init; }

    /// <summary>The largest monthly cash deficit δ under the floor, when there is a floor.</summary>
    public Variable? Deficit { get; init; }

    /// <summary>The budget excess β, when there is a budget.</summary>
    public Variable? Excess { get; init; }

    /// <summary>The criterion as an expression of the programme's variables.</summary>
    public required LinearExpression Criterion { get; init; }

    /// <summary>The solution of the last stage solved.</summary>
    public double[] Values { get; set; } = [];

    /// <summary>The criterion's dual bound (the solver's, or the LP relaxation's when the criterion stage was cut short).</summary>
    public double Bound { get; set; } = double.NaN;

    /// <summary>Whether every stage, the criterion's included, was solved.</summary>
    public bool Complete { get; set; }

    /// <summary>How many programmes were solved.</summary>
    public int Solves { get; set; }

    /// <summary>The stages solved, in order: "minimumCash", "budget", "priority 1", …, "criterion".</summary>
    public List<string> Stages { get; } = [];

    /// <summary>The criterion's value in the model at <see cref="Values"/>.</summary>
    public double ModelCriterion => Criterion.Evaluate(Values);

    /// <summary>The deficit or excess a level-0 slack needs at <paramref name="values"/>: the largest shortfall of the rows it stands in.</summary>
    public double NeededSlack(Variable slack, IReadOnlyList<double> values)
    {
        double needed = 0;
        foreach (var term in Model.LimitTerms)
        {
            var row = Model.Program.RowAt(term.Row.Index);
            var at = Array.IndexOf(row.Variables, slack.Index);
            if (at < 0) continue;
            double activity = 0;
            for (var n = 0; n < row.Variables.Length; n++)
            {
                if (n != at) activity += row.Coefficients[n] * values[row.Variables[n]];
            }
            // Floor rows: activity + δ ≥ lower; budget row: activity − β ≤ upper.
            needed = Math.Max(needed, row.Coefficients[at] > 0 ? row.Lower - activity : activity - row.Upper);
        }
        return needed;
    }

    /// <summary>The shortfall objective j needs at <see cref="Values"/>: max(0, dir·target + offset − dir·metric).</summary>
    public double NeededShortfall(int j, IReadOnlyList<double> values)
    {
        var row = Model.Program.RowAt(ObjectiveRows[j].Index);
        double activity = 0;
        for (var n = 0; n < row.Variables.Length; n++)
        {
            if (row.Variables[n] != Shortfalls[j].Index) activity += row.Coefficients[n] * values[row.Variables[n]];
        }
        return Math.Max(0, row.Lower - activity);
    }
}
