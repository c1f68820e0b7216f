namespace Ppc.Cli.Tests.Infrastructure;

/// <summary>The sample scenarios (samples/scenarios/*.json) and the MODEL.md example, copied into the test output.</summary>
internal static class TestFiles
{
    public static string ModelExample { get; } = Path.Combine(AppContext.BaseDirectory, "Conformance", "model-example.json");

    /// <summary>The conformance sizing case: two staff roles over six months, solved in a few tens of milliseconds.</summary>
    public static string TinySizing { get; } = Path.Combine(AppContext.BaseDirectory, "Conformance", "tiny-sdr-ae.json");

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static IEnumerable<string> SampleNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.json")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal);
}
