using Ppc.Modeling.Collections;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing;
using Ppc.Modeling.Tests.Evaluation;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>
/// Tiny scenarios (one or two staff roles, each on its own stage, up to 6 months, at most one hire a
/// month): every hiring plan is evaluated by §2, and the sizing must meet the objectives at a cost within
/// 2% of the cheapest plan that does, with a bound not above it.
/// </summary>
public sealed class BruteForceSizingTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 16));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Should_Match_The_Cheapest_Enumerated_Plan(int seed)
    {
        var scenario = Generate(new Random(seed));
        var (cheapest, plans) = Enumerate(scenario);

        var result = SizingAssert.Size(scenario);

        SizingAssert.ReportsItsEvaluation(result);
        if (cheapest is null)
        {
            Assert.Equal(SizingStatus.Infeasible, result.Status);
            return;
        }
        Assert.All(result.Objectives, o => Assert.True(o.Met, $"seed {seed}: {o.Objective.Metric} {o.Achieved} against {o.Target}"));
        Assert.Empty(result.LimitShortfalls);
        Assert.True(result.Cost <= cheapest.Value * 1.02, $"seed {seed}: cost {result.Cost} against the cheapest of {plans} plans, {cheapest}");
        Assert.True(result.Bound <= cheapest.Value * (1 + 1e-6), $"seed {seed}: bound {result.Bound} above {cheapest}");
    }

    [Fact]
    public void Should_Generate_Mostly_Reachable_Objectives()
    {
        var reachable = Enumerable.Range(1, 16).Count(seed => Enumerate(Generate(new Random(seed))).Cost is not null);
        Assert.InRange(reachable, 12, 16);
    }

    private static ValidatedScenario Generate(Random random)
    {
        var roles = random.Next(1, 3);
        var months = roles == 1 ? random.Next(3, 7) : random.Next(3, 6);
        var builder = ScenarioBuilder.Horizon(months);
        for (var r = 0; r < roles; r++)
        {
            builder.Staff($"r{r}", random.Next(0, 2), 60 + 20 * random.Next(0, 5), new
            {
                monthlyCost = 2000 + 500 * random.Next(0, 8),
                hiringCost = 1000 * random.Next(0, 4),
                rampMonths = random.Next(0, 3),
                attritionPerMonth = 0.05 * random.Next(0, 2),
                maxHeadcount = random.Next(0, 2) == 0 ? 3 : (double?)null,
                maxHiresPerMonth = 1,
            });
            builder.Stage($"s{r}", 0.1 + 0.1 * random.Next(0, 4), 0.5 + random.Next(0, 6), [$"r{r}"], new { costPerUnit = 5.0 * random.Next(0, 3) });
        }
        builder.Segment("seg", random.Next(0, 3) == 0 ? 300 : 100_000, dealValue: 5000, marginRate: 0.5);
        var cashFloor = random.Next(0, 3) == 0;
        builder.With("finance", new { startingCash = 30_000, paymentDelayMonths = 1, minimumCash = cashFloor ? 0 : (double?)null });
        builder.With("delivery", new { adminCostPerDeal = 100 });
        // A target between nothing and what hiring every month would bring.
        var most = Evaluator.Evaluate(WithHires(builder.Validate(), Enumerable.Repeat(1, roles * months).ToArray())).Totals.Deals;
        var least = Evaluator.Evaluate(builder.Validate()).Totals.Deals;
        var target = Math.Round(least + (most - least) * (0.2 + 0.6 * random.NextDouble()), 1);
        builder.With("objectives", new[] { new { metric = "deals", atLeast = target, byMonth = months } });
        return builder.Validate();
    }

    /// <summary>The cheapest plan with 0 or 1 hire per role and month that meets the objective and the limits.</summary>
    private static (double? Cost, int Plans) Enumerate(ValidatedScenario scenario)
    {
        var sc = scenario.Scenario;
        int R = sc.Roles.Count, T = sc.HorizonMonths;
        var objective = sc.Objectives![0];
        double? cheapest = null;
        for (var mask = 0; mask < 1 << (R * T); mask++)
        {
            var hires = Enumerable.Range(0, R * T).Select(i => (mask >> i) & 1).ToArray();
            var e = Evaluator.Evaluate(WithHires(scenario, hires));
            if (e.Totals.Deals < objective.AtLeast!.Value - 1e-6 * Math.Max(1, objective.AtLeast.Value)) continue;
            if (sc.Finance?.MinimumCash is { } floor && e.Months.Any(m => m.Cash < floor - 1e-6)) continue;
            if (Enumerable.Range(0, R).Any(r => sc.Roles[r].MaxHeadcount is { } max && e.Months.Any(m => m.Role(r).Fte > max + 1e-9))) continue;
            if (cheapest is null || e.Totals.Costs < cheapest) cheapest = e.Totals.Costs;
        }
        return (cheapest, 1 << (R * T));
    }

    private static ValidatedScenario WithHires(ValidatedScenario scenario, int[] hires)
    {
        var sc = scenario.Scenario;
        var T = sc.HorizonMonths;
        var roles = sc.Roles.Select((role, r) =>
        {
            var cohorts = Enumerable.Range(0, T).Where(t => hires[r * T + t] > 0).Select(t => new Hire(t + 1, 1)).ToList();
            return role with { Hires = cohorts.Count > 0 ? new ValueArray<Hire>(cohorts) : null };
        });
        return ScenarioValidator.Validate(sc with { Roles = new ValueArray<Role>(roles) }).GetValueOrThrow();
    }
}
