namespace Ppc.Modeling.Sizing.Formulation;

/// <summary>
/// Exact minima in a MILP by big-M constraints (OR-Tools' linear solver has no indicator
/// constraints). Every argument is non-negative with a known upper bound, taken from the market
/// or the limits, so each M is as tight as the data allows.
/// </summary>
internal static class Minima
{
    /// <summary>
    /// Constrains <paramref name="result"/> = min(<paramref name="a"/>, <paramref name="b"/>) for
    /// 0 ≤ a ≤ <paramref name="aMax"/> and <paramref name="bMin"/> ≤ b ≤ <paramref name="bMax"/>:
    /// result ≤ a, result ≤ b, result ≥ a − aMax·(1 − z), result ≥ b − bMax·z, with z = 1 when a is
    /// the smaller. When the bounds settle the answer (b unlimited, aMax ≤ bMin, bMax ≤ 0) no binary is made.
    /// </summary>
    /// <returns>The binary (if any) and the rows in which b stands (each moves by +1 per unit added to a constant b).</returns>
    public static Minimum Constrain(LinearProgram program, LinearExpression result, LinearExpression a, double aMax,
        LinearExpression b, double bMax, string name, double bMin = 0)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (double.IsPositiveInfinity(bMax) || aMax <= bMin)
        {
            program.AddEquality(result.Copy().Add(a, -1), 0, name + ".a");
            return new Minimum(null, []);
        }
        if (bMax <= 0)
        {
            return new Minimum(null, [program.AddEquality(result.Copy().Add(b, -1), 0, name + ".b")]);
        }
        if (double.IsPositiveInfinity(aMax)) throw new ArgumentOutOfRangeException(nameof(aMax), aMax, $"Minimum '{name}' needs a finite bound on its first argument.");
        var z = program.Binary(name + ".z");
        program.AddAtMost(result.Copy().Add(a, -1), 0, name + ".le_a");
        var belowB = program.AddAtMost(result.Copy().Add(b, -1), 0, name + ".le_b");
        // result ≥ a − aMax + aMax·z  ⇔  result − a − aMax·z ≥ −aMax
        program.AddAtLeast(result.Copy().Add(a, -1).Add(z, -aMax), -aMax, name + ".ge_a");
        // result ≥ b − bMax·z  ⇔  result − b + bMax·z ≥ 0
        var aboveB = program.AddAtLeast(result.Copy().Add(b, -1).Add(z, bMax), 0, name + ".ge_b");
        return new Minimum(z, [belowB, aboveB]);
    }
}

/// <summary>What <see cref="Minima.Constrain"/> made: its binary, and the rows that hold its second argument.</summary>
/// <param name="Binary">1 when the first argument is the smaller; null when no binary was needed.</param>
/// <param name="SecondArgumentRows">The rows in which the second argument stands on the right-hand side.</param>
internal sealed record Minimum(Variable? Binary, IReadOnlyList<Row> SecondArgumentRows);
