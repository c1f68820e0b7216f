using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Ppc.Modeling.Sizing.Formulation;
using OrSolver = Google.OrTools.LinearSolver.Solver;
using OrVariable = Google.OrTools.LinearSolver.Variable;

namespace Ppc.Modeling.Sizing.Solver;

/// <summary>
/// The only place that touches Google.OrTools. It turns a <see cref="LinearProgram"/> into an
/// OR-Tools <c>MPSolver</c> model, solves it (SCIP for a MIP, CBC when SCIP is missing; GLOP for an
/// LP), and returns plain arrays. OR-Tools' C# linear solver is in maintenance; keeping it behind
/// this class lets another solver replace it by rewriting one file.
/// </summary>
internal static class OrToolsAdapter
{
    /// <summary>SCIP's parameters for sizing (docs/performance.md): fewer root separation rounds and no restart.</summary>
    public const string ScipDefaults = "presolving/maxrestarts = 0\nseparating/maxroundsroot = 3";

    /// <summary>Solves <paramref name="program"/>; cancelling interrupts the solver, which then returns its incumbent.</summary>
    public static SolveOutcome Solve(LinearProgram program, SolveSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(settings);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        using var solver = CreateSolver(settings.AsLinearProgramme);
        var variables = Load(solver, program, settings.AsLinearProgramme);
        var rows = solver.constraints();
        if (!settings.AsLinearProgramme && settings.Hint is { } hint) solver.SetHint(variables, hint.ToArray());
        if (!settings.AsLinearProgramme && solver.SolverVersion().StartsWith("SCIP", StringComparison.Ordinal))
        {
            solver.SetSolverSpecificParametersAsString(settings.ScipParameters ?? ScipDefaults);
        }
        solver.SetTimeLimit(Math.Max(1, (long)settings.TimeLimit.TotalMilliseconds));
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, settings.RelativeGap);
        OrSolver.ResultStatus status;
        using (cancellationToken.Register(() => solver.InterruptSolve()))
        {
            status = solver.Solve(parameters);
        }
        return Read(solver, program, variables, rows, status, settings.AsLinearProgramme, clock.Elapsed);
    }

    /// <summary>The programme in free MPS format, readable by any MIP solver.</summary>
    public static string ExportMps(LinearProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        using var solver = CreateSolver(linear: false);
        Load(solver, program, linear: false);
        return solver.ExportModelAsMpsFormat(false, false);
    }

    private static OrSolver CreateSolver(bool linear)
    {
        var solver = linear ? OrSolver.CreateSolver("GLOP") : OrSolver.CreateSolver("SCIP") ?? OrSolver.CreateSolver("CBC");
        return solver ?? throw new InvalidOperationException(
            $"OR-Tools has no {(linear ? "GLOP" : "SCIP or CBC")} solver in this build: the native library may be missing.");
    }

    private static OrVariable[] Load(OrSolver solver, LinearProgram program, bool linear)
    {
        var variables = new OrVariable[program.VariableCount];
        for (var j = 0; j < variables.Length; j++)
        {
            var integer = !linear && program.Kind(j) != VariableKind.Continuous;
            variables[j] = solver.MakeVar(Bound(program.LowerBound(j)), Bound(program.UpperBound(j)), integer, program.Name(j));
        }
        for (var i = 0; i < program.RowCount; i++)
        {
            var row = program.RowAt(i);
            var constraint = solver.MakeConstraint(Bound(row.Lower), Bound(row.Upper), row.Name);
            for (var n = 0; n < row.Variables.Length; n++) constraint.SetCoefficient(variables[row.Variables[n]], row.Coefficients[n]);
        }
        var objective = solver.Objective();
        var (terms, coefficients) = program.ObjectiveTerms;
        for (var n = 0; n < terms.Length; n++) objective.SetCoefficient(variables[terms[n]], coefficients[n]);
        objective.SetOffset(program.ObjectiveConstant);
        if (program.Minimize) objective.SetMinimization();
        else objective.SetMaximization();
        return variables;
    }

    private static double Bound(double value) =>
        double.IsPositiveInfinity(value) ? double.PositiveInfinity : double.IsNegativeInfinity(value) ? double.NegativeInfinity : value;

    private static SolveOutcome Read(OrSolver solver, LinearProgram program, OrVariable[] variables, MPConstraintVector rows,
        OrSolver.ResultStatus status, bool linear, TimeSpan elapsed)
    {
        var mapped = status switch
        {
            OrSolver.ResultStatus.OPTIMAL => SolveStatus.Optimal,
            OrSolver.ResultStatus.FEASIBLE => SolveStatus.Feasible,
            OrSolver.ResultStatus.INFEASIBLE => SolveStatus.Infeasible,
            OrSolver.ResultStatus.UNBOUNDED => SolveStatus.Unbounded,
            OrSolver.ResultStatus.NOT_SOLVED => SolveStatus.NotSolved,
            _ => SolveStatus.Failed,
        };
        if (mapped is not (SolveStatus.Optimal or SolveStatus.Feasible))
        {
            // No solution: OR-Tools would log "the model has been changed since the solution was last computed"
            // to stderr if asked for the node count.
            return new SolveOutcome(mapped, double.NaN, double.NaN, [], [], [], elapsed);
        }
        var values = variables.Select(v => v.SolutionValue()).ToArray();
        var objective = solver.Objective();
        var bound = linear ? objective.Value() : objective.BestBound();
        double[] duals = [], reduced = [];
        if (linear)
        {
            duals = new double[program.RowCount];
            for (var i = 0; i < duals.Length; i++) duals[i] = rows[i].DualValue();
            reduced = variables.Select(v => v.ReducedCost()).ToArray();
        }
        return new SolveOutcome(mapped, objective.Value(), bound, values, duals, reduced, elapsed) { Nodes = linear ? 0 : solver.Nodes() };
    }
}
