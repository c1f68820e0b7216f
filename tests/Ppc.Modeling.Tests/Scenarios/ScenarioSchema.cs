using System.Text.Json;
using Json.Schema;

namespace Ppc.Modeling.Tests.Scenarios;

/// <summary>
/// <c>docs/scenario.schema.json</c>, loaded once, and what it says about a JSON text: the
/// failing locations and messages, empty when the text conforms.
/// </summary>
internal static class ScenarioSchema
{
    public static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "Schema", "scenario.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path));

    private static readonly EvaluationOptions ListOutput = new() { OutputFormat = OutputFormat.List };

    public static JsonElement Document() => JsonDocument.Parse(File.ReadAllText(Path)).RootElement.Clone();

    /// <summary>"instance location: message" for each failing keyword; empty when <paramref name="json"/> conforms.</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, ListOutput);
        if (results.IsValid) return [];
        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["(invalid, no detail)"];
    }

    public static bool Accepts(string json) => Errors(json).Count == 0;
}
