using Ppc.Cli.Tests.Infrastructure;
using Ppc.Modeling.Scenarios;

namespace Ppc.Cli.Tests.Samples;

public class SampleScenarioTests
{
    public static TheoryData<string> Samples() => new(TestFiles.SampleNames());

    [Fact]
    public void Should_Ship_The_Three_Documented_Samples() =>
        Assert.Equal(["industrial-equipment.json", "it-services-callcenter.json", "it-services.json"], TestFiles.SampleNames());

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_Load_Sample_Without_Errors_Or_Warnings(string name)
    {
        var result = ScenarioJson.Load(TestFiles.Sample(name));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.True(result.TryGetValue(out var scenario));
        Assert.Equal("../../docs/scenario.schema.json", scenario.Scenario.SchemaUri);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Should_Validate_Sample_From_The_Command_Line(string name)
    {
        var run = await PpcRunner.RunAsync("validate", TestFiles.Sample(name));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"{name} is valid: ", Assert.Single(run.OutLines), StringComparison.Ordinal);
        Assert.Empty(run.Err);
    }

    [Fact]
    public void Should_Keep_It_Services_Identical_To_The_Model_Example_But_For_Its_Schema()
    {
        var sample = ScenarioJson.Load(TestFiles.Sample("it-services.json")).Scenario;
        var example = ScenarioJson.Load(TestFiles.ModelExample).Scenario;

        Assert.NotNull(sample);
        Assert.NotNull(example);
        Assert.Equal(example, sample with { SchemaUri = null });
    }
}
