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
    /// 0 ≤ a ≤ <paramref name="aMax"/> and 0 ≤ b ≤ <paramref name="bMax"/>: result ≤ a, result ≤ b,
    /// result ≥ a − aMax·(1 − z), result ≥ b − bMax·z, with z = 1 when a is the smaller. When one
    /// bound makes the answer certain (b unlimited, aMax ≤ 0, bMax ≤ 0) no binary is made.
    /// </summary>
    /// <returns>The binary z, or null when none was needed.</returns>
    public static Variable? Constrain(LinearProgram program, LinearExpression result, LinearExpression a, double aMax,
        LinearExpression b, double bMax, string name)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (double.IsPositiveInfinity(bMax) || aMax <= 0)
        {
            program.AddEquality(result.Copy().Add(a, -1), 0, name + ".a");
            return null;
        }
        if (bMax <= 0)
        {
            program.AddEquality(result.Copy().Add(b, -1), 0, name + ".b");
            return null;
        }
        if (double.IsPositiveInfinity(aMax)) throw new ArgumentOutOfRangeException(nameof(aMax), aMax, $"Minimum '{name}' needs a finite bound on its first argument.");
        var z = program.Binary(name + ".z");
        program.AddAtMost(result.Copy().Add(a, -1), 0, name + ".le_a");
        program.AddAtMost(result.Copy().Add(b, -1), 0, name + ".le_b");
        // result ≥ a − aMax + aMax·z  ⇔  result − a − aMax·z ≥ −aMax
        program.AddAtLeast(result.Copy().Add(a, -1).Add(z, -aMax), -aMax, name + ".ge_a");
        // result ≥ b − bMax·z  ⇔  result − b + bMax·z ≥ 0
        program.AddAtLeast(result.Copy().Add(b, -1).Add(z, bMax), 0, name + ".ge_b");
        return z;
    }
}
