namespace Ppc.Notebooks.Tests;

/// <summary>What one code cell produced.</summary>
/// <param name="Number">The cell's position in the notebook, from 1, counting every cell (markdown too), as an editor shows it.</param>
/// <param name="Code">The cell's source.</param>
/// <param name="Outputs">Its outputs in order: standard output and error, displayed and returned values (as plain text when they have it).</param>
/// <param name="Error">The failure (compilation errors or the exception), or null when the cell ran.</param>
internal sealed record CellRun(int Number, string Code, IReadOnlyList<string> Outputs, string? Error)
{
    /// <summary>The cell's first line, to name it in messages.</summary>
    public string FirstLine => Code.Split('\n', 2)[0].Trim();
}
