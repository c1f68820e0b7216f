using System.Text.Json.Nodes;

namespace Ppc.Notebooks.Tests;

/// <summary>The runner itself: it must fail on a cell that throws or does not compile, and run cells in order.</summary>
public sealed class NotebookRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ppc-notebook-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Should_Run_Cells_In_Order_Sharing_Their_Variables()
    {
        var run = await Run("var x = 20;", "Console.WriteLine(x + 22);");
        Assert.Null(run.Failed);
        Assert.Equal([1, 2], run.Cells.Select(c => c.Number));
        Assert.Equal("42", Assert.Single(run.Cells[1].Outputs).Trim());
    }

    [Fact]
    public async Task Should_Fail_At_The_Cell_That_Throws_And_Stop_There()
    {
        var run = await Run("var x = 1;", "throw new InvalidOperationException(\"the story does not hold\");", "Console.WriteLine(x);");
        var failed = Assert.IsType<CellRun>(run.Failed);
        Assert.Equal(2, failed.Number);
        Assert.Contains("the story does not hold", failed.Error);
        Assert.Equal(2, run.Cells.Count);
    }

    [Fact]
    public async Task Should_Fail_At_A_Cell_That_Does_Not_Compile()
    {
        var run = await Run("var x = undefinedName;");
        Assert.Contains("CS0103", Assert.IsType<CellRun>(run.Failed).Error);
    }

    private async Task<NotebookRun> Run(params string[] cells)
    {
        var path = Path.Combine(_folder, "test.ipynb");
        var json = new JsonObject
        {
            ["cells"] = new JsonArray([.. cells.Select(source => new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" } },
                ["outputs"] = new JsonArray(),
                ["source"] = source,
            })]),
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "csharp" },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        await File.WriteAllTextAsync(path, json.ToJsonString(), TestContext.Current.CancellationToken);
        return await NotebookRunner.RunAsync(path, TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }
}
