using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Tests.Scenarios.Validation;
using EvaluationGenerator = Ppc.Modeling.Tests.Evaluation.ScenarioGenerator;
using GeneratorOptions = Ppc.Modeling.Tests.Evaluation.GeneratorOptions;

namespace Ppc.Modeling.Tests.Scenarios;

/// <summary>
/// <c>docs/scenario.schema.json</c> against the samples, the conformance cases and the validator:
/// it accepts every valid scenario, and rejects on its own every invalid one whose rule a schema can
/// express; the rules it cannot express are the ones docs/validation.md lists as the validator's.
/// </summary>
public class SchemaTests
{
    /// <summary>
    /// The cases of <see cref="InvalidScenarioCases"/> that only the validator catches: sums, references
    /// between ids, months and per-month arrays against T, orderings and comparisons between fields.
    /// docs/validation.md lists the same rules.
    /// </summary>
    private static readonly HashSet<string> ValidatorOnly =
    [
        "role_id_repeated", "stage_id_repeated", "segment_id_repeated",
        "performer_unknown", "override_unknown_stage", "allocation_unknown_role", "allocation_stage_not_performed",
        "pipeline_unknown_segment", "pipeline_unknown_stage", "pipeline_at_stage_1", "partner_share_unknown_segment",
        "delay_sum_below_1", "override_delay_not_pmf", "shares_sum_above_1", "shares_all_zero", "allocation_sum_above_1",
        "allocation_month_sum", "partner_shares_sum",
        "hire_month_after_horizon", "objective_after_horizon", "hours_by_month_short", "allocation_monthly_short",
        "headcount_over_max", "external_hours_over_max", "hours_by_month_over_max", "partner_count_over_max",
        "existing_above_accounts", "stage_with_hours_no_performer",
        "pert_mode_above_max", "triangular_without_width", "uniform_min_above_max", "normal_min_above_max",
    ];

    public static TheoryData<string> Samples() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static TheoryData<string> EvaluateCases() => new(TestFiles.ConformanceCases("evaluate"));

    public static TheoryData<string> InvalidCaseNames() => new(InvalidScenarioCases.All.Select(c => c.Name));

    public static TheoryData<string> ValidEditNames() => new(ValidEdits.Select(e => e.Name));

    public static TheoryData<string> SchemaRuleNames() => new(SchemaRules.Select(e => e.Name));

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema()
    {
        var results = MetaSchemas.Draft202012.Evaluate(ScenarioSchema.Document(), new Json.Schema.EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, string.Join(Environment.NewLine, (results.Details ?? []).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors?.Values.AsEnumerable() ?? [])}")));
    }

    [Fact]
    public void Every_object_closes_its_fields_and_every_field_has_a_description()
    {
        var root = ScenarioSchema.Document();
        var defs = root.GetProperty("$defs");
        var problems = new List<string>();
        Walk(root, "#", (node, at) =>
        {
            if (!node.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "object") return;
            if (!node.TryGetProperty("additionalProperties", out _)) problems.Add($"{at}: no additionalProperties");
            if (!node.TryGetProperty("properties", out var properties)) return;
            foreach (var property in properties.EnumerateObject())
            {
                var described = property.Value.TryGetProperty("description", out _)
                    || (property.Value.TryGetProperty("$ref", out var reference)
                        && defs.GetProperty(reference.GetString()!["#/$defs/".Length..]).TryGetProperty("description", out _));
                if (!described) problems.Add($"{at}/properties/{property.Name}: no description");
            }
        });

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Accept_Sample(string name)
    {
        var json = File.ReadAllText(TestFiles.Sample(name));

        Assert.Empty(ScenarioSchema.Errors(json));
        Assert.Equal("../../docs/scenario.schema.json", JsonNode.Parse(json)!["$schema"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(EvaluateCases))]
    public void Should_Accept_Conformance_Evaluate_Case(string name) =>
        Assert.Empty(ScenarioSchema.Errors(File.ReadAllText(TestFiles.Conformance("evaluate", name + ".json"))));

    [Fact]
    public void Should_Accept_The_Base_Scenario_Of_The_Validation_Tests() =>
        Assert.Empty(ScenarioSchema.Errors(ScenarioDocument.BaseJson));

    /// <summary>Valid corners a schema could wrongly reject: both the validator and the schema accept each.</summary>
    private static readonly (string Name, Action<ScenarioDocument> Edit)[] ValidEdits =
    [
        ("integer_written_with_decimals", d => d.Set("horizonMonths", JsonNode.Parse("6.0"))),
        ("beta_by_shapes", d => d.Set("stages[1].conversion", Json("""{"beta": {"alpha": 2, "beta": 5}}"""))),
        ("pert_conversion", d => d.Set("stages[1].conversion", Json("""{"pert": {"min": 0.2, "mode": 0.4, "max": 0.5}}"""))),
        ("triangular_hours", d => d.Set("stages[2].hoursPerUnit", Json("""{"triangular": {"min": 3, "mode": 5, "max": 9}}"""))),
        ("uniform_margin", d => d.Set("segments[1].marginRate", Json("""{"uniform": {"min": 0.2, "max": 0.4}}"""))),
        ("gamma_deal_value", d => d.Set("segments[1].dealValue", Json("""{"gamma": {"mean": 30000, "cv": 0.4}}"""))),
        ("empirical_delivery", d => d.Set("delivery.maxDealsPerMonth", Json("""{"empirical": [8, 10, 12]}"""))),
        ("lognormal_constant_conversion", d => d.Set("stages[2].conversion", Json("""{"lognormal": {"mean": 0.3, "cv": 0}}"""))),
        ("normal_conversion_bounded", d => d.Set("stages[2].conversion", Json("""{"normal": {"mean": 0.3, "sd": 0.05, "min": 0, "max": 1}}"""))),
        ("normal_constant_with_negative_min", d => d.Set("segments[1].dealValue", Json("""{"normal": {"mean": 100, "sd": 0, "min": -5}}"""))),
        ("normal_hours_with_min", d => d.Set("roles[2].hoursPerMonth", Json("""{"normal": {"mean": 100, "sd": 10, "min": 60}}"""))),
        ("external_hours_by_month", d => d.Remove("roles[1].hoursPerMonth").Set("roles[1].hoursByMonth", Json("[50, 50, 0, 80, 80, 200]"))),
        ("objective_at_most", d => d.Remove("objectives[0].atLeast").Set("objectives[0].atMost", 50000)),
        ("maximize_a_metric", d => d.Set("options.size.criterion", "maximize:revenue")),
        ("stage_1_abandon_0", d => d.Set("stages[0].abandonPerMonth", 0)),
        ("inactive_partner_without_shares", d => d.Set("partners[0].count", 0).Remove("partners[0].recruits").Remove("partners[0].segmentShares")),
        ("no_variable_pay_without_people", d => d.Set("roles[2].headcount", 0).Set("roles[2].variablePayRate", 0)),
        ("negative_cash_and_floor", d => d.Set("finance.startingCash", -5000).Set("finance.minimumCash", -20000)),
        ("lone_segment_without_share", d => d.Set("segments", Json("""[{"id": "smb", "accounts": 1000, "dealValue": 10000, "marginRate": 0.4}]"""))
            .Set("partners[0].segmentShares", Json("""{"smb": 1}"""))),
        ("no_optional_objects", d => d.Remove("finance").Remove("delivery").Remove("seasonality").Remove("initialPipeline")
            .Remove("partners").Remove("objectives").Remove("options").Remove("allocation")),
    ];

    [Theory]
    [MemberData(nameof(ValidEditNames))]
    public void Should_Accept_A_Valid_Corner(string name)
    {
        var document = new ScenarioDocument();
        ValidEdits.Single(e => e.Name == name).Edit(document);

        Assert.Empty(document.Parse().Errors);
        Assert.Empty(ScenarioSchema.Errors(document.ToJson()));
    }

    /// <summary>Mistakes of the kinds a schema expresses (types, ranges, required and unknown fields, names): the schema alone rejects each.</summary>
    private static readonly (string Name, Action<ScenarioDocument> Edit)[] SchemaRules =
    [
        ("unknown_root_field", d => d.Set("horizon", 12)),
        ("misspelt_role_field", d => d.Set("roles[0].headcont", 2)),
        ("unknown_distribution_parameter", d => d.Set("segments[0].dealValue.lognormal.sd", 100)),
        ("string_for_a_number", d => d.Set("segments[0].accounts", "1000")),
        ("null_for_a_number", d => d.Set("finance.fixedCostPerMonth", null)),
        ("negative_accounts", d => d.Set("segments[0].accounts", -10)),
        ("conversion_above_1", d => d.Set("stages[1].conversion", 1.5)),
        ("fractional_horizon", d => d.Set("horizonMonths", 6.5)),
        ("role_kind_misspelt", d => d.Set("roles[0].kind", "staf")),
        ("unknown_metric", d => d.Set("objectives[0].metric", "profit")),
        ("eleven_season_factors", d => d.Set("seasonality.hoursFactor", Json("[1,1,1,1,1,1,1,0.5,1,1,1]"))),
        ("stage_called_market", d => d.Set("stages[2].id", "market")),
        ("stage_called_deals", d => d.Set("stages[2].id", "deals")),
        ("missing_conversion", d => d.Remove("stages[1].conversion")),
        ("missing_deal_value", d => d.Remove("segments[1].dealValue")),
        ("missing_schema_version", d => d.Remove("schemaVersion")),
        ("no_stages", d => d.Set("stages", Json("[]"))),
        ("two_distribution_kinds", d => d.Set("stages[1].conversion", Json("""{"beta": {"mean": 0.4, "concentration": 10}, "uniform": {"min": 0.3, "max": 0.5}}"""))),
        ("unknown_distribution_kind", d => d.Set("stages[1].conversion", Json("""{"weibull": {"shape": 2, "scale": 0.4}}"""))),
        ("beta_in_both_forms", d => d.Set("stages[1].conversion", Json("""{"beta": {"mean": 0.4, "concentration": 10, "alpha": 4}}"""))),
        ("hire_without_count", d => d.Remove("roles[0].hires[0].count")),
        ("performer_named_twice", d => d.Set("stages[0].performedBy", Json("""["tele", "tele"]"""))),
        ("pipeline_deals_not_array", d => d.Set("initialPipeline.smb.deals", 2)),
        ("allocation_share_string", d => d.Set("allocation.rep.meetings", "40%")),
        ("unknown_option", d => d.Set("options.forecast.threads", 4)),
    ];

    [Theory]
    [MemberData(nameof(SchemaRuleNames))]
    public void Should_Reject_By_Schema_Alone_When_A_Field_Is_Wrong(string name)
    {
        var document = new ScenarioDocument();
        SchemaRules.Single(e => e.Name == name).Edit(document);

        Assert.NotEmpty(ScenarioSchema.Errors(document.ToJson()));
        Assert.False(document.Parse().IsValid);
    }

    [Theory]
    [MemberData(nameof(InvalidCaseNames))]
    public void Should_Reject_Every_Invalid_Case_Except_The_Validators_Cross_Field_Rules(string name)
    {
        var document = new ScenarioDocument();
        InvalidScenarioCases.Named(name).Edit(document);

        var errors = ScenarioSchema.Errors(document.ToJson());

        if (ValidatorOnly.Contains(name)) Assert.Empty(errors);
        else Assert.NotEmpty(errors);
    }

    [Fact]
    public void The_validator_only_list_names_existing_cases() =>
        Assert.All(ValidatorOnly, name => Assert.Contains(InvalidScenarioCases.All, c => c.Name == name));

    [Property(MaxTest = 100)]
    public Property A_generated_valid_scenario_conforms() =>
        Prop.ForAll(EvaluationGenerator.Arbitrary(new GeneratorOptions()), s =>
            ScenarioSchema.Errors(s.Json.ToJsonString()) is var errors && errors.Count == 0
                ? true.ToProperty()
                : false.Label(string.Join(Environment.NewLine, errors)));

    private static JsonNode Json(string text) => JsonNode.Parse(text)!;

    private static void Walk(JsonElement node, string at, Action<JsonElement, string> visit)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                visit(node, at);
                foreach (var property in node.EnumerateObject()) Walk(property.Value, $"{at}/{property.Name}", visit);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in node.EnumerateArray()) Walk(item, $"{at}/{i++}", visit);
                break;
        }
    }
}
