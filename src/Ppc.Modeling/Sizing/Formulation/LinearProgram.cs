namespace Ppc.Modeling.Sizing.Formulation;

/// <summary>
/// A mixed-integer linear programme in solver-neutral form: variables with kinds, bounds and names;
/// rows lower ≤ Σ a·x ≤ upper with names; one objective. Infinite bounds mean "none". The sizing
/// model is built here and handed whole to the solver adapter, which alone knows a solver's types.
/// A builder: mutable while the model is built; <see cref="Clone"/> gives an independent copy.
/// </summary>
internal sealed class LinearProgram
{
    private readonly List<double> _lower = [];
    private readonly List<double> _upper = [];
    private readonly List<VariableKind> _kinds = [];
    private readonly List<string> _names = [];
    private readonly List<RowData> _rows = [];

    /// <summary>The number of variables.</summary>
    public int VariableCount => _kinds.Count;

    /// <summary>The number of rows.</summary>
    public int RowCount => _rows.Count;

    /// <summary>The number of integer variables (binaries excluded).</summary>
    public int IntegerCount => _kinds.Count(k => k == VariableKind.Integer);

    /// <summary>The number of binary variables.</summary>
    public int BinaryCount => _kinds.Count(k => k == VariableKind.Binary);

    /// <summary>The objective's terms, merged.</summary>
    public (int[] Variables, double[] Coefficients) ObjectiveTerms { get; private set; } = ([], []);

    /// <summary>The objective's constant.</summary>
    public double ObjectiveConstant { get; private set; }

    /// <summary>True to minimise the objective, false to maximise it.</summary>
    public bool Minimize { get; private set; } = true;

    /// <summary>Adds a variable with bounds <paramref name="lower"/>..<paramref name="upper"/>.</summary>
    public Variable AddVariable(double lower, double upper, VariableKind kind, string name)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper) || lower > upper)
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, $"Variable '{name}' has bounds {lower}..{upper}.");
        }
        if (kind == VariableKind.Binary) (lower, upper) = (Math.Max(0, lower), Math.Min(1, upper));
        _lower.Add(lower);
        _upper.Add(upper);
        _kinds.Add(kind);
        _names.Add(name);
        return new Variable(_kinds.Count - 1);
    }

    /// <summary>A continuous variable ≥ 0 (no upper bound unless given).</summary>
    public Variable NonNegative(string name, double upper = double.PositiveInfinity) => AddVariable(0, upper, VariableKind.Continuous, name);

    /// <summary>A binary variable.</summary>
    public Variable Binary(string name) => AddVariable(0, 1, VariableKind.Binary, name);

    /// <summary>The lower bound of a variable.</summary>
    public double LowerBound(int variable) => _lower[variable];

    /// <summary>The upper bound of a variable.</summary>
    public double UpperBound(int variable) => _upper[variable];

    /// <summary>The kind of a variable.</summary>
    public VariableKind Kind(int variable) => _kinds[variable];

    /// <summary>The name of a variable.</summary>
    public string Name(int variable) => _names[variable];

    /// <summary>Changes a variable's bounds (for example to fix it at a value).</summary>
    public void SetBounds(Variable variable, double lower, double upper)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper) || lower > upper)
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, $"Variable '{_names[variable.Index]}' gets bounds {lower}..{upper}.");
        }
        _lower[variable.Index] = lower;
        _upper[variable.Index] = upper;
    }

    /// <summary>Adds the row <paramref name="lower"/> ≤ <paramref name="expression"/> ≤ <paramref name="upper"/>; the expression's constant moves to the bounds.</summary>
    public Row AddRow(LinearExpression expression, double lower, double upper, string name)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var (variables, coefficients) = expression.Merged();
        _rows.Add(new RowData(variables, coefficients, lower - expression.Constant, upper - expression.Constant, name));
        return new Row(_rows.Count - 1);
    }

    /// <summary>Adds <paramref name="expression"/> = <paramref name="value"/>.</summary>
    public Row AddEquality(LinearExpression expression, double value, string name) => AddRow(expression, value, value, name);

    /// <summary>Adds <paramref name="expression"/> ≤ <paramref name="value"/>.</summary>
    public Row AddAtMost(LinearExpression expression, double value, string name) => AddRow(expression, double.NegativeInfinity, value, name);

    /// <summary>Adds <paramref name="expression"/> ≥ <paramref name="value"/>.</summary>
    public Row AddAtLeast(LinearExpression expression, double value, string name) => AddRow(expression, value, double.PositiveInfinity, name);

    /// <summary>The row's variables, coefficients, bounds and name.</summary>
    public RowData RowAt(int row) => _rows[row];

    /// <summary>Changes a row's bounds.</summary>
    public void SetRowBounds(Row row, double lower, double upper) =>
        _rows[row.Index] = _rows[row.Index] with { Lower = lower, Upper = upper };

    /// <summary>Sets the objective.</summary>
    public void SetObjective(LinearExpression expression, bool minimize)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ObjectiveTerms = expression.Merged();
        ObjectiveConstant = expression.Constant;
        Minimize = minimize;
    }

    /// <summary>An independent copy (variables, rows and objective).</summary>
    public LinearProgram Clone()
    {
        var copy = new LinearProgram { ObjectiveTerms = ObjectiveTerms, ObjectiveConstant = ObjectiveConstant, Minimize = Minimize };
        copy._lower.AddRange(_lower);
        copy._upper.AddRange(_upper);
        copy._kinds.AddRange(_kinds);
        copy._names.AddRange(_names);
        copy._rows.AddRange(_rows);
        return copy;
    }

    /// <summary>The finite number of largest magnitude in the programme (a bound, a row's bound, a coefficient) and where it stands.</summary>
    public (double Magnitude, string Where) LargestNumber()
    {
        var largest = (Magnitude: 0.0, Where: "");
        void See(double value, string where)
        {
            if (double.IsFinite(value) && Math.Abs(value) > largest.Magnitude) largest = (Math.Abs(value), where);
        }
        for (var j = 0; j < VariableCount; j++)
        {
            See(_lower[j], _names[j]);
            See(_upper[j], _names[j]);
        }
        foreach (var row in _rows)
        {
            See(row.Lower, row.Name);
            See(row.Upper, row.Name);
            foreach (var coefficient in row.Coefficients) See(coefficient, row.Name);
        }
        foreach (var coefficient in ObjectiveTerms.Coefficients) See(coefficient, "objective");
        return largest;
    }

    /// <summary>Fixes every integer and binary variable at its value in <paramref name="values"/> (rounded), leaving an LP.</summary>
    public void FixIntegers(IReadOnlyList<double> values)
    {
        for (var j = 0; j < VariableCount; j++)
        {
            if (_kinds[j] == VariableKind.Continuous) continue;
            var v = Math.Clamp(Math.Round(values[j]), _lower[j], _upper[j]);
            _lower[j] = v;
            _upper[j] = v;
        }
    }
}

/// <summary>One row of a <see cref="LinearProgram"/>: Lower ≤ Σ Coefficients · x[Variables] ≤ Upper.</summary>
/// <param name="Variables">The variables' indices.</param>
/// <param name="Coefficients">The coefficients, one per variable.</param>
/// <param name="Lower">The lower bound (−∞ for none).</param>
/// <param name="Upper">The upper bound (+∞ for none).</param>
/// <param name="Name">The row's name.</param>
internal sealed record RowData(int[] Variables, double[] Coefficients, double Lower, double Upper, string Name);
