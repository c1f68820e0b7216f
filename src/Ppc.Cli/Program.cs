using Ppc.Cli;
using Spectre.Console;

// The first Ctrl+C asks the running command to stop; a second one ends the process.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
return await PpcApp.RunAsync(args, AnsiConsole.Console, Console.Error, cancellation.Token);
