using System.Text.Json;

namespace Ppc.Modeling.Scenarios.Json;

/// <summary>
/// Finds the first key repeated within one object, with its JSON path and position.
/// <see cref="JsonDocument"/> rejects duplicate keys but says neither where nor in which object.
/// </summary>
internal static class DuplicateKeys
{
    private sealed class Frame(string path, bool isObject)
    {
        public string Path { get; } = path;

        public HashSet<string>? Names { get; } = isObject ? new(StringComparer.Ordinal) : null;

        public string Property { get; set; } = "";

        public int Index { get; set; }
    }

    /// <summary>The issue for the first repeated key, or null when there is none (or the text is not valid JSON).</summary>
    public static ScenarioIssue? Find(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        try
        {
            return Scan(json, options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ScenarioIssue? Scan(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(json, options);
        var frames = new Stack<Frame>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    frames.Push(new Frame(ValuePath(frames), reader.TokenType == JsonTokenType.StartObject));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    AfterValue(frames);
                    break;
                case JsonTokenType.PropertyName:
                    var top = frames.Peek();
                    top.Property = reader.GetString()!;
                    if (top.Names!.Add(top.Property)) break;
                    var (line, column) = Position(json, reader.TokenStartIndex);
                    return new ScenarioIssue(JsonReadContext.Child(top.Path, top.Property),
                        $"duplicate key '{top.Property}' at line {line}, column {column}; a key may appear only once in an object");
                default:
                    AfterValue(frames);
                    break;
            }
        }
        return null;
    }

    private static string ValuePath(Stack<Frame> frames)
    {
        if (frames.Count == 0) return "$";
        var top = frames.Peek();
        return top.Names is null ? JsonReadContext.Index(top.Path, top.Index) : JsonReadContext.Child(top.Path, top.Property);
    }

    private static void AfterValue(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek() is { Names: null } array) array.Index++;
    }

    /// <summary>1-based line and byte column of a byte offset, as <see cref="JsonException"/> positions are reported.</summary>
    private static (long Line, long Column) Position(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)offset];
        var lastNewLine = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, offset - lastNewLine);
    }
}
