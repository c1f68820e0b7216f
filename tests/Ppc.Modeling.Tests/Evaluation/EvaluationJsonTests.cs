using System.Text.Json;
using System.Text.Json.Nodes;
using Ppc.Modeling.Evaluation;

namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>The <c>evaluate</c> document's field names are a public contract (MODEL.md §6): exactly these, no more, no fewer.</summary>
public class EvaluationJsonTests
{
    // Transcribed from MODEL.md §6.
    private static readonly string[] Flows = ["deals", "bookings", "delivered", "revenue", "margin", "costs", "costBreakdown", "contribution", "cash", "clients"];
    private static readonly string[] CostLines = ["staff", "hiring", "external", "units", "variable", "admin", "afterSales", "partners", "fixed"];
    private static readonly string[] MonthFields = ["month", .. Flows, "roles", "stages", "segments"];
    private static readonly string[] TotalsFields = [.. Flows, "segments", "pipelineAtHorizon", "deliveryBacklog", "commercialCostRatio", "meanDecisionDelayMonths", "recommendedIncentiveMonths"];
    private static readonly string[] RoleFields = ["fte", "hours", "cost"];
    private static readonly string[] StageFields = ["served", "queue", "capacity", "utilisation", "binding"];
    private static readonly string[] SegmentFields = ["deals", "bookings", "revenue", "penetration"];
    private static readonly string[] WeakestLinkFields = ["link", "tied", "performers", "capacitiesDealsPerMonth"];

    /// <summary>Two roles, a limited and an unlimited stage, one segment, no delivery cap.</summary>
    private static JsonObject Document() => JsonNode.Parse(EvaluationJson.Write(ScenarioBuilder.Horizon(2)
        .Staff("tele", 1, 100)
        .External("cc", new { hoursPerMonth = 10, pricePerHour = 30 })
        .Stage("calls", 0.1, 1, ["tele", "cc"])
        .Stage("meetings", 0.5)
        .Segment("smb", 1000)
        .Evaluate()))!.AsObject();

    [Fact]
    public void The_document_has_exactly_the_contract_field_names()
    {
        var json = Document();

        AssertFields(["months", "totals", "weakestLink"], json);
        var months = json["months"]!.AsArray();
        Assert.Equal(2, months.Count);
        var month = months[0]!.AsObject();
        AssertFields(MonthFields, month);
        AssertFields(CostLines, month["costBreakdown"]!.AsObject());
        AssertFields(["tele", "cc"], month["roles"]!.AsObject());
        AssertFields(RoleFields, month["roles"]!["cc"]!.AsObject());
        AssertFields(["calls", "meetings"], month["stages"]!.AsObject());
        AssertFields(StageFields, month["stages"]!["calls"]!.AsObject());
        AssertFields(SegmentFields, month["segments"]!["smb"]!.AsObject());

        var totals = json["totals"]!.AsObject();
        AssertFields(TotalsFields, totals);
        AssertFields(CostLines, totals["costBreakdown"]!.AsObject());
        AssertFields(SegmentFields, totals["segments"]!["smb"]!.AsObject());
        // One entry per stage 2..K, and deals.
        AssertFields(["meetings", "deals"], totals["pipelineAtHorizon"]!.AsObject());

        var link = json["weakestLink"]!.AsObject();
        AssertFields(WeakestLinkFields, link);
        AssertFields(["market", "calls", "meetings", "delivery"], link["performers"]!.AsObject());
        AssertFields(["market", "calls", "meetings", "delivery"], link["capacitiesDealsPerMonth"]!.AsObject());
        Assert.Equal(["tele", "cc"], link["performers"]!["calls"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal(JsonValueKind.True, month["stages"]!["calls"]!["binding"]!.GetValueKind());
    }

    [Fact]
    public void An_unlimited_capacity_is_written_as_null()
    {
        var json = Document();

        var meetings = json["months"]![0]!["stages"]!["meetings"]!.AsObject();
        Assert.True(meetings.ContainsKey("capacity"));
        Assert.Null(meetings["capacity"]);
        var capacities = json["weakestLink"]!["capacitiesDealsPerMonth"]!.AsObject();
        Assert.Null(capacities["meetings"]);
        Assert.Null(capacities["delivery"]);
        // calls: 110 records a month at 1 h; N / n = 0.05: 5.5 deals a month, a number.
        Assert.Equal(110, json["months"]![0]!["stages"]!["calls"]!["capacity"]!.GetValue<double>(), 9);
        Assert.Equal(5.5, capacities["calls"]!.GetValue<double>(), 9);
    }

    private static void AssertFields(string[] expected, JsonObject actual) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Select(p => p.Key).Order(StringComparer.Ordinal));
}
