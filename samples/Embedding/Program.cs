// Embedding Ppc.Modeling in another tool (docs/embedding.md): a scenario arrives as JSON text, its
// errors go back as data, what-if variants are evaluated in parallel, and the answers are read
// from the evaluate document of MODEL.md §6 by field name, as a tool in any language would.
// Run: dotnet run -- path/to/scenario.json [role id]
using System.Text.Json.Nodes;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;

var json = File.ReadAllText(args.Length > 0 ? args[0] : "it-services.json");
var roleId = args.Length > 1 ? args[1] : "rep";
using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));

// Bad input is data, not an exception: every error, each with its JSON path.
var loaded = ScenarioJson.Parse(json);
if (!loaded.TryGetValue(out var validated))
{
    var errors = new JsonArray([.. loaded.Errors.Select(e => JsonValue.Create(e.ToString()))]);
    Console.WriteLine(new JsonObject { ["errors"] = errors }.ToJsonString());
    return 2;
}

// What if the role had 0 to 3 more people? Scenarios are immutable: each variant is a copy.
var variants = Enumerable.Range(0, 4)
    .Select(extra => validated.Scenario with
    {
        Roles = [.. validated.Scenario.Roles.Select(r => r.Id == roleId && r.Kind == RoleKind.Staff
            ? r with { Headcount = (r.Headcount ?? 0) + extra, MaxHeadcount = null }
            : r)],
    })
    .ToList();

// Validated scenarios and their evaluations are immutable and the evaluator is thread-safe, so the
// variants run in parallel; the token stops the loop between evaluations.
var documents = new JsonNode[variants.Count];
Parallel.For(0, variants.Count, new ParallelOptions { CancellationToken = cancellation.Token }, i =>
{
    var evaluation = Evaluator.Evaluate(ScenarioValidator.Validate(variants[i]).GetValueOrThrow());
    documents[i] = JsonNode.Parse(EvaluationJson.Write(evaluation))!;
});

for (var extra = 0; extra < documents.Length; extra++)
{
    var totals = documents[extra]["totals"]!;
    var weakest = documents[extra]["weakestLink"]!;
    Console.WriteLine($"+{extra} {roleId}: {totals["deals"]!.GetValue<double>(),6:F1} deals, " +
        $"contribution {totals["contribution"]!.GetValue<double>(),10:N0}, weakest link {weakest["link"]!.GetValue<string>()}");
}
return 0;
