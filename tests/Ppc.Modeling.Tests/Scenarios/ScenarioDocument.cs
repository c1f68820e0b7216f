using System.Text.Json.Nodes;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Scenarios;

/// <summary>
/// A compact valid scenario that uses every part of the format, as a JSON tree that a test edits
/// with <see cref="Set"/> and <see cref="Remove"/> (paths in MODEL.md notation without the <c>$.</c>).
/// </summary>
internal sealed class ScenarioDocument
{
    public const string BaseJson = """
        {
          "schemaVersion": 1,
          "name": "compact",
          "horizonMonths": 6,
          "finance": { "startingCash": 1000, "fixedCostPerMonth": 100, "paymentDelayMonths": 1, "minimumCash": 0 },
          "roles": [
            { "id": "tele", "kind": "staff", "headcount": 2, "hoursPerMonth": 100, "monthlyCost": 3000,
              "attritionPerMonth": 0.02, "maxHeadcount": 4, "hires": [ { "month": 2, "count": 1 } ] },
            { "id": "callcenter", "kind": "external", "hoursPerMonth": 50, "pricePerHour": 30, "maxHoursPerMonth": 200 },
            { "id": "rep", "kind": "staff", "headcount": 1, "hoursPerMonth": 100, "monthlyCost": 6000, "variablePayRate": 0.05 }
          ],
          "stages": [
            { "id": "records", "performedBy": ["tele", "callcenter"], "hoursPerUnit": 0.2,
              "conversion": { "beta": { "mean": 0.3, "concentration": 100 } } },
            { "id": "meetings", "performedBy": ["rep"], "hoursPerUnit": 2, "costPerUnit": 10, "conversion": 0.4,
              "abandonPerMonth": 0.1, "delayMonths": [0.5, 0.5] },
            { "id": "opportunities", "performedBy": ["rep"], "hoursPerUnit": 5, "conversion": 0.3 }
          ],
          "segments": [
            { "id": "smb", "accounts": 1000, "existingClients": 10, "prospectingShare": 0.6, "recontactAfterMonths": 3,
              "dealValue": { "lognormal": { "mean": 10000, "cv": 0.5 } }, "marginRate": 0.4,
              "overrides": { "opportunities": { "conversion": 0.35 } } },
            { "id": "mid", "accounts": 200, "prospectingShare": 0.4, "dealValue": 30000, "marginRate": 0.3 }
          ],
          "delivery": { "maxDealsPerMonth": 10, "adminCostPerDeal": 100 },
          "allocation": {
            "tele": { "records": 1 },
            "callcenter": { "records": [1, 1, 1, 1, 1, 1] },
            "rep": { "meetings": 0.4, "opportunities": 0.6 }
          },
          "seasonality": { "startMonth": 1, "hoursFactor": [1, 1, 1, 1, 1, 1, 1, 0.5, 1, 1, 1, 1] },
          "initialPipeline": { "smb": { "meetings": 5, "deals": [1] } },
          "partners": [
            { "id": "resellers", "count": 2, "dealsPerPartnerPerMonth": 0.2, "commissionRate": 0.1, "maxCount": 5,
              "recruits": [ { "month": 3, "count": 1 } ], "segmentShares": { "smb": 0.5, "mid": 0.5 } }
          ],
          "objectives": [ { "metric": "revenue", "atLeast": 100000, "byMonth": 6, "priority": 1 } ],
          "options": {
            "forecast": { "trials": 1000, "seed": 1, "precision": 0.01 },
            "size": { "criterion": "minimizeCost", "budget": 100000, "confidence": 0.9, "trials": 500, "seed": 2, "timeLimitSeconds": 30 }
          }
        }
        """;

    private readonly JsonObject _root = JsonNode.Parse(BaseJson)!.AsObject();

    /// <summary>Sets the value at <paramref name="path"/> (e.g. <c>roles[0].hires[0].month</c>), creating the last property.</summary>
    public ScenarioDocument Set(string path, JsonNode? value)
    {
        var (parent, last) = Navigate(path);
        if (last is int index) parent.AsArray()[index] = value;
        else parent.AsObject()[(string)last] = value;
        return this;
    }

    /// <summary>Removes the property at <paramref name="path"/>.</summary>
    public ScenarioDocument Remove(string path)
    {
        var (parent, last) = Navigate(path);
        parent.AsObject().Remove((string)last);
        return this;
    }

    public string ToJson() => _root.ToJsonString();

    public ScenarioLoadResult Parse() => ScenarioJson.Parse(ToJson());

    private (JsonNode Parent, object Last) Navigate(string path)
    {
        var steps = Steps(path).ToList();
        JsonNode node = _root;
        foreach (var step in steps[..^1])
        {
            node = step is int i ? node[i]! : node[(string)step]!;
        }
        return (node, steps[^1]);
    }

    /// <summary><c>a.b[2].c</c> gives "a", "b", 2, "c".</summary>
    private static IEnumerable<object> Steps(string path)
    {
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            yield return bracket < 0 ? part : part[..bracket];
            if (bracket < 0) continue;
            foreach (var index in part[(bracket + 1)..^1].Split("]["))
            {
                yield return int.Parse(index, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
