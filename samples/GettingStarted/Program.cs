// A first program with Ppc.Modeling: load a scenario, evaluate it month by month with expected
// values, print the weakest link of its sales chain, then forecast it by Monte Carlo
// (docs/getting-started.md).
// Run: dotnet run -- path/to/scenario.json
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Simulation;

var path = args.Length > 0 ? args[0] : "it-services.json";

// Reading never throws on bad input: the result holds a valid scenario or every error found.
var loaded = ScenarioJson.Load(path);
if (!loaded.TryGetValue(out var scenario))
{
    foreach (var error in loaded.Errors) Console.Error.WriteLine(error);   // "$.path: message"
    return 2;
}
foreach (var warning in scenario.Warnings) Console.Error.WriteLine($"warning: {warning}");

var evaluation = Evaluator.Evaluate(scenario);

Console.WriteLine("month   deals      revenue         cash");
foreach (var month in evaluation.Months)
{
    Console.WriteLine($"{month.Month,5} {month.Deals,7:F1} {month.Revenue,12:N0} {month.Cash,12:N0}");
}
Console.WriteLine($"total {evaluation.Totals.Deals,7:F1} {evaluation.Totals.Revenue,12:N0}");

// Every link of the chain (the market, each stage, delivery) has a capacity in deals a month;
// the smallest is the weakest link: "results always equal the weakest link".
var weakest = evaluation.WeakestLink;
foreach (var link in weakest.Links)
{
    var capacity = weakest.CapacitiesDealsPerMonth[link];
    Console.WriteLine($"{link,-15} {(capacity is { } c ? c.ToString("F1") : "unlimited"),9} deals a month");
}
Console.WriteLine(weakest.Describe());

// Monte Carlo (recommendation 19): whole people, whole deals, drawn conversions and deal values.
// The same seed gives the same numbers on any machine and any number of threads.
var forecast = Forecaster.Forecast(CompiledScenario.Compile(scenario), new ForecastOptions { Trials = 10_000, Seed = 1 });
Console.WriteLine("revenue to date      p10          p50          p90");
foreach (var m in forecast.CumulativeMonths)
{
    var revenue = forecast.Cumulative(m, ForecastMetric.Revenue);
    Console.WriteLine($"month {m,2} {revenue.P10,14:N0} {revenue.P50,12:N0} {revenue.P90,12:N0}");
}
foreach (var objective in forecast.Objectives)
{
    Console.WriteLine($"{objective.Objective.Metric} by month {objective.ByMonth}: probability {objective.Probability:P1}");
}
return 0;
