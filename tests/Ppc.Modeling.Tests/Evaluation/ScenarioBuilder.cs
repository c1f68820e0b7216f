using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>
/// Writes small scenarios in the JSON of MODEL.md §1, so that a test reads like the scenario it
/// checks. Extra fields come as anonymous objects whose property names are the JSON names
/// (<c>new { rampMonths = 1, hires = new[] { new { month = 2, count = 1 } } }</c>); keys that are
/// ids go in dictionaries. The JSON goes through <see cref="ScenarioJson.Parse(string)"/>, as a
/// user's file would.
/// </summary>
internal sealed class ScenarioBuilder
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private ScenarioBuilder(JsonObject root) => Root = root;

    /// <summary>The scenario as a mutable JSON object.</summary>
    public JsonObject Root { get; }

    /// <summary>An empty scenario (no role, stage or segment yet) over <paramref name="months"/> months.</summary>
    public static ScenarioBuilder Horizon(int months) => new(new JsonObject
    {
        ["schemaVersion"] = 1,
        ["horizonMonths"] = months,
        ["roles"] = new JsonArray(),
        ["stages"] = new JsonArray(),
        ["segments"] = new JsonArray(),
    });

    /// <summary>A staff role.</summary>
    public ScenarioBuilder Staff(string id, double headcount, double hoursPerMonth, object? more = null) =>
        Add("roles", new { id, kind = "staff", headcount, hoursPerMonth }, more);

    /// <summary>An external role; <paramref name="fields"/> gives <c>hoursPerMonth</c> or <c>hoursByMonth</c>, and the price.</summary>
    public ScenarioBuilder External(string id, object fields) => Add("roles", new { id, kind = "external" }, fields);

    /// <summary>The next stage of the chain; <paramref name="hoursPerUnit"/> 0 is unlimited.</summary>
    public ScenarioBuilder Stage(string id, double conversion, double hoursPerUnit = 0, string[]? by = null, object? more = null) =>
        Add("stages", new { id, performedBy = by, hoursPerUnit, conversion }, more);

    /// <summary>A segment.</summary>
    public ScenarioBuilder Segment(string id, double accounts, double dealValue = 1000, double marginRate = 0.5, object? more = null) =>
        Add("segments", new { id, accounts, dealValue, marginRate }, more);

    /// <summary>Sets a root field (<c>finance</c>, <c>delivery</c>, <c>allocation</c>, <c>partners</c>...).</summary>
    public ScenarioBuilder With(string name, object value)
    {
        Root[name] = ToNode(value);
        return this;
    }

    /// <summary>The scenario's JSON text.</summary>
    public string ToJson() => Root.ToJsonString();

    /// <summary>The scenario read and validated; throws with every error when it is not valid.</summary>
    public ValidatedScenario Validate() => ScenarioJson.Parse(ToJson()).GetValueOrThrow();

    /// <summary>The §2 evaluation of the scenario.</summary>
    public EvaluationResult Evaluate() => Evaluator.Evaluate(Validate());

    /// <summary>An object (anonymous, dictionary, array, number) as a JSON node, nulls left out.</summary>
    public static JsonNode ToNode(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), Options)!;

    private ScenarioBuilder Add(string array, object fields, object? more)
    {
        var item = ToNode(fields).AsObject();
        if (more is not null)
        {
            foreach (var (name, value) in ToNode(more).AsObject()) item[name] = value?.DeepClone();
        }
        Root[array]!.AsArray().Add(item);
        return this;
    }
}
