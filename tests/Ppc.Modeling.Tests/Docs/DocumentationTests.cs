using System.Text.RegularExpressions;

namespace Ppc.Modeling.Tests.Docs;

/// <summary>
/// The Markdown files of the repository against the code: a fenced block announced by
/// <c>&lt;!-- include: path --&gt;</c> is the file at that path, character for character (the
/// file itself is compiled with the solution), and every relative link leads to a file.
/// </summary>
public partial class DocumentationTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> MarkdownFiles() => new(
        Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or ".git" or ".ci" or "BenchmarkDotNet.Artifacts" or "nupkg"))
            .Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("docs/getting-started.md", "samples/GettingStarted/Program.cs")]
    [InlineData("src/Ppc.Modeling/README.md", "samples/GettingStarted/Program.cs")]
    public void Should_Show_The_Compiled_Sample(string document, string sample) =>
        Assert.Contains(Includes(document), i => i.Path == sample);

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Should_Include_Files_Verbatim(string document)
    {
        foreach (var (path, code) in Includes(document))
        {
            var file = Path.Combine(Root, path);
            Assert.True(File.Exists(file), $"{document} includes {path}, which does not exist");
            Assert.Equal(Normalise(File.ReadAllText(file)), Normalise(code));
        }
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Should_Link_Only_To_Existing_Files(string document)
    {
        var folder = Path.GetDirectoryName(Path.Combine(Root, document))!;
        var broken = LinkPattern().Matches(Read(document))
            .Select(m => m.Groups["target"].Value)
            .Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith('#') && !t.StartsWith("mailto:", StringComparison.Ordinal))
            .Select(t => t.Split('#')[0])
            .Where(t => !File.Exists(Path.Combine(folder, t)) && !Directory.Exists(Path.Combine(folder, t)))
            .ToList();

        Assert.Empty(broken);
    }

    private static List<(string Path, string Code)> Includes(string document) =>
        IncludePattern().Matches(Read(document)).Select(m => (m.Groups["path"].Value, m.Groups["code"].Value)).ToList();

    private static string Read(string document) => File.ReadAllText(Path.Combine(Root, document)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ppc.Modeling.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Ppc.Modeling.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"<!-- include: (?<path>\S+) -->\n```[a-z]*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex IncludePattern();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
