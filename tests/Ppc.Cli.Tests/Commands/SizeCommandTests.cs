using System.Text.Json.Nodes;
using Ppc.Cli.Tests.Infrastructure;

namespace Ppc.Cli.Tests.Commands;

public class SizeCommandTests
{
    private static readonly string[] SizeFields = ["status", "cost", "bound", "plan", "objectives", "bindingLimits", "limitShortfalls", "evaluation"];
    private static readonly string[] PlanFields = ["hires", "headcount", "externalHours", "partners", "allocation"];
    private static readonly string[] ObjectiveFields = ["metric", "atLeast", "byMonth", "priority", "target", "achieved", "shortfall", "met", "shadowPrice", "causes"];

    [Fact]
    public async Task Should_Write_The_Size_Document_With_Model_Md_Field_Names()
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--format", "json", "--time-limit", "30");

        Assert.Equal(0, run.ExitCode);
        var doc = JsonNode.Parse(run.Out)!.AsObject();
        Assert.Equal(SizeFields, doc.Select(p => p.Key));
        Assert.Equal("optimal", (string)doc["status"]!);
        Assert.Equal(PlanFields, doc["plan"]!.AsObject().Select(p => p.Key));
        Assert.Equal([0, 0, 0, 1, 0, 0], doc["plan"]!["hires"]!["sdr"]!.AsArray().Select(x => (int)x!));
        Assert.Equal(ObjectiveFields, doc["objectives"]![0]!.AsObject().Select(p => p.Key));
        Assert.True((bool)doc["objectives"]![0]!["met"]!);
        Assert.Equal(236575.0, (double)doc["cost"]!, 6);
        Assert.NotNull(doc["evaluation"]!["weakestLink"]);
    }

    [Fact]
    public async Task Should_Add_Probability_Standard_Error_Mean_Cost_And_Margin_Under_Uncertainty()
    {
        using var file = new TempFile("uncertain.json", File.ReadAllText(TestFiles.TinySizing)
            .Replace("\"conversion\": 0.06", "\"conversion\": {\"beta\": {\"mean\": 0.06, \"concentration\": 300}}", StringComparison.Ordinal));

        var run = await PpcRunner.RunAsync("size", file.Path, "--confidence", "0.8", "--trials", "2000", "--seed", "3", "--format", "json", "--time-limit", "20");

        Assert.Equal(0, run.ExitCode);
        var doc = JsonNode.Parse(run.Out)!.AsObject();
        Assert.Equal("feasible", (string)doc["status"]!);
        Assert.True((double)doc["probability"]! >= 0.8);
        Assert.InRange((double)doc["margin"]!, 0.005, 1);
        Assert.True((double)doc["standardError"]! > 0);
        Assert.True((double)doc["meanCost"]! > 0);
        Assert.Equal(50, (double)doc["objectives"]![0]!["target"]!);
    }

    [Fact]
    public async Task Should_Draw_Headcount_And_External_Hours_When_Asked()
    {
        using var folder = new TempFile("placeholder.txt", "");
        var chart = Path.Combine(Path.GetDirectoryName(folder.Path)!, "plan.svg");

        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--chart", chart, "--time-limit", "30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Expected headcount", File.ReadAllText(chart), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Fail_With_Exit_2_When_The_Confidence_Is_Not_Between_0_And_1()
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--confidence", "1.5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--confidence must lie strictly between 0 and 1", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Print_The_Plan_Objectives_Limits_And_Advice_As_Tables()
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--time-limit", "30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Plan month by month", run.Out, StringComparison.Ordinal);
        Assert.Contains("Hires sdr", run.Out, StringComparison.Ordinal);
        Assert.Contains("Status: optimal.", run.Out, StringComparison.Ordinal);
        Assert.Contains("The plan meets every objective and limit", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Write_One_Csv_Row_Per_Month()
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--format", "csv", "--time-limit", "30");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutLines;
        Assert.Equal(7, lines.Count);
        Assert.StartsWith("month,hires.sdr,hires.ae,headcount.sdr,headcount.ae,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("4,1,0,", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Export_The_Programme_In_Mps()
    {
        using var folder = new TempFile("placeholder.txt", "");
        var mps = Path.Combine(Path.GetDirectoryName(folder.Path)!, "size.mps");

        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--export-mps", mps, "--format", "json", "--time-limit", "30");

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(mps);
        Assert.Contains("ROWS", text, StringComparison.Ordinal);
        Assert.Contains("hire[sdr,1]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Compare_Channels_Side_By_Side()
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--compare-channels", "--format", "json", "--time-limit", "30");

        Assert.Equal(0, run.ExitCode);
        var channels = JsonNode.Parse(run.Out)!["channels"]!.AsArray();
        Assert.Equal(["staff", "all"], channels.Select(c => (string)c!["channel"]!));
        Assert.All(channels, c => Assert.NotNull(c!["costPerDeal"]));
        Assert.Equal((double)channels[0]!["cost"]!, (double)channels[1]!["cost"]!, 6);
    }

    [Theory]
    [InlineData("--criterion", "maximize:happiness", "unknown criterion 'maximize:happiness'")]
    [InlineData("--budget", "-5", "--budget must be an amount ≥ 0")]
    [InlineData("--time-limit", "0", "--time-limit must be a number of seconds")]
    [InlineData("--threads", "0", "--threads 0 is not allowed; give at least 1")]
    public async Task Should_Fail_When_An_Option_Is_Invalid(string option, string value, string message)
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--confidence", "0.9")]
    [InlineData("--trials", "5000")]
    [InlineData("--seed", "3")]
    [InlineData("--chart", "plan.png")]
    public async Task Should_Refuse_What_A_Channel_Comparison_Would_Ignore(string option, string value)
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--compare-channels", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: --compare-channels compares one sizing per channel, without --confidence, --trials, --seed or --chart; give those to 'ppc size' on the channel you choose"], run.ErrLines);
    }

    [Theory]
    [InlineData("--trials", "5000")]
    [InlineData("--seed", "3")]
    public async Task Should_Refuse_Monte_Carlo_Settings_Without_A_Confidence(string option, string value)
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: --trials and --seed set the Monte Carlo of --confidence; give --confidence too (or options.size.confidence in the scenario)"], run.ErrLines);
    }

    [Fact]
    public async Task Should_Fail_When_Maximizing_A_Metric_Without_A_Budget()
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--criterion", "maximize:revenue");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("needs a budget", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Exit_1_When_No_Plan_Is_Found_In_Time()
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--time-limit", "0.001");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No plan found within the time limit", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Maximize_Revenue_Under_A_Budget()
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--criterion", "maximize:revenue", "--budget", "250000", "--format", "json", "--time-limit", "30");

        Assert.Equal(0, run.ExitCode);
        var doc = JsonNode.Parse(run.Out)!;
        Assert.True((double)doc["cost"]! <= 250000 * (1 + 1e-6));
        Assert.Empty(doc["limitShortfalls"]!.AsArray());
    }

    [Fact]
    public async Task Should_Answer_A_Sample_Whose_Cash_Floor_Cannot_Hold_With_Causes_Not_Just_Infeasible()
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.Sample("it-services-callcenter.json"), "--format", "json", "--time-limit", "60");

        Assert.Equal(0, run.ExitCode);
        var doc = JsonNode.Parse(run.Out)!;
        Assert.Equal("infeasible", (string)doc["status"]!);
        Assert.NotEmpty(doc["limitShortfalls"]!.AsArray());
        Assert.All(doc["limitShortfalls"]!.AsArray(), s => Assert.Equal("finance.minimumCash", (string)s!["limit"]!));
        foreach (var objective in doc["objectives"]!.AsArray().Where(o => !(bool)o!["met"]!))
        {
            Assert.Contains("finance.minimumCash", objective!["causes"]!.AsArray().Select(c => (string)c!));
        }
    }
}
