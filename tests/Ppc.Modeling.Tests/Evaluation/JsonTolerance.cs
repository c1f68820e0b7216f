using System.Text.Json.Nodes;

namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>
/// Compares a document with an expected one under the conformance README's rules: numbers within
/// 1e-6 relative + 1e-9, null is null, every expected field present, <c>tied</c> with the same first
/// element and the same set. Returns every mismatch with its path.
/// </summary>
internal static class JsonTolerance
{
    public static List<string> Compare(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var problems = new List<string>();
        Walk(expected, actual, path, problems);
        return problems;
    }

    private static void Walk(JsonNode? expected, JsonNode? actual, string path, List<string> problems)
    {
        if (expected is null)
        {
            if (actual is not null) problems.Add($"{path}: expected null, found {actual.ToJsonString()}");
            return;
        }
        if (actual is null)
        {
            problems.Add($"{path}: expected {expected.ToJsonString()}, found null or missing");
            return;
        }
        switch (expected)
        {
            case JsonObject eo when actual is JsonObject ao:
                foreach (var (name, value) in eo)
                {
                    if (!ao.ContainsKey(name)) problems.Add($"{path}.{name}: missing");
                    else Walk(value, ao[name], $"{path}.{name}", problems);
                }
                break;
            case JsonArray ea when actual is JsonArray aa && path.EndsWith(".tied", StringComparison.Ordinal):
                var e = ea.Select(x => x!.GetValue<string>()).ToList();
                var a = aa.Select(x => x!.GetValue<string>()).ToList();
                if (e.Count == 0 || a.Count == 0 || e[0] != a[0] || !e.ToHashSet().SetEquals(a)) problems.Add($"{path}: expected [{string.Join(",", e)}], found [{string.Join(",", a)}]");
                break;
            case JsonArray ea when actual is JsonArray aa:
                if (ea.Count != aa.Count) problems.Add($"{path}: expected {ea.Count} items, found {aa.Count}");
                for (var i = 0; i < Math.Min(ea.Count, aa.Count); i++) Walk(ea[i], aa[i], $"{path}[{i}]", problems);
                break;
            case JsonValue ev when actual is JsonValue av:
                CompareValues(ev, av, path, problems);
                break;
            default:
                problems.Add($"{path}: expected {expected.ToJsonString()}, found {actual.ToJsonString()}");
                break;
        }
    }

    private static void CompareValues(JsonValue expected, JsonValue actual, string path, List<string> problems)
    {
        if (expected.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            if (actual.GetValueKind() != System.Text.Json.JsonValueKind.Number)
            {
                problems.Add($"{path}: expected a number {expected}, found {actual.ToJsonString()}");
                return;
            }
            double e = expected.GetValue<double>(), a = actual.GetValue<double>();
            if (Math.Abs(a - e) > 1e-6 * Math.Max(Math.Abs(a), Math.Abs(e)) + 1e-9) problems.Add($"{path}: expected {e:R}, found {a:R}");
            return;
        }
        if (expected.ToJsonString() != actual.ToJsonString()) problems.Add($"{path}: expected {expected.ToJsonString()}, found {actual.ToJsonString()}");
    }
}
