using System.Text.Json.Nodes;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>Every case of shared/conformance/evaluate, computed by an independent implementation of MODEL.md, reproduced within the README's tolerance.</summary>
public class ConformanceTests
{
    public static TheoryData<string> Cases() => new(TestFiles.ConformanceCases("evaluate"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluation_matches_the_independent_implementation(string name)
    {
        var scenario = ScenarioJson.Load(TestFiles.Conformance("evaluate", name + ".json")).GetValueOrThrow();
        var actual = JsonNode.Parse(EvaluationJson.Write(Evaluator.Evaluate(scenario)));
        var expected = JsonNode.Parse(File.ReadAllText(TestFiles.Conformance("evaluate", name + ".expected.json")));

        var problems = JsonTolerance.Compare(expected, actual);

        Assert.True(problems.Count == 0, $"{problems.Count} mismatches:\n" + string.Join("\n", problems.Take(25)));
    }
}
