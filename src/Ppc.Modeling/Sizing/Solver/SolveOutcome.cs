namespace Ppc.Modeling.Sizing.Solver;

/// <summary>What a solve ended with.</summary>
internal enum SolveStatus
{
    /// <summary>Proven optimal within the gap.</summary>
    Optimal,

    /// <summary>A solution, without a proof of optimality (time limit or interruption).</summary>
    Feasible,

    /// <summary>Proven infeasible.</summary>
    Infeasible,

    /// <summary>Unbounded.</summary>
    Unbounded,

    /// <summary>No solution found within the time limit, and no proof either way.</summary>
    NotSolved,

    /// <summary>The solver failed (invalid model, numerical trouble).</summary>
    Failed,
}

/// <summary>
/// The answer of one solve: status, objective, the solver's dual bound, the variables' values, and
/// for an LP the rows' dual values and the variables' reduced costs (∂objective/∂bound, in the
/// objective's own sense).
/// </summary>
internal sealed record SolveOutcome(SolveStatus Status, double Objective, double BestBound, double[] Values,
    double[] Duals, double[] ReducedCosts, TimeSpan WallTime)
{
    /// <summary>Branch-and-bound nodes the MIP solver explored (0 for an LP): a measure of the work that, unlike time, does not depend on the machine's load.</summary>
    public long Nodes { get; init; }

    /// <summary>Whether the outcome carries a solution.</summary>
    public bool HasSolution => Status is SolveStatus.Optimal or SolveStatus.Feasible;
}
