using System.Text.Json.Nodes;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>Cuts a scenario down to its first segment (and the pipeline and partner shares that go with it).</summary>
internal static class SingleSegment
{
    public static ValidatedScenario Of(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var segments = root["segments"]!.AsArray();
        var first = segments[0]!.AsObject();
        var id = (string)first["id"]!;
        while (segments.Count > 1) segments.RemoveAt(1);
        first.Remove("prospectingShare");
        if (root["initialPipeline"] is JsonObject pipeline)
        {
            foreach (var key in pipeline.Select(e => e.Key).Where(k => k != id).ToList()) pipeline.Remove(key);
        }
        if (root["partners"] is JsonArray partners)
        {
            while (partners.Count > 1) partners.RemoveAt(1);
            foreach (var partner in partners) partner!["segmentShares"] = new JsonObject { [id] = 1.0 };
        }
        return ScenarioJson.Parse(root.ToJsonString()).GetValueOrThrow();
    }
}
