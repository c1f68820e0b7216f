namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// The ids of roles, stages or segments, with the paths they were read from: a rule that checks a
/// reference depends on those paths (when one could not be read, an "unknown id" error would mislead).
/// </summary>
internal sealed class IdIndex
{
    public IdIndex(string arrayPath, IEnumerable<string?> ids)
    {
        var list = ids.ToList();
        Ids = new HashSet<string>(list.OfType<string>(), StringComparer.Ordinal);
        Paths = list.Count == 0
            ? [arrayPath]
            : [.. Enumerable.Range(0, list.Count).Select(i => Json.JsonReadContext.Child(Json.JsonReadContext.Index(arrayPath, i), "id"))];
    }

    public IReadOnlySet<string> Ids { get; }

    public string[] Paths { get; }

    public bool Contains(string id) => Ids.Contains(id);
}
