using System.Text;
using System.Text.Json.Nodes;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Tests.Scenarios;

/// <summary>How JSON text becomes a scenario or errors: syntax, structure, limits, files.</summary>
public class ScenarioJsonReadingTests
{
    [Fact]
    public void Should_Report_Line_And_Column_When_Json_Is_Malformed()
    {
        var result = ScenarioJson.Parse("{\n  \"schemaVersion\": 1,\n  \"horizonMonths\": ,\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
        Assert.StartsWith("malformed JSON at line 3, column 20:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Scenario);
    }

    [Fact]
    public void Should_Reject_A_Duplicate_Key_With_Its_Path_And_Position()
    {
        var json = ScenarioDocument.BaseJson.Replace("\"accounts\": 200,", "\"accounts\": 200,\n \"accounts\": 300,", StringComparison.Ordinal);
        var line = json[..json.IndexOf(" \"accounts\": 300", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = ScenarioJson.Parse(json);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.segments[1].accounts", error.Path);
        Assert.Equal($"duplicate key 'accounts' at line {line}, column 2; a key may appear only once in an object", error.Message);
    }

    [Fact]
    public void Should_Accept_Comments_And_Trailing_Commas()
    {
        var json = ScenarioDocument.BaseJson
            .Replace("\"schemaVersion\": 1,", "// the format\n  \"schemaVersion\": 1, /* always 1 */", StringComparison.Ordinal)
            .Replace("\"priority\": 1 }", "\"priority\": 1, }", StringComparison.Ordinal)
            .Replace("[0.5, 0.5]", "[0.5, 0.5,]", StringComparison.Ordinal);

        var result = ScenarioJson.Parse(json);

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
        Assert.Equal(new ScenarioDocument().Parse().Scenario, result.Scenario);
    }

    [Fact]
    public void Should_Reject_An_Unknown_Field_With_Its_Path()
    {
        var result = new ScenarioDocument().Set("roles[0].headcont", 2).Parse();

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.roles[0].headcont", error.Path);
        Assert.Contains("unknown field 'headcont'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Reject_A_String_Where_A_Number_Is_Expected()
    {
        var result = new ScenarioDocument().Set("segments[0].accounts", "1000").Parse();

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.segments[0].accounts", error.Path);
        Assert.Equal("expected a number, found \"1000\" (a string)", error.Message);
    }

    public static TheoryData<string, string> UnreadableValues() => new()
    {
        { "segments[0].accounts", "\"1000\"" },
        { "segments[1].prospectingShare", "\"0.4\"" },
        { "roles[2].headcount", "\"1\"" },
        { "roles[1].kind", "\"externl\"" },
        { "roles[1].hoursPerMonth", "\"50\"" },
        { "roles[2].id", "2" },
        { "stages[1].id", "true" },
        { "stages[2].performedBy", "\"rep\"" },
        { "partners[0].segmentShares.mid", "null" },
        { "objectives[0].atLeast", "\"100\"" },
        { "stages[1].delayMonths[0]", "\"0.5\"" },
    };

    [Theory]
    [MemberData(nameof(UnreadableValues))]
    public void Should_Report_Only_The_Unreadable_Value_Not_The_Rules_That_Depend_On_It(string path, string json)
    {
        var result = new ScenarioDocument().Set(path, JsonNode.Parse(json)).Parse();

        Assert.Equal("$." + path, Assert.Single(result.Errors).Path);
    }

    public static TheoryData<string, string, string> UnreadableDistributionParameters() => new()
    {
        { "segments[0].dealValue", "lognormal", "5" },
        { "segments[0].dealValue", "lognormal.cv", "\"0.5\"" },
        { "stages[0].conversion", "beta.mean", "[0.3]" },
        { "segments[0].dealValue", "lognormal", "{ \"mean\": 10000 }" },
    };

    [Theory]
    [MemberData(nameof(UnreadableDistributionParameters))]
    public void Should_Report_A_Distribution_Parameter_That_Cannot_Be_Read_Once_Not_Again_As_A_NaN_Value(string distribution, string parameter, string json)
    {
        var result = new ScenarioDocument().Set(distribution + "." + parameter, JsonNode.Parse(json)).Parse();

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("$." + distribution + ".", error.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, double> NumbersBeyond1e15() => new()
    {
        { "segments[0].accounts", 1e300 },
        { "segments[1].dealValue", 2e15 },
        { "segments[0].dealValue.lognormal.mean", 1e300 },
        { "roles[0].monthlyCost", 1e16 },
        { "finance.startingCash", -5e15 },
        { "seasonality.hoursFactor[3]", 1e308 },
    };

    [Theory]
    [MemberData(nameof(NumbersBeyond1e15))]
    public void Should_Refuse_A_Number_Beyond_1e15_At_Its_Path(string path, double value)
    {
        var result = new ScenarioDocument().Set(path, value).Parse();

        var error = Assert.Single(result.Errors);
        Assert.Equal("$." + path, error.Path);
        Assert.EndsWith("must be at most 1e15 in size, the largest number a scenario may hold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Accept_Numbers_Up_To_1e15()
    {
        var result = new ScenarioDocument().Set("segments[0].accounts", 1e15).Set("segments[1].dealValue", 1e15).Set("roles[0].monthlyCost", 1e15).Parse();

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
    }

    public static TheoryData<string> FileEncodings() => ["utf-8", "utf-8 with a byte-order mark", "utf-16le", "utf-16be", "utf-32le"];

    [Theory]
    [MemberData(nameof(FileEncodings))]
    public void Should_Load_A_File_In_UTF8_With_Or_Without_A_Byte_Order_Mark_Or_In_UTF16_Or_UTF32_With_One(string encodingName)
    {
        var json = new ScenarioDocument().ToJson();
        var encoding = encodingName switch
        {
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            "utf-8 with a byte-order mark" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16le" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            _ => Encoding.UTF32,
        };
        var path = Path.Combine(Path.GetTempPath(), "ppc-encoding-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, [.. encoding.Preamble, .. encoding.GetBytes(json)]);
        try
        {
            var result = ScenarioJson.Load(path);

            Assert.True(result.IsValid, string.Join(" | ", result.Errors));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Should_Parse_UTF8_Bytes_That_Start_With_A_Byte_Order_Mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(new ScenarioDocument().ToJson())).ToArray();

        Assert.True(ScenarioJson.Parse(bytes).IsValid);
    }

    [Fact]
    public void Should_Name_The_Object_When_A_Required_Field_Is_Missing()
    {
        var result = new ScenarioDocument().Remove("stages[1].conversion").Parse();

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.stages[1]", error.Path);
        Assert.Equal("missing required field 'conversion'", error.Message);
    }

    [Fact]
    public void Should_Keep_The_Paths_Of_Later_Items_When_An_Item_Is_Not_An_Object()
    {
        var result = new ScenarioDocument().Set("roles[0]", 5).Set("roles[2].headcount", -1).Parse();

        Assert.Contains(result.Errors, e => e.Path == "$.roles[0]" && e.Message == "expected an object, found 5");
        Assert.Contains(result.Errors, e => e.Path == "$.roles[2].headcount");
    }

    [Fact]
    public void Should_Read_A_Whole_Number_Written_With_A_Decimal_Point()
    {
        var result = new ScenarioDocument().Set("options.forecast.seed", 7.0).Set("options.forecast.trials", 20.0).Parse();

        Assert.True(result.IsValid, string.Join(" | ", result.Errors));
        Assert.Equal(7, result.Scenario!.Options!.Forecast!.Seed);
        Assert.Equal(20, result.Scenario.Options.Forecast.Trials);
    }

    [Fact]
    public void Should_Reject_A_Seed_Beyond_64_Bits_Without_Throwing()
    {
        var json = ScenarioDocument.BaseJson.Replace("\"seed\": 1,", "\"seed\": 9223372036854775808,", StringComparison.Ordinal);

        var result = ScenarioJson.Parse(json);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.options.forecast.seed", error.Path);
        Assert.Contains("whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_More_Than_Ten_Megabytes_Before_Parsing()
    {
        var bytes = new byte[ScenarioJson.MaxFileBytes + 1];
        Array.Fill(bytes, (byte)'x');

        var result = ScenarioJson.Parse(bytes);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
        Assert.Equal($"the scenario is {ScenarioJson.MaxFileBytes + 1} bytes; at most {ScenarioJson.MaxFileBytes} bytes (10 MB) are accepted", error.Message);
    }

    [Fact]
    public void Should_Refuse_A_Text_Of_More_Than_Ten_Megabytes()
    {
        var text = new StringBuilder().Append('{').Append(' ', (int)ScenarioJson.MaxFileBytes).Append('}').ToString();

        var result = ScenarioJson.Parse(text);

        Assert.Contains("at most", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_An_Error_Not_Throw_When_The_File_Is_Missing()
    {
        var path = Path.Combine(Path.GetTempPath(), "ppc-no-such-scenario-" + Guid.NewGuid().ToString("N") + ".json");

        var result = ScenarioJson.Load(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Path);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Should_Throw_A_Validation_Exception_Listing_Every_Error_When_Asked_For_The_Value()
    {
        var result = new ScenarioDocument().Set("horizonMonths", 0).Set("segments[0].accounts", 0).Parse();

        var exception = Assert.Throws<ScenarioValidationException>(() => result.GetValueOrThrow());
        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("$.horizonMonths", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.segments[0].accounts", exception.Message, StringComparison.Ordinal);
    }
}
