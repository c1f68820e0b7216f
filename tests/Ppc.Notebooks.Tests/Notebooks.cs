namespace Ppc.Notebooks.Tests;

/// <summary>The notebooks of samples/notebooks, as copied beside the tests with the scenarios they read.</summary>
internal static class Notebooks
{
    /// <summary>The copy of samples/notebooks in the test output; its sibling scenarios/ holds samples/scenarios.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "notebooks");

    /// <summary>The environment variable the notebooks read the build output's folder from (see load-ppc.csx).</summary>
    public const string BinVariable = "PPC_MODELING_BIN";

    /// <summary>Every notebook's file name, in name order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        Directory.EnumerateFiles(Folder, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    /// <summary>One theory case per notebook, so each shows and fails on its own.</summary>
    public static TheoryData<string> All => new(Names);

    /// <summary>The full path of a notebook given its file name.</summary>
    public static string PathOf(string name) => Path.Combine(Folder, name);
}
