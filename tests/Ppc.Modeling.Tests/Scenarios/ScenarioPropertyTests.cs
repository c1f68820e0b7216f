using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Scenarios;

public class ScenarioPropertyTests
{
    private static readonly Arbitrary<Scenario> FiniteScenarios = Arb.From(new ScenarioGenerator(wild: false).Scenarios);

    private static readonly Arbitrary<Scenario> WildScenarios = Arb.From(new ScenarioGenerator(wild: true).Scenarios);

    [Property(MaxTest = 100)]
    public Property A_written_scenario_reads_back_equal() =>
        Prop.ForAll(FiniteScenarios, scenario =>
        {
            var json = ScenarioJson.Write(scenario);
            var read = ScenarioJson.Parse(json);
            return Equals(scenario, read.Scenario).Label(json + Environment.NewLine + string.Join(Environment.NewLine, read.Errors));
        });

    [Property(MaxTest = 100)]
    public Property Validation_never_throws_and_reports_paths() =>
        Prop.ForAll(WildScenarios, scenario =>
        {
            var result = ScenarioValidator.Validate(scenario);
            return result.Errors.Concat(result.Warnings).All(i => i.Path.StartsWith('$') && i.Message.Length > 0)
                && result.IsValid == (result.Errors.Count == 0);
        });

    [Property(MaxTest = 100)]
    public Property Reading_a_written_scenario_reports_the_same_issues_as_validating_it() =>
        Prop.ForAll(FiniteScenarios, scenario =>
            ScenarioJson.Parse(ScenarioJson.Write(scenario)).Errors.SequenceEqual(ScenarioValidator.Validate(scenario).Errors));
}
