namespace Ppc.Modeling.Sizing.Formulation;

/// <summary>
/// Exact minima in a MILP by big-M constraints (OR-Tools' linear solver has no indicator
/// constraints). Every argument has known bounds, taken from the market or the limits, so each M is
/// as tight as the data allows.
/// </summary>
internal static class Minima
{
    /// <summary>
    /// Constrains <paramref name="result"/> = min(<paramref name="a"/>, <paramref name="b"/>) for
    /// <paramref name="aMin"/> ≤ a ≤ <paramref name="aMax"/> and <paramref name="bMin"/> ≤ b ≤ <paramref name="bMax"/>:
    /// result ≤ a, result ≤ b, result ≥ a − (aMax − bMin)·(1 − z), result ≥ b − (bMax − aMin)·z, with
    /// z = 1 when a is the smaller. Each M is the least that keeps the row valid (when b is the smaller,
    /// a − b ≤ aMax − bMin; when a is, b − a ≤ bMax − aMin); with a constant b the rows are then the
    /// convex hull of the minimum. When the bounds settle the answer (b unlimited,
    /// aMax ≤ bMin, bMax ≤ aMin) no binary is made.
    /// </summary>
    /// <returns>The binary (if any) and the rows in which b stands (each moves by +1 per unit added to a constant b).</returns>
    public static Minimum Constrain(LinearProgram program, LinearExpression result, LinearExpression a, double aMax,
        LinearExpression b, double bMax, string name, double bMin = 0, double aMin = 0)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (double.IsPositiveInfinity(bMax) || aMax <= bMin)
        {
            program.AddEquality(result.Copy().Add(a, -1), 0, name + ".a");
            return new Minimum(null, []);
        }
        if (bMax <= Math.Max(0, aMin))
        {
            return new Minimum(null, [program.AddEquality(result.Copy().Add(b, -1), 0, name + ".b")]);
        }
        if (double.IsPositiveInfinity(aMax)) throw new ArgumentOutOfRangeException(nameof(aMax), aMax, $"Minimum '{name}' needs a finite bound on its first argument.");
        var z = program.Binary(name + ".z");
        var ma = aMax - Math.Max(0, bMin);
        var mb = bMax - Math.Max(0, aMin);
        program.AddAtMost(result.Copy().Add(a, -1), 0, name + ".le_a");
        var belowB = program.AddAtMost(result.Copy().Add(b, -1), 0, name + ".le_b");
        // result ≥ a − ma + ma·z  ⇔  result − a − ma·z ≥ −ma
        program.AddAtLeast(result.Copy().Add(a, -1).Add(z, -ma), -ma, name + ".ge_a");
        // result ≥ b − mb·z  ⇔  result − b + mb·z ≥ 0
        var aboveB = program.AddAtLeast(result.Copy().Add(b, -1).Add(z, mb), 0, name + ".ge_b");
        return new Minimum(z, [belowB, aboveB]);
    }
}

/// <summary>What <see cref="Minima.Constrain"/> made: its binary, and the rows that hold its second argument.</summary>
/// <param name="Binary">1 when the first argument is the smaller; null when no binary was needed.</param>
/// <param name="SecondArgumentRows">The rows in which the second argument stands on the right-hand side.</param>
internal sealed record Minimum(Variable? Binary, IReadOnlyList<Row> SecondArgumentRows);
