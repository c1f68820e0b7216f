using System.Text.Json.Nodes;
using Ppc.Cli.Tests.Infrastructure;

namespace Ppc.Cli.Tests.Commands;

public class ForecastCommandTests
{
    private static string Sample => TestFiles.Sample("it-services.json");

    [Fact]
    public async Task Should_Write_The_Forecast_Document_As_Json()
    {
        var run = await PpcRunner.RunAsync("forecast", Sample, "--trials", "2000", "--seed", "4", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Out)!;
        Assert.Equal(2000, json["trials"]!.GetValue<int>());
        Assert.Equal(4, json["seed"]!.GetValue<int>());
        Assert.Equal(12, json["months"]!.AsArray().Count);
        Assert.Equal(["1", "2", "6", "12"], json["cumulative"]!.AsObject().Select(p => p.Key));
        Assert.Equal(7, json["weakestLinkFrequency"]!.AsObject().Count);
    }

    [Fact]
    public async Task Should_Print_Percentiles_Objectives_And_Weakest_Link_Frequencies_As_Tables()
    {
        var run = await PpcRunner.RunAsync("forecast", Sample, "--trials", "1000");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("p10 / p50 / p90", run.Out, StringComparison.Ordinal);
        Assert.Contains("revenue >= 900,000", run.Out, StringComparison.Ordinal);
        Assert.Contains("How often each link is the weakest", run.Out, StringComparison.Ordinal);
        Assert.Contains("Probability that cash falls below", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Merge_Two_Trial_Ranges_Run_Apart_Into_Exactly_The_One_Run_Answer()
    {
        using var folder = new TempFile("placeholder.txt", "");
        var dir = Path.GetDirectoryName(folder.Path)!;
        var a = Path.Combine(dir, "a.bin");
        var b = Path.Combine(dir, "b.bin");

        var first = await PpcRunner.RunAsync("forecast", Sample, "--trial-range", "0:1500", "--partial", a, "--seed", "8");
        var second = await PpcRunner.RunAsync("forecast", Sample, "--trial-range", "1500:4000", "--partial", b, "--seed", "8");
        var merged = await PpcRunner.RunAsync("merge", b, a, "--format", "json");
        var whole = await PpcRunner.RunAsync("forecast", Sample, "--trials", "4000", "--seed", "8", "--format", "json");

        Assert.Equal([0, 0, 0, 0], new[] { first.ExitCode, second.ExitCode, merged.ExitCode, whole.ExitCode });
        Assert.Equal(whole.Out, merged.Out);
    }

    [Theory]
    [InlineData("--trial-range", "10:5")]
    [InlineData("--trials", "0")]
    [InlineData("--precision", "-1")]
    [InlineData("--threads", "0")]
    public async Task Should_Fail_With_Exit_2_On_A_Bad_Option(string option, string value)
    {
        var run = await PpcRunner.RunAsync("forecast", Sample, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrLines);
    }

    [Fact]
    public async Task Should_Fail_With_Exit_2_When_The_Scenario_Is_Too_Large_For_The_Monte_Carlo()
    {
        var json = JsonNode.Parse(File.ReadAllText(TestFiles.ModelExample))!;
        json["initialPipeline"]!["software-smb"]!["deals"]!.AsArray()[1] = 1e12;
        using var file = new TempFile("huge.json", json.ToJsonString());

        var run = await PpcRunner.RunAsync("forecast", file.Path, "--trials", "100");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: A trial signs more than 16,777,216 deals over the horizon (reached in segment 'software-smb'): the Monte Carlo draws each deal's value (MODEL.md §4), so it cannot run a scenario this large; check the segment's accounts and the initial pipeline's deals."], run.ErrLines);
    }

    [Fact]
    public async Task Should_Fail_With_Exit_2_When_The_Trials_Cannot_Be_Held()
    {
        var run = await PpcRunner.RunAsync("forecast", Sample, "--trials", "2000000000");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: 2,000,000,000 trials of 12 months are more than one run can hold (2,147,483,591 trial-months): run fewer trials, or split the run into trial ranges (ForecastOptions.FirstTrial; ppc forecast --trial-range with --partial) and merge them."], run.ErrLines);
    }

    [Fact]
    public async Task Should_Refuse_A_Trial_Range_Longer_Than_One_Run()
    {
        var run = await PpcRunner.RunAsync("forecast", Sample, "--trial-range", "0:99999999999", "--partial", Path.Combine(Path.GetTempPath(), "p.bin"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: --trial-range '0:99999999999' covers 99,999,999,999 trials; one run takes at most 2,147,483,647"], run.ErrLines);
    }

    [Theory]
    [InlineData("--precision", "0.01", "--precision decides where a whole run stops, so it cannot be given with --trial-range (one part of a run): run the parts with fixed ranges and merge them")]
    [InlineData("--out", "report.json", "--partial writes a partial result for 'ppc merge', not a report, so --out and --chart do not apply (give --out to 'ppc merge')")]
    [InlineData("--chart", "fan.png", "--partial writes a partial result for 'ppc merge', not a report, so --out and --chart do not apply (give --out to 'ppc merge')")]
    public async Task Should_Refuse_What_A_Trial_Range_Would_Ignore(string option, string value, string message)
    {
        var run = await PpcRunner.RunAsync("forecast", Sample, "--trial-range", "0:2000", "--partial", Path.Combine(Path.GetTempPath(), "part.bin"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: " + message], run.ErrLines);
    }

    [Fact]
    public async Task Should_Run_A_Whole_Trial_Range_Whatever_The_Scenarios_Precision_Target()
    {
        // A precision target this loose would stop a whole run after its first block of 1,000 trials.
        var json = JsonNode.Parse(File.ReadAllText(Sample))!;
        json["options"] = new JsonObject { ["forecast"] = new JsonObject { ["precision"] = 0.5 } };
        using var file = new TempFile("loose.json", json.ToJsonString());
        var part = Path.Combine(Path.GetTempPath(), "ppc-range-" + Guid.NewGuid().ToString("N") + ".bin");

        try
        {
            var run = await PpcRunner.RunAsync("forecast", file.Path, "--trial-range", "0:2000", "--partial", part);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal([$"wrote trials 0..1999 to {part}; combine the parts with 'ppc merge'"], run.OutLines);
        }
        finally
        {
            File.Delete(part);
        }
    }

    [Fact]
    public async Task Should_Refuse_To_Merge_A_File_That_Is_Not_A_Partial_Forecast()
    {
        using var file = new TempFile("junk.bin", "not a forecast");

        var run = await PpcRunner.RunAsync("merge", file.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a Ppc.Modeling partial forecast", run.Err, StringComparison.Ordinal);
    }
}
