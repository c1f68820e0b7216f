namespace Ppc.Notebooks.Tests;

/// <summary>
/// Runs every notebook of samples/notebooks top to bottom, loading the library from this project's
/// output, and fails on the first cell that does not compile or throws. The notebooks check their own
/// story (a fix that raises the deals, a forecast that agrees with the expected values) and throw when it
/// does not hold, so a broken story fails here too.
/// </summary>
public sealed class NotebookTests(ITestOutputHelper output)
{
    private static readonly TimeSpan CellTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [MemberData(nameof(Notebooks.All), MemberType = typeof(Notebooks))]
    public async Task Should_Run_Every_Cell_Without_Error(string notebook)
    {
        var previous = Environment.GetEnvironmentVariable(Notebooks.BinVariable);
        Environment.SetEnvironmentVariable(Notebooks.BinVariable, AppContext.BaseDirectory);
        try
        {
            var run = await NotebookRunner.RunAsync(Notebooks.PathOf(notebook), CellTimeout, TestContext.Current.CancellationToken);
            output.WriteLine(run.Transcript());
            if (run.Failed is { } failed)
                Assert.Fail($"{notebook}, cell {failed.Number} ({failed.FirstLine}): {failed.Error}");
            Assert.NotEmpty(run.Cells);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Notebooks.BinVariable, previous);
        }
    }

    [Fact]
    public void Should_Find_The_Notebooks()
    {
        Assert.Contains("01-evaluate-weakest-link.ipynb", Notebooks.Names);
        Assert.Contains("02-forecast-monte-carlo.ipynb", Notebooks.Names);
    }
}
