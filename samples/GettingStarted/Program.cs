// A first program with Ppc.Modeling: load a scenario, evaluate it month by month with expected
// values, and print the weakest link of its sales chain (docs/getting-started.md).
// Run: dotnet run -- path/to/scenario.json
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

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
return 0;
