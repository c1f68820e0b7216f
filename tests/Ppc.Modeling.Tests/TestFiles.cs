namespace Ppc.Modeling.Tests;

/// <summary>Where the copied conformance cases and samples live in the test output.</summary>
internal static class TestFiles
{
    public static string Conformance(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Conformance", .. parts]);

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static IEnumerable<string> ConformanceCases(string folder) =>
        Directory.GetFiles(Conformance(folder), "*.json")
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal) && !f.EndsWith("expected-errors.json", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal);
}
