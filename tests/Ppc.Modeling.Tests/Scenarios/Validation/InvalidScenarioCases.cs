using System.Text.Json.Nodes;

namespace Ppc.Modeling.Tests.Scenarios.Validation;

/// <summary>One broken rule: a small edit of the valid base scenario, the path its error must name and words its message must hold.</summary>
internal sealed record InvalidScenarioCase(string Name, Action<ScenarioDocument> Edit, string Path, params string[] Words);

/// <summary>The table of invalid scenarios, one rule of MODEL.md §1 each, grouped as the rule classes are.</summary>
internal static class InvalidScenarioCases
{
    /// <summary>A case that sets one value; the value is kept as text so that every run edits with a fresh node.</summary>
    private static InvalidScenarioCase Case(string name, string set, JsonNode? value, string path, params string[] words)
    {
        var text = value?.ToJsonString();
        return new(name, d => d.Set(set, text is null ? null : JsonNode.Parse(text)), path, words);
    }

    private static InvalidScenarioCase Without(string name, string remove, string path, params string[] words) =>
        new(name, d => d.Remove(remove), path, words);

    private static JsonNode Json(string text) => JsonNode.Parse(text)!;

    public static readonly IReadOnlyList<InvalidScenarioCase> All =
    [
        // Root, finance, delivery, seasonality, options
        Case("schema_version_2", "schemaVersion", 2, "$.schemaVersion", "2 is not allowed", "schemaVersion must be 1"),
        Case("horizon_0", "horizonMonths", 0, "$.horizonMonths", "0 is not allowed", "from 1 to 120"),
        Case("horizon_121", "horizonMonths", 121, "$.horizonMonths", "121 is not allowed", "from 1 to 120"),
        Case("fixed_cost_negative", "finance.fixedCostPerMonth", -1, "$.finance.fixedCostPerMonth", "-1 is not allowed", "at least 0"),
        Case("payment_delay_negative", "finance.paymentDelayMonths", -1, "$.finance.paymentDelayMonths", "-1 is not allowed", "at least 0"),
        Case("delivery_capacity_negative", "delivery.maxDealsPerMonth", -1, "$.delivery.maxDealsPerMonth", "-1 is not allowed", "at least 0"),
        Case("season_11_factors", "seasonality.hoursFactor", Json("[1,1,1,1,1,1,1,1,1,1,1]"), "$.seasonality.hoursFactor", "11 entries", "exactly 12"),
        Case("season_factor_negative", "seasonality.hoursFactor[3]", -1, "$.seasonality.hoursFactor[3]", "-1 is not allowed", "at least 0"),
        Case("season_start_13", "seasonality.startMonth", 13, "$.seasonality.startMonth", "13 is not allowed", "from 1 to 12"),
        Case("forecast_trials_0", "options.forecast.trials", 0, "$.options.forecast.trials", "0 is not allowed", "at least 1"),
        Case("forecast_seed_negative", "options.forecast.seed", -1, "$.options.forecast.seed", "-1 is not allowed", "at least 0"),
        Case("forecast_precision_0", "options.forecast.precision", 0, "$.options.forecast.precision", "0 is not allowed", "above 0"),
        Case("size_confidence_1", "options.size.confidence", 1, "$.options.size.confidence", "1 is not allowed", "strictly between 0 and 1"),
        Case("size_budget_negative", "options.size.budget", -5, "$.options.size.budget", "-5 is not allowed", "at least 0"),
        Case("size_time_limit_0", "options.size.timeLimitSeconds", 0, "$.options.size.timeLimitSeconds", "0 is not allowed", "above 0"),
        Case("size_criterion_unknown", "options.size.criterion", "maximize:profit", "$.options.size.criterion", "\"maximize:profit\"", "maximize:<metric>", "revenue"),

        // Roles
        Case("role_id_repeated", "roles[2].id", "tele", "$.roles[2].id", "\"tele\" is not allowed", "unique", "$.roles[0]"),
        Case("role_id_empty", "roles[2].id", "", "$.roles[2].id", "an empty id", "non-empty id"),
        Case("headcount_negative", "roles[0].headcount", -2, "$.roles[0].headcount", "-2 is not allowed", "at least 0"),
        Case("headcount_over_max", "roles[0].headcount", 5, "$.roles[0].headcount", "5 is not allowed", "maxHeadcount (4)"),
        Case("hire_month_after_horizon", "roles[0].hires[0].month", 7, "$.roles[0].hires[0].month", "7 is not allowed", "from 1 to 6"),
        Case("hire_count_0", "roles[0].hires[0].count", 0, "$.roles[0].hires[0].count", "0 is not allowed", "at least 1"),
        Case("staff_field_on_external", "roles[1].headcount", 1, "$.roles[1].headcount", "headcount on an external role", "staff roles only"),
        Case("external_field_on_staff", "roles[0].pricePerHour", 10, "$.roles[0].pricePerHour", "pricePerHour on a staff role", "external roles only"),
        Case("external_hours_over_max", "roles[1].hoursPerMonth", 300, "$.roles[1].hoursPerMonth", "300 is not allowed", "maxHoursPerMonth (200)"),
        Case("external_both_hours", "roles[1].hoursByMonth", Json("[1,1,1,1,1,1]"), "$.roles[1].hoursByMonth", "exactly one of hoursPerMonth and hoursByMonth"),
        Without("external_no_hours", "roles[1].hoursPerMonth", "$.roles[1]", "no hoursPerMonth and no hoursByMonth", "exactly one"),
        new("hours_by_month_short", d => d.Remove("roles[1].hoursPerMonth").Set("roles[1].hoursByMonth", Json("[1,1,1,1,1]")),
            "$.roles[1].hoursByMonth", "5 entries", "exactly one entry per month: 6"),
        new("hours_by_month_over_max", d => d.Remove("roles[1].hoursPerMonth").Set("roles[1].hoursByMonth", Json("[1,1,250,1,1,1]")),
            "$.roles[1].hoursByMonth[2]", "250 is not allowed", "maxHoursPerMonth (200)"),
        Case("variable_pay_above_1", "roles[2].variablePayRate", 1.5, "$.roles[2].variablePayRate", "1.5 is not allowed", "between 0 and 1"),
        Case("variable_pay_without_people", "roles[2].headcount", 0, "$.roles[2].variablePayRate", "0.05 is not allowed", "headcount above 0 or hires"),
        Case("hours_normal_without_min", "roles[2].hoursPerMonth", Json("""{"normal": {"mean": 100, "sd": 10}}"""),
            "$.roles[2].hoursPerMonth.normal", "-infinity", "never negative", "min ≥ 0"),
        Case("attrition_uniform_above_1", "roles[0].attritionPerMonth", Json("""{"uniform": {"min": 0.5, "max": 1.5}}"""),
            "$.roles[0].attritionPerMonth.uniform", "from 0.5 to 1.5", "probability", "[0, 1]"),

        // Stages and distributions
        Case("stage_named_market", "stages[2].id", "market", "$.stages[2].id", "\"market\" is not allowed", "market, delivery or deals"),
        Case("stage_id_repeated", "stages[2].id", "meetings", "$.stages[2].id", "\"meetings\" is not allowed", "unique"),
        Case("performer_unknown", "stages[0].performedBy[1]", "nobody", "$.stages[0].performedBy[1]", "\"nobody\" is not allowed", "existing role", "tele"),
        Without("stage_with_hours_no_performer", "stages[2].performedBy", "$.stages[2]", "no performer", "hoursPerUnit above 0"),
        Case("stage_1_abandons", "stages[0].abandonPerMonth", 0.2, "$.stages[0].abandonPerMonth", "0.2 is not allowed", "stage 1 has no queue"),
        Case("abandon_above_1", "stages[1].abandonPerMonth", 1.5, "$.stages[1].abandonPerMonth", "1.5 is not allowed", "between 0 and 1"),
        Case("cost_per_unit_negative", "stages[1].costPerUnit", -3, "$.stages[1].costPerUnit", "-3 is not allowed", "at least 0"),
        Case("conversion_above_1", "stages[2].conversion", 1.2, "$.stages[2].conversion", "1.2 is not allowed", "between 0 and 1"),
        Case("delay_sum_below_1", "stages[1].delayMonths", Json("[0.5, 0.4]"), "$.stages[1].delayMonths", "a sum of 0.9", "sum to 1 (within 1e-9)"),
        Case("delay_empty", "stages[1].delayMonths", Json("[]"), "$.stages[1].delayMonths", "an empty list", "at least one"),
        Case("delay_negative", "stages[1].delayMonths", Json("[1.5, -0.5]"), "$.stages[1].delayMonths[1]", "-0.5 is not allowed", "at least 0"),
        Case("beta_mean_above_1", "stages[0].conversion.beta.mean", 1.2, "$.stages[0].conversion.beta.mean", "1.2 is not allowed", "strictly between 0 and 1"),
        Case("beta_concentration_0", "stages[0].conversion.beta.concentration", 0, "$.stages[0].conversion.beta.concentration", "0 is not allowed", "above 0"),
        Case("beta_alpha_0", "stages[1].conversion", Json("""{"beta": {"alpha": 0, "beta": 2}}"""), "$.stages[1].conversion.beta.alpha", "0 is not allowed", "above 0"),
        Case("pert_mode_above_max", "stages[1].conversion", Json("""{"pert": {"min": 0.1, "mode": 0.5, "max": 0.4}}"""),
            "$.stages[1].conversion.pert.mode", "0.5 is not allowed", "between min (0.1) and max (0.4)"),
        Case("triangular_without_width", "stages[1].conversion", Json("""{"triangular": {"min": 0.3, "mode": 0.3, "max": 0.3}}"""),
            "$.stages[1].conversion.triangular.max", "0.3 is not allowed", "above min (0.3)"),
        Case("uniform_min_above_max", "stages[2].hoursPerUnit", Json("""{"uniform": {"min": 5, "max": 2}}"""),
            "$.stages[2].hoursPerUnit.uniform.max", "2 is not allowed", "above min (5)"),
        Case("lognormal_mean_0", "segments[0].dealValue.lognormal.mean", 0, "$.segments[0].dealValue.lognormal.mean", "0 is not allowed", "above 0"),
        Case("gamma_cv_negative", "segments[1].dealValue", Json("""{"gamma": {"mean": 100, "cv": -1}}"""), "$.segments[1].dealValue.gamma.cv", "-1 is not allowed", "at least 0"),
        Case("normal_sd_negative", "segments[1].dealValue", Json("""{"normal": {"mean": 100, "sd": -5, "min": 0}}"""), "$.segments[1].dealValue.normal.sd", "-5 is not allowed", "at least 0"),
        Case("normal_min_above_max", "segments[1].dealValue", Json("""{"normal": {"mean": 100, "sd": 5, "min": 200, "max": 50}}"""),
            "$.segments[1].dealValue.normal.max", "50 is not allowed", "above min (200)"),
        Case("empirical_empty", "segments[1].dealValue", Json("""{"empirical": []}"""), "$.segments[1].dealValue.empirical", "an empty list", "at least one value"),
        Case("empirical_margin_above_1", "segments[1].marginRate", Json("""{"empirical": [0.2, 1.4]}"""),
            "$.segments[1].marginRate.empirical", "from 0.2 to 1.4", "probability"),

        // Segments
        Case("accounts_0", "segments[0].accounts", 0, "$.segments[0].accounts", "0 is not allowed", "at least 1"),
        Case("existing_above_accounts", "segments[0].existingClients", 2000, "$.segments[0].existingClients", "2000 is not allowed", "at most accounts (1000)"),
        Case("shares_sum_above_1", "segments[0].prospectingShare", 0.7, "$.segments", "a sum of 1.1", "prospectingShare must sum to 1"),
        new("shares_all_zero", d => d.Set("segments[0].prospectingShare", 0).Set("segments[1].prospectingShare", 0),
            "$.segments", "a sum of 0", "no segment is prospected"),
        Without("share_missing_with_two_segments", "segments[1].prospectingShare", "$.segments[1]", "no prospectingShare", "every segment gives"),
        new("share_above_1", d => d.Set("segments[0].prospectingShare", 1.5).Set("segments[1].prospectingShare", -0.5),
            "$.segments[0].prospectingShare", "1.5 is not allowed", "between 0 and 1"),
        Case("recontact_0", "segments[0].recontactAfterMonths", 0, "$.segments[0].recontactAfterMonths", "0 is not allowed", "at least 1"),
        Case("segment_id_repeated", "segments[1].id", "smb", "$.segments[1].id", "\"smb\" is not allowed", "unique"),
        Case("override_unknown_stage", "segments[0].overrides.nowhere", Json("""{"conversion": 0.5}"""),
            "$.segments[0].overrides.nowhere", "\"nowhere\" is not allowed", "existing stage"),
        Case("override_delay_not_pmf", "segments[0].overrides.opportunities.delayMonths", Json("[0.2]"),
            "$.segments[0].overrides.opportunities.delayMonths", "a sum of 0.2", "sum to 1"),

        // Allocation and initial pipeline
        Case("allocation_unknown_role", "allocation.ghost", Json("""{"records": 1}"""), "$.allocation.ghost", "\"ghost\" is not allowed", "existing role"),
        Case("allocation_stage_not_performed", "allocation.rep.records", 0, "$.allocation.rep.records", "\"records\" is not allowed", "rep performs (meetings, opportunities)"),
        Case("allocation_sum_above_1", "allocation.rep.meetings", 0.5, "$.allocation.rep", "a sum of 1.1", "sum to 1"),
        Case("allocation_monthly_short", "allocation.callcenter.records", Json("[1, 1, 1]"), "$.allocation.callcenter.records", "3 entries", "6"),
        Case("allocation_month_sum", "allocation.callcenter.records", Json("[1, 1, 0.5, 1, 1, 1]"), "$.allocation.callcenter", "a sum of 0.5 in month 3", "every month"),
        new("allocation_share_above_1", d => d.Set("allocation.rep.meetings", 1.4).Set("allocation.rep.opportunities", -0.4),
            "$.allocation.rep.meetings", "1.4 is not allowed", "between 0 and 1"),
        Case("pipeline_at_stage_1", "initialPipeline.smb.records", 3, "$.initialPipeline.smb.records", "3 is not allowed", "stage 1 (records) has no queue"),
        Case("pipeline_unknown_segment", "initialPipeline.ghost", Json("{}"), "$.initialPipeline.ghost", "\"ghost\" is not allowed", "existing segment"),
        Case("pipeline_unknown_stage", "initialPipeline.smb.nowhere", 3, "$.initialPipeline.smb.nowhere", "\"nowhere\" is not allowed", "existing stage"),
        Case("pipeline_queue_negative", "initialPipeline.smb.meetings", -1, "$.initialPipeline.smb.meetings", "-1 is not allowed", "at least 0"),
        Case("pipeline_deals_negative", "initialPipeline.smb.deals", Json("[1, -2]"), "$.initialPipeline.smb.deals[1]", "-2 is not allowed", "at least 0"),

        // Partners
        Case("partner_count_over_max", "partners[0].count", 6, "$.partners[0].count", "6 is not allowed", "maxCount (5)"),
        Without("partner_without_shares", "partners[0].segmentShares", "$.partners[0].segmentShares", "no segmentShares", "count or recruits"),
        Case("partner_shares_sum", "partners[0].segmentShares.mid", 0.2, "$.partners[0].segmentShares", "a sum of 0.7", "sum to 1"),
        Case("partner_share_unknown_segment", "partners[0].segmentShares.ghost", 0, "$.partners[0].segmentShares.ghost", "\"ghost\" is not allowed", "existing segment"),
        Case("partner_commission_above_1", "partners[0].commissionRate", 2, "$.partners[0].commissionRate", "2 is not allowed", "between 0 and 1"),
        Case("partner_recruit_month_0", "partners[0].recruits[0].month", 0, "$.partners[0].recruits[0].month", "0 is not allowed", "from 1 to 6"),
        Case("partner_rate_normal_without_min", "partners[0].dealsPerPartnerPerMonth", Json("""{"normal": {"mean": 0.2, "sd": 0.1}}"""),
            "$.partners[0].dealsPerPartnerPerMonth.normal", "never negative", "min ≥ 0"),

        // Objectives
        Case("objective_both_bounds", "objectives[0].atMost", 5, "$.objectives[0].atMost", "atMost with atLeast", "exactly one of atLeast and atMost"),
        Without("objective_no_bound", "objectives[0].atLeast", "$.objectives[0]", "no atLeast and no atMost", "exactly one"),
        Case("objective_after_horizon", "objectives[0].byMonth", 7, "$.objectives[0].byMonth", "7 is not allowed", "from 1 to 6"),
        Case("objective_priority_0", "objectives[0].priority", 0, "$.objectives[0].priority", "0 is not allowed", "at least 1"),
    ];

    public static InvalidScenarioCase Named(string name) => All.Single(c => c.Name == name);
}
