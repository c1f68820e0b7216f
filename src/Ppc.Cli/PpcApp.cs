using System.Globalization;
using System.Reflection;
using Ppc.Cli.Commands;
using Ppc.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ppc.Cli;

/// <summary>
/// The <c>ppc</c> application: its commands and how it reports failures. <c>Program</c> runs it on the
/// real console; tests run it in process on captured output.
/// </summary>
internal static class PpcApp
{
    /// <summary>The assembly's informational version, printed by <c>ppc --version</c>.</summary>
    public static string Version { get; } =
        typeof(PpcApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Runs <c>ppc</c> with <paramref name="args"/>.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="console">Standard output: results, help, version.</param>
    /// <param name="error">Standard error: errors and warnings, one line each.</param>
    /// <param name="cancellationToken">Cancels a running command (Ctrl+C).</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken = default)
    {
        var output = new CliOutput(console, error);
        var app = new CommandApp();
        app.Configure(config => Configure(config, output, args));
        return app.RunAsync(args, cancellationToken);
    }

    private static void Configure(IConfigurator config, CliOutput output, IReadOnlyList<string> args)
    {
        config.SetApplicationName("ppc");
        config.SetApplicationVersion(Markup.Escape(Version));
        config.ConfigureConsole(output.Console);
        config.Settings.Culture = CultureInfo.InvariantCulture;
        config.Settings.Registrar.RegisterInstance(output);
        config.SetExceptionHandler((exception, _) => CliExceptionHandler.Handle(exception, output, args));
        config.UseStrictParsing();
        config.ValidateExamples();

        config.AddCommand<ValidateCommand>("validate")
            .WithDescription("Check a scenario and list every error at once (exit 0 when valid, 2 otherwise).")
            .WithExample("validate", "samples/scenarios/it-services.json");
        config.AddCommand<EvaluateCommand>("evaluate")
            .WithDescription("Evaluate a tactic month by month and name its weakest link (MODEL.md §2-3).")
            .WithExample("evaluate", "samples/scenarios/it-services.json")
            .WithExample("evaluate", "samples/scenarios/it-services.json", "--format", "json", "--out", "evaluation.json");
        config.AddCommand<ForecastCommand>("forecast")
            .WithDescription("Monte Carlo forecast: percentiles at 1, 2, 6, 12 months, objective probabilities, weakest-link frequencies (MODEL.md §4).")
            .WithExample("forecast", "samples/scenarios/it-services.json", "--trials", "10000", "--seed", "1")
            .WithExample("forecast", "samples/scenarios/it-services.json", "--trial-range", "0:50000", "--partial", "a.bin");
        config.AddCommand<MergeCommand>("merge")
            .WithDescription("Merge partial forecasts of adjacent trial ranges into the one-machine answer.")
            .WithExample("merge", "a.bin", "b.bin", "--format", "json");
        config.AddCommand<SizeCommand>("size")
            .WithDescription("Size the resources that meet the objectives, ranked and bounded by the limits (MODEL.md §5); exit 0 with any answer, 1 when no plan is found in time.")
            .WithExample("size", "samples/scenarios/it-services.json")
            .WithExample("size", "samples/scenarios/it-services.json", "--criterion", "maximize:revenue", "--budget", "600000", "--format", "json")
            .WithExample("size", "samples/scenarios/it-services-callcenter.json", "--compare-channels");
    }
}
