using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;
using DocumentKernelInfo = Microsoft.DotNet.Interactive.Documents.KernelInfo;

namespace Ppc.Notebooks.Tests;

/// <summary>
/// Runs a C# Polyglot notebook in this process on the .NET Interactive C# kernel, the one behind
/// Polyglot Notebooks and the Jupyter .NET kernel: code cells top to bottom in one kernel, each
/// seeing what the earlier ones declared, and stops at the first cell that fails to compile or throws.
/// </summary>
internal static class NotebookRunner
{
    private const string CSharp = "csharp";

    /// <summary>Runs a notebook with the process's working directory set to the notebook's folder (as an editor's kernel has it), then restored.</summary>
    /// <param name="path">The .ipynb file.</param>
    /// <param name="cellTimeout">How long one cell may run before the run fails.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The cells run, the last one failed if any did.</returns>
    public static async Task<NotebookRun> RunAsync(string path, TimeSpan cellTimeout, CancellationToken cancellationToken)
    {
        var notebook = Notebook.Parse(await File.ReadAllTextAsync(path, cancellationToken),
            new KernelInfoCollection { new DocumentKernelInfo(CSharp, languageName: "C#") });
        var previousDirectory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        try
        {
            using var kernel = CreateKernel();
            var cells = new List<CellRun>();
            for (var i = 0; i < notebook.Elements.Count; i++)
            {
                var element = notebook.Elements[i];
                if (element.KernelName == "markdown") continue;
                var cell = element.KernelName == CSharp
                    ? await RunCellAsync(kernel, i + 1, element.Contents, cellTimeout, cancellationToken)
                    : new CellRun(i + 1, element.Contents, [], $"the cell is in '{element.KernelName}'; these notebooks are C# only");
                cells.Add(cell);
                if (cell.Error is not null) break;
            }
            return new NotebookRun(path, cells);
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
        }
    }

    /// <summary>The C# kernel as Polyglot Notebooks configure it: `display`, `HTML` and shared values.</summary>
    private static CompositeKernel CreateKernel() =>
        new() { new CSharpKernel().UseKernelHelpers().UseValueSharing() };

    private static async Task<CellRun> RunCellAsync(Kernel kernel, int number, string code, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var run = kernel.SendAsync(new SubmitCode(code, CSharp), limit.Token);
        // A cell that ignores cancellation must not hang the test run.
        var finished = await Task.WhenAny(run, Task.Delay(timeout + TimeSpan.FromSeconds(5), cancellationToken));
        if (finished != run)
            return new CellRun(number, code, [], $"the cell ran longer than {timeout.TotalSeconds:0} s");
        var result = await run;
        var outputs = new List<string>();
        string? error = null;
        foreach (var e in result.Events)
        {
            switch (e)
            {
                case ErrorProduced produced:
                    error ??= produced.Message;
                    break;
                case CommandFailed failed:
                    error = failed.Message;
                    break;
                case DisplayEvent displayed:   // standard output and error, displayed and returned values
                    outputs.Add(Text(displayed));
                    break;
            }
        }
        return new CellRun(number, code, outputs, error);
    }

    private static string Text(DisplayEvent displayed)
    {
        var values = displayed.FormattedValues;
        var plain = values.FirstOrDefault(v => v.MimeType == "text/plain");
        if (plain is not null) return plain.Value;
        var first = values.FirstOrDefault();
        return first is null ? "" : $"({first.MimeType}, {first.Value.Length} characters)";
    }
}
