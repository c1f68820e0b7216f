using System.Text;
using System.Text.Json;
using Ppc.Modeling.Serialization;
using Ppc.Modeling.Scenarios.Json;
using Ppc.Modeling.Scenarios.Validation;

namespace Ppc.Modeling.Scenarios;

/// <summary>
/// Reads and writes scenarios in the JSON format of MODEL.md §1 (camelCase; comments and trailing
/// commas accepted; unknown fields and duplicate keys rejected). Reading never throws for bad
/// input: it returns the validated scenario, or every error found, each with its JSON path.
/// </summary>
public static class ScenarioJson
{
    /// <summary>The largest scenario file accepted, in bytes (10 MB).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        AllowDuplicateProperties = false,
        MaxDepth = 32,
    };

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = DocumentOptions.AllowTrailingCommas,
        CommentHandling = DocumentOptions.CommentHandling,
        MaxDepth = DocumentOptions.MaxDepth,
    };

    /// <summary>Reads and validates a scenario from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The validated scenario, or every error.</returns>
    public static ScenarioLoadResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetByteCount(json);
        return bytes > MaxFileBytes ? TooLarge(bytes) : Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads and validates a scenario from UTF-8 JSON bytes (a leading byte-order mark is skipped).</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The validated scenario, or every error.</returns>
    public static ScenarioLoadResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Length > MaxFileBytes) return TooLarge(utf8Json.Length);
        if (utf8Json.Span.StartsWith(Encoding.UTF8.Preamble)) utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return new ScenarioLoadResult(null, [Malformed(utf8Json.Span, ex)]);
        }
        using (document)
        {
            var context = new JsonReadContext();
            var scenario = new ScenarioReader(context).ReadRoot(document.RootElement);
            if (scenario is null) return new ScenarioLoadResult(null, context.Errors);
            return new ScenarioLoadResult(scenario, context.Errors.Concat(ScenarioRules.Check(scenario, context.UnreadablePaths)));
        }
    }

    /// <summary>
    /// Reads and validates a scenario file (at most <see cref="MaxFileBytes"/>): UTF-8, with or without a
    /// byte-order mark, or UTF-16 or UTF-32 with one (as some Windows editors save).
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The validated scenario, or every error (a missing or unreadable file is an error at <c>$</c>).</returns>
    public static ScenarioLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return new ScenarioLoadResult(null, [new ScenarioIssue("$", $"the file '{path}' does not exist")]);
            if (info.Length > MaxFileBytes) return TooLarge(info.Length);
            var bytes = File.ReadAllBytes(path);
            return WideEncoding(bytes) is { } encoding ? Parse(encoding.GetString(bytes.AsSpan(encoding.Preamble.Length))) : Parse(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new ScenarioLoadResult(null, [new ScenarioIssue("$", $"the file '{path}' cannot be read: {ex.Message}")]);
        }
    }

    /// <summary>The UTF-16 or UTF-32 encoding whose byte-order mark starts <paramref name="bytes"/>, or null (UTF-8).</summary>
    private static Encoding? WideEncoding(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE first: its mark begins with UTF-16 LE's.
        Encoding[] wide = [Encoding.UTF32, new UTF32Encoding(bigEndian: true, byteOrderMark: true), Encoding.Unicode, Encoding.BigEndianUnicode];
        foreach (var encoding in wide)
        {
            if (bytes.StartsWith(encoding.Preamble)) return encoding;
        }
        return null;
    }

    /// <summary>Writes a scenario as indented JSON.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return JsonText.Write(scenario, ScenarioWriter.Write);
    }

    /// <summary>Writes a scenario to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="scenario">The scenario.</param>
    public static void Write(Utf8JsonWriter writer, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scenario);
        ScenarioWriter.Write(writer, scenario);
    }

    private static ScenarioLoadResult TooLarge(long bytes) =>
        new(null, [new ScenarioIssue("$", $"the scenario is {bytes} bytes; at most {MaxFileBytes} bytes (10 MB) are accepted")]);

    /// <summary>
    /// The error for text that is not JSON, at its line and column (1-based). A repeated key is the
    /// one failure <see cref="JsonDocument"/> reports without a position: it is located separately.
    /// </summary>
    private static ScenarioIssue Malformed(ReadOnlySpan<byte> utf8Json, JsonException ex)
    {
        if (ex.LineNumber is not { } line)
        {
            return DuplicateKeys.Find(utf8Json, ReaderOptions) ?? new ScenarioIssue("$", $"malformed JSON: {FirstSentence(ex.Message)}");
        }
        var column = (ex.BytePositionInLine ?? 0) + 1;
        return new ScenarioIssue("$", $"malformed JSON at line {line + 1}, column {column}: {FirstSentence(ex.Message)}");
    }

    /// <summary>The exception's message without the 0-based position and path that System.Text.Json appends.</summary>
    private static string FirstSentence(string message)
    {
        foreach (var marker in (string[])[" LineNumber:", " Path:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
        }
        return message;
    }
}
