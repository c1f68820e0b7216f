namespace Ppc.Cli.Tests.Infrastructure;

/// <summary>A file with the given content in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private readonly string _folder;

    public TempFile(string name, string content)
    {
        _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ppc-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, name);
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
