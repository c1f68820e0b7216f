using System.Text.Json.Nodes;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Scenarios.Validation;

public class ScenarioRulesTests
{
    public static TheoryData<string> InvalidCaseNames() => new(InvalidScenarioCases.All.Select(c => c.Name));

    [Fact]
    public void The_base_scenario_is_valid_without_warnings()
    {
        var result = new ScenarioDocument().Parse();

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void The_table_covers_at_least_forty_rules()
    {
        Assert.True(InvalidScenarioCases.All.Count >= 40);
        Assert.Equal(InvalidScenarioCases.All.Count, InvalidScenarioCases.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(InvalidCaseNames))]
    public void Should_Report_Path_And_Value_When_A_Rule_Is_Broken(string name)
    {
        var invalid = InvalidScenarioCases.Named(name);
        var document = new ScenarioDocument();
        invalid.Edit(document);

        var result = document.Parse();

        Assert.False(result.IsValid);
        var errors = result.Errors.Where(e => e.Path == invalid.Path).ToList();
        Assert.True(errors.Count > 0, $"no error at {invalid.Path}; errors: {string.Join(" | ", result.Errors)}");
        Assert.Contains(errors, e => invalid.Words.All(w => e.Message.Contains(w, StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_Report_All_Five_Errors_When_Five_Independent_Rules_Are_Broken()
    {
        var document = new ScenarioDocument()
            .Set("schemaVersion", 2)
            .Set("roles[0].headcount", -1)
            .Set("stages[1].conversion", 1.5)
            .Set("segments[1].accounts", 0)
            .Set("objectives[0].priority", 0);

        var result = document.Parse();

        Assert.Equal(
            ["$.schemaVersion", "$.roles[0].headcount", "$.stages[1].conversion", "$.segments[1].accounts", "$.objectives[0].priority"],
            result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Should_Give_Every_Message_As_Value_Found_Then_What_Is_Allowed()
    {
        var result = new ScenarioDocument().Set("segments[1].accounts", 0).Parse();

        Assert.Equal("$.segments[1].accounts: 0 is not allowed; accounts must be finite and at least 1", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Should_Warn_Without_Error_When_Roles_With_Hours_Share_A_Stage_With_Balanced_Shares()
    {
        var result = new ScenarioDocument().Remove("allocation.tele").Remove("allocation.callcenter").Parse();

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("$.stages[0].performedBy", warning.Path);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Contains("tele, callcenter", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Not_Warn_When_The_Other_Performer_Has_No_Hours()
    {
        var result = new ScenarioDocument().Remove("allocation.tele").Remove("allocation.callcenter").Set("roles[1].hoursPerMonth", 0).Parse();

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Should_Skip_Month_Rules_When_The_Horizon_Itself_Is_Invalid()
    {
        var result = new ScenarioDocument().Set("horizonMonths", 0).Parse();

        Assert.Equal("$.horizonMonths", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Should_Accept_A_Lone_Segment_Without_Prospecting_Share()
    {
        var result = new ScenarioDocument()
            .Set("segments", JsonNode.Parse("""[{ "id": "smb", "accounts": 10, "dealValue": 1, "marginRate": 0.5 }]"""))
            .Remove("partners[0].segmentShares.mid")
            .Set("partners[0].segmentShares.smb", 1)
            .Parse();

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
    }

    [Fact]
    public void Should_Accept_A_Segment_Whose_Pool_Is_Empty()
    {
        var result = new ScenarioDocument().Set("segments[1].existingClients", 200).Parse();

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Should_Accept_Zero_Abandon_At_Stage_1()
    {
        var result = new ScenarioDocument().Set("stages[0].abandonPerMonth", 0).Parse();

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Should_Report_A_Stage_Named_Market_By_Its_Id()
    {
        var result = ScenarioJson.Load(TestFiles.Conformance("invalid", "stage_named_market.json"));

        Assert.Contains(result.Errors, e => e.Path == "$.stages[4].id" && e.Message.Contains("\"market\"", StringComparison.Ordinal));
    }
}
