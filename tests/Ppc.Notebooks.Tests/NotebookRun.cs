using System.Text;

namespace Ppc.Notebooks.Tests;

/// <summary>The cells of a notebook run top to bottom, up to the first that failed.</summary>
internal sealed record NotebookRun(string Path, IReadOnlyList<CellRun> Cells)
{
    /// <summary>The cell that failed, or null when every cell ran.</summary>
    public CellRun? Failed => Cells.FirstOrDefault(c => c.Error is not null);

    /// <summary>A transcript of the run: each cell's first line, its outputs (long ones cut) and its error.</summary>
    public string Transcript()
    {
        var text = new StringBuilder();
        foreach (var cell in Cells)
        {
            text.AppendLine($"[cell {cell.Number}] {cell.FirstLine}");
            foreach (var output in cell.Outputs)
                text.AppendLine("    " + (output.Length > 500 ? output[..500] + $"... ({output.Length} characters)" : output).TrimEnd());
            if (cell.Error is not null) text.AppendLine("    FAILED: " + cell.Error);
        }
        return text.ToString();
    }
}
