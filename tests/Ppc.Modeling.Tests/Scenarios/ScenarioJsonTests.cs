using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Scenarios;

public class ScenarioJsonTests
{
    public static TheoryData<string> EvaluateCases() => new(TestFiles.ConformanceCases("evaluate"));

    [Theory]
    [MemberData(nameof(EvaluateCases))]
    public void Conformance_scenarios_are_read_without_error_and_write_back_equal(string name)
    {
        var result = ScenarioJson.Load(TestFiles.Conformance("evaluate", name + ".json"));
        Assert.Empty(result.Errors);
        Assert.NotNull(result.Scenario);
        var again = ScenarioJson.Parse(ScenarioJson.Write(result.Scenario));
        Assert.Empty(again.Errors);
        Assert.Equal(result.Scenario, again.Scenario);
    }
}
