using System.Globalization;
using System.Text.Json.Nodes;
using Ppc.Cli.Tests.Infrastructure;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

namespace Ppc.Cli.Tests.Commands;

public class EvaluateCommandTests
{
    public static TheoryData<string> Samples() => new(TestFiles.SampleNames());

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Should_Write_The_Evaluate_Document_As_Json(string sample)
    {
        var run = await PpcRunner.RunAsync("evaluate", TestFiles.Sample(sample), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        var expected = EvaluationJson.Write(Evaluator.Evaluate(ScenarioJson.Load(TestFiles.Sample(sample)).GetValueOrThrow()));
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), JsonNode.Parse(run.Out)!.ToJsonString());
    }

    [Fact]
    public async Task Should_Print_Monthly_Table_Totals_And_The_Weakest_Link_Sentence()
    {
        var run = await PpcRunner.RunAsync("evaluate", TestFiles.Sample("it-services.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Total", run.Out, StringComparison.Ordinal);
        Assert.Contains("84.1", run.Out, StringComparison.Ordinal);
        Assert.Contains("The tele role is the weakest link (records, conversations and appointments tie): 5.7 deals a month; the market allows 9.3 and delivery 15.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Write_One_Csv_Row_Per_Month_To_The_Out_File()
    {
        using var folder = new TempFile("placeholder.txt", "");
        var path = Path.Combine(Path.GetDirectoryName(folder.Path)!, "evaluation.csv");

        var run = await PpcRunner.RunAsync("evaluate", TestFiles.Sample("it-services.json"), "--format", "csv", "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out.Trim());
        var lines = File.ReadAllLines(path);
        Assert.Equal(13, lines.Length);
        Assert.StartsWith("month,deals,bookings,delivered,revenue", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,3.556588445529407", lines[1], StringComparison.Ordinal);
        Assert.Equal(3.556588445529407, double.Parse(lines[1].Split(',')[1], CultureInfo.InvariantCulture), 12);
    }

    [Fact]
    public async Task Should_Fail_With_Exit_2_And_Paths_When_Scenario_Is_Invalid()
    {
        using var file = new TempFile("bad.json", """{"schemaVersion": 1, "horizonMonths": 12, "stages": [], "segments": [], "rolez": []}""");

        var run = await PpcRunner.RunAsync("evaluate", file.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.rolez: unknown field", run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out.Trim());
    }

    [Fact]
    public async Task Should_Draw_The_Chart_When_Asked()
    {
        using var folder = new TempFile("placeholder.txt", "");
        var chart = Path.Combine(Path.GetDirectoryName(folder.Path)!, "links.png");

        var run = await PpcRunner.RunAsync("evaluate", TestFiles.Sample("it-services.json"), "--chart", chart);

        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(chart).Length > 10_000);
    }

    [Fact]
    public async Task Should_Fail_With_Exit_2_When_The_Chart_Is_Not_Png_Or_Svg()
    {
        var run = await PpcRunner.RunAsync("evaluate", TestFiles.Sample("it-services.json"), "--chart", "links.gif");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("must end in .png or .svg", run.Err, StringComparison.Ordinal);
    }
}
