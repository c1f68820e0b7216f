using System.Reflection;
using Ppc.Cli.Tests.Infrastructure;

namespace Ppc.Cli.Tests;

public class ApplicationTests
{
    [Fact]
    public async Task Should_Print_The_Informational_Version()
    {
        var expected = typeof(PpcApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = await PpcRunner.RunAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([expected], run.OutLines);
        Assert.StartsWith("0.", expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_List_The_Commands_In_Help()
    {
        var run = await PpcRunner.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("USAGE:", run.Out, StringComparison.Ordinal);
        Assert.Contains("validate <scenario>", run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Err);
    }

    [Theory]
    [InlineData("validate", "ppc validate <scenario>")]
    public async Task Should_Print_Help_For_Every_Command(string command, string usage)
    {
        var run = await PpcRunner.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(usage, run.Out, StringComparison.Ordinal);
        Assert.Empty(run.Err);
    }

    [Fact]
    public async Task Should_Print_Help_And_Exit_0_When_Run_Without_Arguments()
    {
        var run = await PpcRunner.RunAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("USAGE:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Fail_With_Exit_2_When_Command_Is_Unknown()
    {
        var run = await PpcRunner.RunAsync("valdiate", "x.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal(["error: Unknown command 'valdiate'. Run 'ppc --help' for usage."], run.ErrLines);
    }

    [Theory]
    [InlineData("forecast", "--seed", "abc", "--seed 'abc' is not allowed; give a whole number")]
    [InlineData("forecast", "--trials", "1.5", "--trials '1.5' is not allowed; give a whole number")]
    [InlineData("forecast", "--seed", "99999999999999999999999", "--seed '99999999999999999999999' is not allowed; give a whole number")]
    [InlineData("size", "--time-limit", "soon", "--time-limit 'soon' is not allowed; give a number")]
    [InlineData("size", "--threads", "all", "--threads 'all' is not allowed; give a whole number")]
    [InlineData("evaluate", "--format", "xml", "--format 'xml' is not allowed; give table, json or csv")]
    public async Task Should_Name_The_Option_And_What_It_Takes_When_A_Value_Is_Not_Of_Its_Type(string command, string option, string value, string message)
    {
        var run = await PpcRunner.RunAsync(command, TestFiles.ModelExample, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: " + message], run.ErrLines);
    }

    [Fact]
    public async Task Should_Name_The_Option_When_Its_Value_Is_Written_With_An_Equals_Sign()
    {
        var run = await PpcRunner.RunAsync("size", TestFiles.TinySizing, "--confidence=high");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: --confidence 'high' is not allowed; give a number"], run.ErrLines);
    }

    [Theory]
    [InlineData("evaluate", "--chart", "links.png")]
    [InlineData("forecast", "--partial", "part.bin")]
    [InlineData("size", "--export-mps", "model.mps")]
    [InlineData("evaluate", "--out", "report.json")]
    public async Task Should_Refuse_A_File_To_Write_In_A_Folder_That_Does_Not_Exist(string command, string option, string file)
    {
        var path = Path.Combine(Path.GetTempPath(), "ppc-no-such-folder-" + Guid.NewGuid().ToString("N"), file);
        string[] range = option == "--partial" ? ["--trial-range", "0:100"] : [];

        var run = await PpcRunner.RunAsync([command, TestFiles.TinySizing, option, path, .. range]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: the folder of {option} '{path}' does not exist"], run.ErrLines);
    }

    [Theory]
    [InlineData("evaluate", "--chart")]
    [InlineData("forecast", "--partial")]
    [InlineData("size", "--export-mps")]
    public async Task Should_Refuse_A_Directory_Where_A_File_Is_Written(string command, string option)
    {
        // A folder named like a chart, so that --chart's extension check passes and the folder is what is refused.
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ppc-folder-" + Guid.NewGuid().ToString("N") + ".png")).FullName;
        string[] range = option == "--partial" ? ["--trial-range", "0:100"] : [];
        try
        {
            var run = await PpcRunner.RunAsync([command, TestFiles.TinySizing, option, folder, .. range]);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal([$"error: {option} '{folder}' is a directory; give a file name"], run.ErrLines);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
