using System.Globalization;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Evaluation;

public class EvaluationCsvTests
{
    [Fact]
    public void Writes_one_row_per_month_with_the_header_columns_and_the_evaluated_numbers()
    {
        var scenario = ScenarioJson.Load(TestFiles.Conformance("evaluate", "model-example.json")).GetValueOrThrow();
        var result = Evaluator.Evaluate(scenario);
        using var text = new StringWriter();

        EvaluationCsv.Write(text, result);

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var header = lines[0].Split(',');
        Assert.Equal(13, lines.Count);
        Assert.Equal(EvaluationCsv.Header(result), header);
        Assert.Equal(19 + 3 * 3 + 5 * 5 + 2 * 4, header.Length);
        var month3 = lines[3].Split(',');
        Assert.Equal(header.Length, month3.Length);
        Assert.Equal("3", month3[0]);
        Assert.Equal(result.Month(3).Deals, double.Parse(month3[Array.IndexOf(header, "deals")], CultureInfo.InvariantCulture));
        Assert.Equal(result.Month(3).Stage("meetings").Served,
            double.Parse(month3[Array.IndexOf(header, "stages.meetings.served")], CultureInfo.InvariantCulture));
        Assert.Equal(result.Month(3).Cash, double.Parse(month3[Array.IndexOf(header, "cash")], CultureInfo.InvariantCulture));
    }
}
