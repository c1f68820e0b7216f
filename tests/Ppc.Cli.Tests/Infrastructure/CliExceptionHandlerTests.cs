using Ppc.Cli.Infrastructure;
using Spectre.Console.Cli;
using Spectre.Console.Testing;

namespace Ppc.Cli.Tests.Infrastructure;

public class CliExceptionHandlerTests
{
    [Fact]
    public void Should_Report_An_Unexpected_Exception_On_One_Line_As_A_Bug()
    {
        using var error = new StringWriter();

        var exitCode = CliExceptionHandler.Handle(new InvalidOperationException("first line\nsecond line"), new CliOutput(new TestConsole(), error));

        Assert.Equal(1, exitCode);
        Assert.Equal("error: unexpected InvalidOperationException: first line second line (this is a bug in ppc; please report it)", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task Should_Report_A_Misconfigured_App_As_A_Bug_Not_As_Bad_Input()
    {
        using var error = new StringWriter();
        var output = new CliOutput(new TestConsole(), error);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetExceptionHandler((exception, _) => CliExceptionHandler.Handle(exception, output));
            config.UseStrictParsing();
            config.ValidateExamples();
            config.AddCommand<Ppc.Cli.Commands.ValidateCommand>("validate").WithExample("validate", "a.json", "--no-such-option");
        });

        var exitCode = await app.RunAsync(["validate", "a.json"], TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: ppc is misconfigured: ", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Should_Report_A_File_That_Cannot_Be_Written_As_Unusable_Input_Not_As_A_Bug()
    {
        using var error = new StringWriter();

        var exitCode = CliExceptionHandler.Handle(new UnauthorizedAccessException("Access to the path '/srv/report.json' is denied."), new CliOutput(new TestConsole(), error));

        Assert.Equal(2, exitCode);
        Assert.Equal("error: cannot use a file: Access to the path '/srv/report.json' is denied.", error.ToString().TrimEnd());
    }
}
