using System.Text.Json;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Scenarios.Validation;

public class ConformanceValidationTests
{
    private static readonly Dictionary<string, string[]> ExpectedPaths =
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(TestFiles.Conformance("invalid", "expected-errors.json")))!;

    public static TheoryData<string> InvalidCases() => new(TestFiles.ConformanceCases("invalid"));

    public static TheoryData<string> EvaluateCases() => new(TestFiles.ConformanceCases("evaluate"));

    [Fact]
    public void Every_invalid_case_has_its_expected_paths_listed()
    {
        Assert.Equal(TestFiles.ConformanceCases("invalid").Order(StringComparer.Ordinal), ExpectedPaths.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_conformance_case_reports_every_expected_path(string name)
    {
        var result = ScenarioJson.Load(TestFiles.Conformance("invalid", name + ".json"));

        Assert.False(result.IsValid);
        var paths = result.Errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in ExpectedPaths[name])
        {
            Assert.True(paths.Contains(expected), $"{name}: no error at {expected}; errors: {string.Join(" | ", result.Errors)}");
        }
    }

    [Theory]
    [MemberData(nameof(EvaluateCases))]
    public void Evaluate_conformance_case_is_valid(string name)
    {
        var result = ScenarioJson.Load(TestFiles.Conformance("evaluate", name + ".json"));

        Assert.True(result.IsValid, $"{name}: {string.Join(" | ", result.Errors)}");
        Assert.True(result.TryGetValue(out var valid));
        Assert.All(valid.Warnings, w => Assert.Equal(IssueSeverity.Warning, w.Severity));
    }
}
