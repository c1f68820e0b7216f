using System.Globalization;
using System.Text.Json;
using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Scenarios.Json;

/// <summary>
/// Collects the structural errors met while turning a JSON tree into scenario records: wrong types,
/// unknown and missing fields, non-integers where integers are required. Every error names its
/// JSON path (dot notation for names, brackets for indices), the value found and what is allowed.
/// </summary>
internal sealed class JsonReadContext
{
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);

    public List<ScenarioIssue> Errors { get; } = [];

    /// <summary>Paths whose value could not be read (a placeholder stands in): later rules on them are not reported again.</summary>
    public IReadOnlySet<string> UnreadablePaths => _unreadable;

    public void Error(string path, string message) => Errors.Add(new ScenarioIssue(path, message));

    public void Unreadable(string path, string message)
    {
        _unreadable.Add(path);
        Error(path, message);
    }

    /// <summary>
    /// Marks a value as unread without a message of its own: an error below it (a distribution's
    /// parameter) was reported, and the placeholder standing for the whole value must not be reported again.
    /// </summary>
    public void Unread(string path) => _unreadable.Add(path);

    public static string Child(string path, string name) => path + "." + name;

    public static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The value as a short text for messages: numbers as written, strings quoted, containers abbreviated.</summary>
    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => "\"" + Truncate(e.GetString() ?? "") + "\" (a string)",
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "nothing",
    };

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..37] + "...";

    /// <summary>Checks that <paramref name="e"/> is an object with only allowed fields and every required one.</summary>
    public bool CheckObject(JsonElement e, string path, IReadOnlyCollection<string> allowed, IReadOnlyCollection<string> required)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Unreadable(path, $"expected an object, found {Describe(e)}");
            return false;
        }
        foreach (var property in e.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                Error(Child(path, property.Name), $"unknown field '{property.Name}'; allowed here: {string.Join(", ", allowed)}");
            }
        }
        foreach (var name in required)
        {
            if (!e.TryGetProperty(name, out _))
            {
                _unreadable.Add(Child(path, name));
                Error(path, $"missing required field '{name}'");
            }
        }
        return true;
    }

    public static bool TryGet(JsonElement obj, string name, out JsonElement value) => obj.TryGetProperty(name, out value);

    public double? Number(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var e)) return null;
        return Number(e, Child(path, name));
    }

    public double? Number(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var value) && double.IsFinite(value)) return value;
        Unreadable(path, e.ValueKind == JsonValueKind.Number
            ? $"the number {e.GetRawText()} is out of range; expected a finite number"
            : $"expected a number, found {Describe(e)}");
        return null;
    }

    public int? Integer(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var e)) return null;
        return Integer(e, Child(path, name));
    }

    public int? Integer(JsonElement e, string path) => (int?)Whole(e, path, int.MinValue, int.MaxValue);

    public long? Long(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var e)) return null;
        return Whole(e, Child(path, name), long.MinValue, long.MaxValue);
    }

    /// <summary>A whole number within [min, max], written <c>3</c> or <c>3.0</c> (a 64-bit integer is read exactly).</summary>
    private long? Whole(JsonElement e, string path, long min, long max)
    {
        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var exact) && exact >= min && exact <= max) return exact;
        if (e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var value) && value == Math.Floor(value) && value >= min && value < max + 1.0)
        {
            return (long)value;
        }
        Unreadable(path, $"expected a whole number, found {Describe(e)}");
        return null;
    }

    public string? String(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var e)) return null;
        if (e.ValueKind == JsonValueKind.String) return e.GetString();
        Unreadable(Child(path, name), $"expected a string, found {Describe(e)}");
        return null;
    }

    public ValueArray<double>? Numbers(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var e)) return null;
        return Numbers(e, Child(path, name));
    }

    public ValueArray<double>? Numbers(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            Unreadable(path, $"expected an array of numbers, found {Describe(e)}");
            return null;
        }
        var values = new double[e.GetArrayLength()];
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            values[i] = Number(item, Index(path, i)) ?? 0;
            i++;
        }
        return ValueArray.Create<double>(values);
    }

    public ValueArray<string>? Strings(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var e)) return null;
        var arrayPath = Child(path, name);
        if (e.ValueKind != JsonValueKind.Array)
        {
            Unreadable(arrayPath, $"expected an array of ids, found {Describe(e)}");
            return null;
        }
        var values = new List<string>();
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String) values.Add(item.GetString()!);
            else Unreadable(Index(arrayPath, i), $"expected an id (a string), found {Describe(item)}");
            i++;
        }
        return new ValueArray<string>(values);
    }

    /// <summary>
    /// Reads an array of objects with <paramref name="read"/>; null when absent. An item that cannot
    /// be read at all (not an object) becomes <paramref name="placeholder"/>, so that the items
    /// after it keep their index and their errors their path.
    /// </summary>
    public ValueArray<T>? Array<T>(JsonElement obj, string name, string path, Func<JsonElement, string, T?> read, T placeholder)
        where T : class
    {
        if (!obj.TryGetProperty(name, out var e)) return null;
        var arrayPath = Child(path, name);
        if (e.ValueKind != JsonValueKind.Array)
        {
            Unreadable(arrayPath, $"expected an array, found {Describe(e)}");
            return null;
        }
        var items = new List<T>();
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            items.Add(read(item, Index(arrayPath, i)) ?? placeholder);
            i++;
        }
        return new ValueArray<T>(items);
    }

    /// <summary>Reads an object whose keys are ids; null when absent.</summary>
    public ValueMap<T>? Map<T>(JsonElement obj, string name, string path, Func<JsonElement, string, T?> read)
    {
        if (!obj.TryGetProperty(name, out var e)) return null;
        return Map(e, Child(path, name), read);
    }

    public ValueMap<T>? Map<T>(JsonElement e, string path, Func<JsonElement, string, T?> read)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Unreadable(path, $"expected an object keyed by id, found {Describe(e)}");
            return null;
        }
        var entries = new List<KeyValuePair<string, T>>();
        foreach (var property in e.EnumerateObject())
        {
            var value = read(property.Value, Child(path, property.Name));
            if (value is not null) entries.Add(new(property.Name, value));
        }
        return new ValueMap<T>(entries);
    }
}
