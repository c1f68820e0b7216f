namespace Ppc.Modeling.Model;

/// <summary>
/// The values of a scenario's uncertain inputs for one run: their means for the deterministic
/// evaluation, or one trial's draws for Monte Carlo. Flat arrays indexed like <see cref="CompiledScenario"/>.
/// </summary>
internal sealed class ModelParameters
{
    public ModelParameters(int roles, int stages, int segments, int partners)
    {
        Conversion = new double[segments * stages];
        HoursPerUnit = new double[stages];
        HoursPerMonth = new double[roles];
        Attrition = new double[roles];
        MarginRate = new double[segments];
        DealValue = new double[segments];
        PartnerRate = new double[partners];
    }

    /// <summary>Conversion of stage k for segment s at [s * K + k], in [0, 1].</summary>
    public double[] Conversion { get; }

    /// <summary>Hours per unit of each stage (0: unlimited capacity).</summary>
    public double[] HoursPerUnit { get; }

    /// <summary>Hours per person (staff) or bought hours (external, when not given by month) of each role.</summary>
    public double[] HoursPerMonth { get; }

    /// <summary>Monthly attrition of each role, in [0, 1].</summary>
    public double[] Attrition { get; }

    /// <summary>Margin rate of each segment, in [0, 1].</summary>
    public double[] MarginRate { get; }

    /// <summary>Mean deal value of each segment.</summary>
    public double[] DealValue { get; }

    /// <summary>Deals per partner per month of each partner network.</summary>
    public double[] PartnerRate { get; }

    /// <summary>Π_k p[s,k]: the share of segment <paramref name="s"/>'s worked records that sign (the rest come back to the pool).</summary>
    public double SignThrough(int s)
    {
        var K = HoursPerUnit.Length;
        var through = 1.0;
        for (var k = 0; k < K; k++) through *= Conversion[s * K + k];
        return through;
    }

    /// <summary>Deliveries per month (positive infinity: unlimited).</summary>
    public double MaxDealsPerMonth { get; set; } = double.PositiveInfinity;
}
