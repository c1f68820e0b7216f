using System.Text.Json.Nodes;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Simulation;

namespace Ppc.Modeling.Tests.Simulation;

/// <summary>
/// shared/conformance/forecast: an independent vectorised implementation of §4 at 200,000 trials.
/// Streams differ, so the comparison is statistical (the folder's README): every mean, at every
/// month and cumulative key, within max(4·SE, 1% of the expected mean); objective probabilities
/// and weakest-link frequencies within 0.02. 100,000 trials, as the README requires.
/// </summary>
[Trait("Category", "SlowConformance")]
public class ForecastConformanceTests
{
    private const int Trials = 100_000;

    public static TheoryData<string> Cases() => new(TestFiles.ConformanceCases("forecast"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Forecast_matches_the_independent_implementation_statistically(string name)
    {
        var scenario = ScenarioJson.Load(TestFiles.Conformance("forecast", name + ".json")).GetValueOrThrow();
        var expected = JsonNode.Parse(File.ReadAllText(TestFiles.Conformance("forecast", name + ".expected.json")))!;
        var actual = JsonNode.Parse(ForecastJson.Write(Forecaster.Forecast(Ppc.Modeling.Model.CompiledScenario.Compile(scenario), new ForecastOptions { Trials = Trials, Seed = 20261129 }, null, TestContext.Current.CancellationToken)))!;

        var problems = StatisticalComparison.Compare(expected, actual);

        Assert.True(problems.Count == 0, $"{problems.Count} mismatches:\n" + string.Join("\n", problems.Take(25)));
    }
}

/// <summary>The conformance README's statistical rule, applied to two forecast documents.</summary>
internal static class StatisticalComparison
{
    public static List<string> Compare(JsonNode expected, JsonNode actual)
    {
        var problems = new List<string>();
        double nExpected = expected["trials"]!.GetValue<double>(), nActual = actual["trials"]!.GetValue<double>();
        void Means(JsonObject e, JsonObject a, string where)
        {
            foreach (var (metric, stats) in e)
            {
                if (metric == "month") continue;
                double me = stats!["mean"]!.GetValue<double>(), sde = stats["sd"]!.GetValue<double>();
                double ma = a[metric]!["mean"]!.GetValue<double>(), sda = a[metric]!["sd"]!.GetValue<double>();
                var se = Math.Sqrt(sde * sde / nExpected + sda * sda / nActual);
                var tolerance = Math.Max(4 * se, 0.01 * Math.Abs(me));
                if (Math.Abs(ma - me) > tolerance) problems.Add($"{where}.{metric}: expected mean {me}, found {ma} (tolerance {tolerance})");
            }
        }
        var months = expected["months"]!.AsArray();
        for (var i = 0; i < months.Count; i++) Means(months[i]!.AsObject(), actual["months"]![i]!.AsObject(), $"months[{i}]");
        foreach (var (key, value) in expected["cumulative"]!.AsObject()) Means(value!.AsObject(), actual["cumulative"]![key]!.AsObject(), $"cumulative.{key}");
        void Share(double e, double a, string where)
        {
            if (Math.Abs(e - a) > 0.02) problems.Add($"{where}: expected {e}, found {a}");
        }
        foreach (var (link, share) in expected["weakestLinkFrequency"]!.AsObject())
        {
            Share(share!.GetValue<double>(), actual["weakestLinkFrequency"]![link]!.GetValue<double>(), $"weakestLinkFrequency.{link}");
        }
        var objectives = expected["objectives"]!.AsArray();
        for (var i = 0; i < objectives.Count; i++)
        {
            Share(objectives[i]!["probability"]!.GetValue<double>(), actual["objectives"]![i]!["probability"]!.GetValue<double>(), $"objectives[{i}]");
        }
        Share(expected["allObjectivesProbability"]!.GetValue<double>(), actual["allObjectivesProbability"]!.GetValue<double>(), "allObjectivesProbability");
        Share(expected["cashBelowMinimumProbability"]!.GetValue<double>(), actual["cashBelowMinimumProbability"]!.GetValue<double>(), "cashBelowMinimumProbability");
        return problems;
    }
}
