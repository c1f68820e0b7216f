using MathNet.Numerics.Distributions;

namespace Ppc.Modeling.Distributions;

/// <summary>
/// A normal distribution with mean μ and standard deviation σ (≥ 0), optionally truncated to
/// [min, max] (values outside are redrawn). Its mean is the truncated mean
/// μ + σ(φ(a) − φ(b))/(Φ(b) − Φ(a)), a = (min − μ)/σ, b = (max − μ)/σ.
/// </summary>
/// <param name="Mu">The mean μ before truncation.</param>
/// <param name="Sd">The standard deviation σ before truncation, ≥ 0.</param>
/// <param name="Min">The lower bound, or null for none.</param>
/// <param name="Max">The upper bound, or null for none.</param>
public sealed record NormalDistribution(double Mu, double Sd, double? Min = null, double? Max = null) : Distribution
{
    /// <inheritdoc />
    public override string Kind => "normal";

    private double A => Min is { } min ? (min - Mu) / Sd : double.NegativeInfinity;

    private double B => Max is { } max ? (max - Mu) / Sd : double.PositiveInfinity;

    private static double Phi(double z) => double.IsInfinity(z) ? 0 : Normal.PDF(0, 1, z);

    /// <summary>The probability mass of [min, max] under the untruncated normal.</summary>
    public double TruncatedMass => Sd == 0 ? 1 : Normal.CDF(0, 1, B) - Normal.CDF(0, 1, A);

    /// <inheritdoc />
    public override double Mean => Sd == 0 ? Mu : Mu + Sd * (Phi(A) - Phi(B)) / TruncatedMass;

    /// <inheritdoc />
    public override double Variance
    {
        get
        {
            if (Sd == 0) return 0;
            double a = A, b = B, z = TruncatedMass;
            var aPhi = double.IsInfinity(a) ? 0 : a * Phi(a);
            var bPhi = double.IsInfinity(b) ? 0 : b * Phi(b);
            var shift = (Phi(a) - Phi(b)) / z;
            return Sd * Sd * (1 + (aPhi - bPhi) / z - shift * shift);
        }
    }

    /// <inheritdoc />
    public override double SupportMin => Sd == 0 ? Mu : Min ?? double.NegativeInfinity;

    /// <inheritdoc />
    public override double SupportMax => Sd == 0 ? Mu : Max ?? double.PositiveInfinity;
}
