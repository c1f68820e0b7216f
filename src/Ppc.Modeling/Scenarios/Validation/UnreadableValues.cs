namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// Which rule issues to drop after reading JSON: those about a value the reader could not read (it
/// reported that already, and a placeholder stands in). An issue goes when its path is an unreadable
/// path or lies under one, or when a value it depends on (a share of a sum, an id it looks up, the
/// role's kind) is unreadable, lies under one, or holds one.
/// </summary>
internal static class UnreadableValues
{
    public static bool Affect(IReadOnlySet<string> unreadable, string path, IReadOnlyList<string> dependsOn)
    {
        if (unreadable.Count == 0) return false;
        foreach (var root in unreadable)
        {
            if (IsWithin(path, root)) return true;
            foreach (var value in dependsOn)
            {
                if (IsWithin(value, root) || IsWithin(root, value)) return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or a path below it.</summary>
    private static bool IsWithin(string inner, string outer) =>
        inner.StartsWith(outer, StringComparison.Ordinal) && (inner.Length == outer.Length || inner[outer.Length] is '.' or '[');
}
