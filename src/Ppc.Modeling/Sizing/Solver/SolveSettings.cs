namespace Ppc.Modeling.Sizing.Solver;

/// <summary>How one programme is solved.</summary>
internal sealed record SolveSettings
{
    /// <summary>The wall-clock limit of this solve.</summary>
    public required TimeSpan TimeLimit { get; init; }

    /// <summary>The relative gap at which a MIP counts as solved; 1e-4 by default.</summary>
    public double RelativeGap { get; init; } = 1e-4;

    /// <summary>
    /// True to solve the programme as an LP (every variable continuous), with the dual values of the
    /// rows and the reduced costs of the variables; fix the integers first to get §5's LP.
    /// </summary>
    public bool AsLinearProgramme { get; init; }

    /// <summary>SCIP's own parameters ("name = value" lines), or null for the adapter's defaults.</summary>
    public string? ScipParameters { get; init; }

    /// <summary>A starting point for the MIP (one value per variable), or null.</summary>
    public IReadOnlyList<double>? Hint { get; init; }
}
