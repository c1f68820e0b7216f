using Ppc.Cli.Tests.Infrastructure;

namespace Ppc.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public async Task Should_Print_A_Summary_And_Exit_0_When_Scenario_Is_Valid()
    {
        var run = await PpcRunner.RunAsync("validate", TestFiles.Sample("it-services.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["it-services.json is valid: 3 roles, 5 stages, 2 segments, 12 months"], run.OutLines);
    }

    [Fact]
    public async Task Should_Write_Warnings_On_Stderr_Prefixed_And_Still_Exit_0()
    {
        var run = await PpcRunner.RunAsync("validate", TestFiles.Sample("it-services.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.ErrLines, line => Assert.StartsWith("warning: $", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Fail_When_Scenario_Has_Unknown_Field()
    {
        using var file = new TempFile("typo.json", """
            { "schemaVersion": 1, "horizonMonths": 12, "horizonMonth": 12,
              "stages": [ { "id": "records", "conversion": 0.1, "hoursPerUnits": 0.2 } ],
              "segments": [ { "id": "smb", "accounts": 100, "dealValue": 1000, "marginRate": 0.3 } ] }
            """);

        var run = await PpcRunner.RunAsync("validate", file.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(2, run.ErrLines.Count);
        Assert.StartsWith("$.horizonMonth: unknown field 'horizonMonth'", run.ErrLines[0], StringComparison.Ordinal);
        Assert.StartsWith("$.stages[0].hoursPerUnits: unknown field 'hoursPerUnits'", run.ErrLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Report_Every_Error_At_Once_One_Line_Each()
    {
        using var file = new TempFile("many.json", """
            { "schemaVersion": 1, "horizonMonths": "twelve",
              "roles": [ { "id": "tele", "kind": "staf" } ],
              "segments": [ { "id": "smb", "dealValue": 1000, "marginRate": 0.3 } ] }
            """);

        var run = await PpcRunner.RunAsync("validate", file.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrLines, l => l.StartsWith("$.horizonMonths: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrLines, l => l.StartsWith("$.roles[0].kind: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrLines, l => l.StartsWith("$.segments[0]: missing required field 'accounts'", StringComparison.Ordinal));
        Assert.All(run.ErrLines, l => Assert.Matches(@"^\$\S*: \S", l));
    }

    [Fact]
    public async Task Should_Fail_With_One_Line_When_Scenario_Is_Malformed_Json()
    {
        using var file = new TempFile("comma.json", """
            {
              "schemaVersion": 1,
              "horizonMonths": 12
              "name": "a comma is missing above"
            }
            """);

        var run = await PpcRunner.RunAsync("validate", file.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(["$: malformed JSON at line 4, column 3: '\"' is invalid after a value. Expected either ',', '}', or ']'."], run.ErrLines);
    }

    [Fact]
    public async Task Should_Fail_With_One_Line_And_No_Stack_Trace_When_Scenario_File_Is_Missing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "ppc-no-such-folder", "nowhere.json");

        var run = await PpcRunner.RunAsync("validate", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal([$"error: the scenario file '{missing}' does not exist"], run.ErrLines);
    }

    [Fact]
    public async Task Should_Fail_When_Scenario_Is_A_Directory()
    {
        var run = await PpcRunner.RunAsync("validate", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: '{Path.GetTempPath()}' is a directory, not a scenario file"], run.ErrLines);
    }

    [Fact]
    public async Task Should_Fail_When_Scenario_Argument_Is_Missing()
    {
        var run = await PpcRunner.RunAsync("validate");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: Command 'validate' is missing required argument 'scenario'."], run.ErrLines);
    }

    [Fact]
    public async Task Should_Fail_When_An_Option_Is_Unknown()
    {
        var run = await PpcRunner.RunAsync("validate", TestFiles.Sample("it-services.json"), "--strict");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(["error: Unknown option 'strict'. Run 'ppc --help' for usage."], run.ErrLines);
    }

    [Fact]
    public async Task Should_Stop_When_Cancelled_Before_Loading()
    {
        var console = new Spectre.Console.Testing.TestConsole();
        using var error = new StringWriter();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var exitCode = await PpcApp.RunAsync(["validate", TestFiles.Sample("it-services.json")], console, error, cancellation.Token);

        Assert.Equal(130, exitCode);
        Assert.Equal("error: cancelled", error.ToString().Trim());
    }
}
