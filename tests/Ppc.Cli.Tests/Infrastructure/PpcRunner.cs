using Spectre.Console.Testing;

namespace Ppc.Cli.Tests.Infrastructure;

/// <summary>Runs <c>ppc</c> in process on captured stdout and stderr.</summary>
internal static class PpcRunner
{
    public static async Task<PpcRun> RunAsync(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        using var error = new StringWriter();
        var exitCode = await PpcApp.RunAsync(args, console, error, TestContext.Current.CancellationToken);
        return new PpcRun(exitCode, Normalise(console.Output), Normalise(error.ToString()));
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}

/// <summary>What one run of <c>ppc</c> did.</summary>
internal sealed record PpcRun(int ExitCode, string Out, string Err)
{
    public IReadOnlyList<string> OutLines => Lines(Out);

    public IReadOnlyList<string> ErrLines => Lines(Err);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
