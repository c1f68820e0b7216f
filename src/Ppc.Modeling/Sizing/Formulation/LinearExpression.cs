namespace Ppc.Modeling.Sizing.Formulation;

/// <summary>
/// Σ coefficient · variable + constant, built term by term. Terms on the same variable may repeat;
/// <see cref="LinearProgram"/> merges them when the expression becomes a row or the objective.
/// A builder: mutable, owned by whoever builds the model.
/// </summary>
internal sealed class LinearExpression
{
    private readonly List<int> _variables = [];
    private readonly List<double> _coefficients = [];

    /// <summary>An empty expression (0).</summary>
    public LinearExpression()
    {
    }

    /// <summary>The constant term.</summary>
    public double Constant { get; private set; }

    /// <summary>The number of terms (repeats included).</summary>
    public int Count => _variables.Count;

    /// <summary>The variable of term <paramref name="i"/>.</summary>
    public int VariableAt(int i) => _variables[i];

    /// <summary>The coefficient of term <paramref name="i"/>.</summary>
    public double CoefficientAt(int i) => _coefficients[i];

    /// <summary>Adds coefficient · variable (nothing when the coefficient is 0).</summary>
    public LinearExpression Add(Variable variable, double coefficient = 1)
    {
        if (!double.IsFinite(coefficient)) throw new ArgumentOutOfRangeException(nameof(coefficient), coefficient, "A coefficient must be finite.");
        if (coefficient == 0) return this;
        _variables.Add(variable.Index);
        _coefficients.Add(coefficient);
        return this;
    }

    /// <summary>Adds factor · <paramref name="other"/>, its constant included.</summary>
    public LinearExpression Add(LinearExpression other, double factor = 1)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (factor == 0) return this;
        for (var i = 0; i < other.Count; i++) Add(new Variable(other._variables[i]), other._coefficients[i] * factor);
        return AddConstant(other.Constant * factor);
    }

    /// <summary>Adds a constant.</summary>
    public LinearExpression AddConstant(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "A constant must be finite.");
        Constant += value;
        return this;
    }

    /// <summary>A copy of this expression.</summary>
    public LinearExpression Copy() => new LinearExpression().Add(this);

    /// <summary>The expression's value at the given variable values.</summary>
    public double Evaluate(IReadOnlyList<double> values)
    {
        var sum = Constant;
        for (var i = 0; i < _variables.Count; i++) sum += _coefficients[i] * values[_variables[i]];
        return sum;
    }

    /// <summary>An expression holding one variable.</summary>
    public static LinearExpression Of(Variable variable, double coefficient = 1) => new LinearExpression().Add(variable, coefficient);

    /// <summary>A constant expression.</summary>
    public static LinearExpression FromConstant(double value) => new LinearExpression().AddConstant(value);

    /// <summary>The terms with repeats merged and zeros dropped, in order of first appearance.</summary>
    internal (int[] Variables, double[] Coefficients) Merged()
    {
        var index = new Dictionary<int, int>(_variables.Count);
        var variables = new List<int>(_variables.Count);
        var coefficients = new List<double>(_variables.Count);
        for (var i = 0; i < _variables.Count; i++)
        {
            if (index.TryGetValue(_variables[i], out var at))
            {
                coefficients[at] += _coefficients[i];
                continue;
            }
            index[_variables[i]] = variables.Count;
            variables.Add(_variables[i]);
            coefficients.Add(_coefficients[i]);
        }
        var keep = Enumerable.Range(0, variables.Count).Where(i => coefficients[i] != 0).ToArray();
        return (keep.Select(i => variables[i]).ToArray(), keep.Select(i => coefficients[i]).ToArray());
    }
}
