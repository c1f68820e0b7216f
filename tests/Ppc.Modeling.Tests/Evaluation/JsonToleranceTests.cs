using System.Text.Json.Nodes;

namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>The conformance comparer must be able to fail: each rule is checked on a small document.</summary>
public class JsonToleranceTests
{
    [Theory]
    [InlineData("""{"a": 1.0}""", """{"a": 1.0000001}""", 0)]
    [InlineData("""{"a": 1.0}""", """{"a": 1.00001}""", 1)]
    [InlineData("""{"a": null}""", """{"a": 0}""", 1)]
    [InlineData("""{"a": 1, "b": 2}""", """{"a": 1}""", 1)]
    [InlineData("""{"a": 1}""", """{"a": 1, "extra": 2}""", 0)]
    [InlineData("""{"tied": ["x", "y"]}""", """{"tied": ["x", "y"]}""", 0)]
    [InlineData("""{"tied": ["x", "y"]}""", """{"tied": ["x", "z"]}""", 1)]
    [InlineData("""{"tied": ["x", "y"]}""", """{"tied": ["y", "x"]}""", 1)]
    [InlineData("""{"p": ["x", "y"]}""", """{"p": ["y", "x"]}""", 2)]
    [InlineData("""{"b": true}""", """{"b": false}""", 1)]
    public void Counts_each_mismatch(string expected, string actual, int mismatches) =>
        Assert.Equal(mismatches, JsonTolerance.Compare(JsonNode.Parse(expected), JsonNode.Parse(actual)).Count);
}
