namespace Ppc.Cli.Tests.Infrastructure;

/// <summary>The sample scenarios copied into the test output (samples/scenarios/*.json).</summary>
internal static class TestFiles
{
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static IEnumerable<string> SampleNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.json")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal);
}
