using Ppc.Modeling.Sizing;
using Ppc.Modeling.Tests.Evaluation;

namespace Ppc.Modeling.Tests.Sizing;

/// <summary>Shadow prices: signs, zero on slack limits, agreement with a finite difference (the sizing re-solved with the limit moved).</summary>
public sealed class ShadowPriceTests
{
    /// <summary>
    /// Two call centres on one stage: "cheap" at EUR 15 an hour, at most <paramref name="cheapHours"/> a
    /// month; "dear" at EUR 25, unlimited. 36 deals by month 3 need 360 hours: 300 cheap, 60 dear. An hour
    /// more of the cheap centre in any month saves EUR 10; a deal more costs 10 dear hours, EUR 250.
    /// </summary>
    private static ScenarioBuilder TwoCallCentres(double cheapHours = 100, double deals = 36, int? maxDeals = null, double dearHours = 10_000) =>
        ScenarioBuilder.Horizon(3)
        .External("cheap", new { hoursPerMonth = 0, pricePerHour = 15, maxHoursPerMonth = cheapHours })
        .External("dear", new { hoursPerMonth = 0, pricePerHour = 25, maxHoursPerMonth = dearHours })
        .Stage("calls", 0.1, 1, ["cheap", "dear"])
        .Segment("smb", 1_000_000, dealValue: 100, marginRate: 1)
        .With("allocation", new Dictionary<string, object> { ["cheap"] = new { calls = 1 }, ["dear"] = new { calls = 1 } })
        .With("delivery", new { maxDealsPerMonth = maxDeals ?? 1000 })
        .With("objectives", new[] { new { metric = "deals", atLeast = deals, byMonth = 3 } });

    [Fact]
    public void Should_Price_An_Hour_Of_The_Cheap_Centre_At_The_Difference_In_Price()
    {
        var result = SizingAssert.Size(TwoCallCentres().Validate());

        Assert.Equal(3 * 100 * 15 + 60 * 25, result.Cost, 1);
        var hours = result.BindingLimits.Where(l => l.Limit == "roles.cheap.maxHoursPerMonth").ToList();
        Assert.Equal([1, 2, 3], hours.Select(l => l.Month!.Value));
        Assert.All(hours, l => Assert.Equal(10, l.ShadowPrice, 4));
        Assert.Equal(250, result.Objectives[0].ShadowPrice, 3);
        Assert.Contains(result.Advice, a => a == "One more hour of cheap time in months 1, 2, 3 saves 10 each.");
        Assert.Contains(result.Advice, a => a.StartsWith("Raising the target on deals by month 3 by one deal costs 250", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Agree_With_A_Finite_Difference()
    {
        var baseline = SizingAssert.Size(TwoCallCentres().Validate());
        var relaxed = SizingAssert.Size(TwoCallCentres(cheapHours: 101).Validate());
        var harder = SizingAssert.Size(TwoCallCentres(deals: 37).Validate());

        var monthly = baseline.BindingLimits.Where(l => l.Limit == "roles.cheap.maxHoursPerMonth").Sum(l => l.ShadowPrice);
        Assert.Equal(baseline.Cost - relaxed.Cost, monthly, 1);
        Assert.Equal(harder.Cost - baseline.Cost, baseline.Objectives[0].ShadowPrice, 1);
    }

    [Fact]
    public void Should_Leave_Slack_Limits_Out_And_Never_Price_A_Relaxation_As_A_Loss()
    {
        var result = SizingAssert.Size(TwoCallCentres().Validate());

        Assert.DoesNotContain(result.BindingLimits, l => l.Limit == "roles.dear.maxHoursPerMonth");
        // Slack means a zero price: relaxing the dear centre's limit changes nothing.
        Assert.Equal(result.Cost, SizingAssert.Size(TwoCallCentres(dearHours: 20_000).Validate()).Cost, 6);
        Assert.DoesNotContain(result.BindingLimits, l => l.Limit == "delivery.maxDealsPerMonth");
        Assert.All(result.BindingLimits, l => Assert.True(l.ShadowPrice >= 0, $"{l.Limit} {l.Month}: {l.ShadowPrice}"));
    }

    [Fact]
    public void Should_Price_A_Binding_Delivery_Cap_By_What_It_Forces()
    {
        // Revenue counts delivered deals, at most 13 a month, and 36 must be delivered by month 3: the cap
        // binds, and relaxing it is never a loss.
        var scenario = TwoCallCentres(maxDeals: 13)
            .With("objectives", new[] { new { metric = "revenue", atLeast = 3600, byMonth = 3 } });

        var baseline = SizingAssert.Size(scenario.Validate());

        Assert.True(baseline.Objectives[0].Met);
        var caps = baseline.BindingLimits.Where(l => l.Limit == "delivery.maxDealsPerMonth").ToList();
        Assert.NotEmpty(caps);
        Assert.All(caps, l => Assert.True(l.ShadowPrice >= 0));
        SizingAssert.ReportsItsEvaluation(baseline);
    }
}
