using Ppc.Cli.Commands;
using Ppc.Cli.Tests.Infrastructure;

namespace Ppc.Cli.Tests.Commands;

public class ReportSettingsTests
{
    private static readonly string Scenario = TestFiles.Sample("it-services.json");

    [Fact]
    public void Should_Default_To_A_Table_On_Stdout()
    {
        var settings = new ReportSettings { Scenario = Scenario };

        Assert.True(settings.Validate().Successful);
        Assert.Equal(ReportFormat.Table, settings.Format);
        Assert.Null(settings.Out);
    }

    [Fact]
    public void Should_Accept_An_Out_File_In_An_Existing_Folder()
    {
        var settings = new ReportSettings { Scenario = Scenario, Format = ReportFormat.Json, Out = Path.Combine(Path.GetTempPath(), "report.json") };

        Assert.True(settings.Validate().Successful);
    }

    [Fact]
    public void Should_Fail_When_Out_Folder_Does_Not_Exist()
    {
        var settings = new ReportSettings { Scenario = Scenario, Out = Path.Combine(Path.GetTempPath(), "ppc-no-such-folder", "report.csv") };

        var result = settings.Validate();

        Assert.False(result.Successful);
        Assert.Equal($"the folder of --out '{settings.Out}' does not exist", result.Message);
    }

    [Fact]
    public void Should_Fail_When_Out_Is_A_Directory()
    {
        var settings = new ReportSettings { Scenario = Scenario, Out = Path.GetTempPath() };

        Assert.Equal($"--out '{settings.Out}' is a directory; give a file name", settings.Validate().Message);
    }

    [Fact]
    public void Should_Check_The_Scenario_Before_The_Output()
    {
        var settings = new ReportSettings { Scenario = "missing.json", Out = Path.GetTempPath() };

        Assert.Equal("the scenario file 'missing.json' does not exist", settings.Validate().Message);
    }
}
