namespace Ppc.Modeling.Distributions;

/// <summary>
/// An uncertain input of a scenario: a plain number (<see cref="ConstantDistribution"/>) or one of
/// the eight distribution kinds of MODEL.md §1. A distribution is a pure parameter object: it knows
/// its mean (what the deterministic model uses), its variance and its support; the Monte Carlo
/// engine samples it. Constructors never throw on bad parameters: the scenario validator reports them.
/// </summary>
public abstract record Distribution
{
    private protected Distribution()
    {
    }

    /// <summary>The kind, as written in JSON (<c>beta</c>, <c>pert</c>...; <c>constant</c> for a plain number).</summary>
    public abstract string Kind { get; }

    /// <summary>The mean, in the unit of the input it describes.</summary>
    public abstract double Mean { get; }

    /// <summary>The variance, in the square of the input's unit.</summary>
    public abstract double Variance { get; }

    /// <summary>The smallest value the distribution can take (may be negative infinity).</summary>
    public abstract double SupportMin { get; }

    /// <summary>The largest value the distribution can take (may be positive infinity).</summary>
    public abstract double SupportMax { get; }

    /// <summary>Whether every draw equals the mean (a plain number, or a spread of zero).</summary>
    public bool IsConstant => Variance == 0;

    /// <summary>A plain number.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Distribution(double value) => new ConstantDistribution(value);
}
