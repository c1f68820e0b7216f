using System.Xml.Linq;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Simulation;
using SkiaSharp;

namespace Ppc.Modeling.Charts.Tests;

public sealed class ChartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ppc-charts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> Samples() => new()
    {
        { "it-services.json", ".png" },
        { "it-services.json", ".svg" },
        { "industrial-equipment.json", ".png" },
        { "industrial-equipment.json", ".svg" },
    };

    private static ValidatedScenario Load(string sample) =>
        ScenarioJson.Load(Path.Combine(AppContext.BaseDirectory, "Samples", sample)).GetValueOrThrow();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Evaluation_chart_is_a_valid_non_blank_image_of_the_stated_size(string sample, string extension)
    {
        var path = Path.Combine(_folder, "evaluation" + extension);

        EvaluationChart.Save(Evaluator.Evaluate(Load(sample)), path, 900, 700);

        AssertImage(path, 900, 700, "Capacity of each link");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Forecast_chart_is_a_valid_non_blank_image_of_the_stated_size(string sample, string extension)
    {
        var path = Path.Combine(_folder, "forecast" + extension);
        var forecast = Forecaster.Forecast(CompiledScenario.Compile(Load(sample)), new ForecastOptions { Trials = 500 }, null, TestContext.Current.CancellationToken);

        ForecastChart.Save(forecast, path, 800, 600);

        AssertImage(path, 800, 600, "Monthly revenue");
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".svg")]
    public void Sizing_chart_is_a_valid_non_blank_image_of_the_stated_size(string extension)
    {
        var path = Path.Combine(_folder, "sizing" + extension);
        var sized = Ppc.Modeling.Sizing.Sizer.Size(Load("it-services-callcenter.json"),
            new Ppc.Modeling.Sizing.SizingOptions { TimeLimit = TimeSpan.FromSeconds(30) }, TestContext.Current.CancellationToken);

        SizingChart.Save(sized, path, 900, 700);

        AssertImage(path, 900, 700, "Expected headcount");
    }

    [Fact]
    public void Another_extension_is_refused_with_the_path_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => EvaluationChart.Save(Evaluator.Evaluate(Load("it-services.json")), Path.Combine(_folder, "chart.gif")));

        Assert.Contains("chart.gif", ex.Message, StringComparison.Ordinal);
        Assert.Contains(".png or .svg", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertImage(string path, int width, int height, string title)
    {
        if (path.EndsWith(".png", StringComparison.Ordinal))
        {
            using var bitmap = SKBitmap.Decode(path);
            Assert.NotNull(bitmap);
            Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
            var colours = new HashSet<SKColor>();
            for (var y = 0; y < bitmap.Height; y += 3)
            {
                for (var x = 0; x < bitmap.Width; x += 3) colours.Add(bitmap.GetPixel(x, y));
            }
            Assert.True(colours.Count > 20, $"only {colours.Count} colours: the chart looks blank");
            return;
        }
        var svg = XDocument.Load(path).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)svg.Attribute("width"));
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)svg.Attribute("height"));
        Assert.True(svg.Descendants().Count(e => e.Name.LocalName == "path") > 20, "too few shapes: the chart looks blank");
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "text"), e => e.Value.Contains(title, StringComparison.Ordinal));
    }
}
