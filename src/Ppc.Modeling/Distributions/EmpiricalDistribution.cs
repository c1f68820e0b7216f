using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Distributions;

/// <summary>An empirical distribution: each listed value with equal probability (a non-empty list of finite numbers).</summary>
/// <param name="Values">The observed values.</param>
public sealed record EmpiricalDistribution(ValueArray<double> Values) : Distribution
{
    /// <inheritdoc />
    public override string Kind => "empirical";

    /// <inheritdoc />
    public override double Mean
    {
        get
        {
            var sum = 0.0;
            foreach (var v in Values) sum += v;
            return Values.Count == 0 ? double.NaN : sum / Values.Count;
        }
    }

    /// <inheritdoc />
    public override double Variance
    {
        get
        {
            var mean = Mean;
            var sum = 0.0;
            foreach (var v in Values) sum += (v - mean) * (v - mean);
            return Values.Count == 0 ? double.NaN : sum / Values.Count;
        }
    }

    /// <inheritdoc />
    public override double SupportMin => Values.Count == 0 ? double.NaN : Values.Min();

    /// <inheritdoc />
    public override double SupportMax => Values.Count == 0 ? double.NaN : Values.Max();
}
