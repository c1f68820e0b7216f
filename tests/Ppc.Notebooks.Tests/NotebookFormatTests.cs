using System.Text.Json.Nodes;

namespace Ppc.Notebooks.Tests;

/// <summary>
/// The notebooks are committed as C# Polyglot notebooks with their outputs stripped (a diff shows only
/// what someone wrote), and each first loads the library the same way.
/// </summary>
public sealed class NotebookFormatTests
{
    [Theory]
    [MemberData(nameof(Notebooks.All), MemberType = typeof(Notebooks))]
    public void Should_Be_A_CSharp_Notebook_With_Outputs_Stripped(string notebook)
    {
        var root = JsonNode.Parse(File.ReadAllText(Notebooks.PathOf(notebook)))!;
        Assert.Equal(4, (int)root["nbformat"]!);
        // nbformat 4.5 and later require an id on every cell; Polyglot Notebooks write 4.2, without ids.
        if ((int)root["nbformat_minor"]! >= 5)
            Assert.All(root["cells"]!.AsArray(), cell => Assert.False(string.IsNullOrEmpty((string?)cell!["id"])));
        Assert.Equal(".net-csharp", (string?)root["metadata"]?["kernelspec"]?["name"]);
        Assert.Equal("csharp", (string?)root["metadata"]?["language_info"]?["name"]);
        var code = root["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToArray();
        Assert.NotEmpty(code);
        foreach (var cell in code)
        {
            Assert.Equal("csharp", (string?)cell!["metadata"]?["dotnet_interactive"]?["language"]);
            Assert.Empty(cell["outputs"]!.AsArray());
            Assert.Null(cell["execution_count"]);
        }
        Assert.Equal("#load \"load-ppc.csx\"", Source(code[0]!).Trim());
    }

    private static string Source(JsonNode cell) =>
        cell["source"] is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)cell["source"] ?? "";
}
