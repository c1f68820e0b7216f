using System.Text.Json.Nodes;
using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Simulation;

namespace Ppc.Modeling.Tests.Simulation;

public class ForecasterTests
{
    private static CompiledScenario Example(Func<JsonNode, JsonNode>? edit = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(TestFiles.Conformance("evaluate", "model-example.json")))!;
        if (edit is not null) json = edit(json);
        return CompiledScenario.Compile(ScenarioJson.Parse(json.ToJsonString()).GetValueOrThrow());
    }

    private static string Json(ForecastResult result) => ForecastJson.Write(result);

    private static ForecastResult Run(CompiledScenario model, ForecastOptions options) =>
        Forecaster.Forecast(model, options, null, TestContext.Current.CancellationToken);

    private static ForecastResult Run(ValidatedScenario scenario, ForecastOptions options) => Run(CompiledScenario.Compile(scenario), options);

    private static ForecastPartial RunRange(CompiledScenario model, ForecastOptions options) =>
        Forecaster.ForecastRange(model, options, null, TestContext.Current.CancellationToken);

    [Fact]
    public void Same_seed_gives_bit_identical_json_with_1_2_threads_and_7_merged_partitions()
    {
        var model = Example();
        var one = Json(Run(model, new ForecastOptions { Trials = 3500, Seed = 42, MaxDegreeOfParallelism = 1 }));
        var two = Json(Run(model, new ForecastOptions { Trials = 3500, Seed = 42, MaxDegreeOfParallelism = 2 }));
        var bounds = new[] { 0, 400, 1000, 1001, 2000, 2600, 3100, 3500 };
        var parts = Enumerable.Range(0, 7).Select(i => RunRange(model,
            new ForecastOptions { Trials = bounds[i + 1] - bounds[i], FirstTrial = bounds[i], Seed = 42, MaxDegreeOfParallelism = 1 + i % 2 }));
        var seven = Json(ForecastPartial.Merge(parts.Reverse().ToList()).ToResult());

        Assert.Equal(one, two);
        Assert.Equal(one, seven);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Cash_at_the_horizon_is_the_starting_cash_plus_the_revenue_paid_less_the_costs(int paymentDelay)
    {
        var model = Example(json =>
        {
            json["finance"]!["paymentDelayMonths"] = paymentDelay;
            return json;
        });
        var result = Run(model, new ForecastOptions { Trials = 2000, Seed = 5 });
        var T = result.HorizonMonths;
        var expected = model.Source.Scenario.Finance!.StartingCash!.Value;
        for (var t = 1; t <= T; t++)
        {
            var revenue = result.Month(t, ForecastMetric.Revenue).Mean;
            if (t + paymentDelay <= T) expected += revenue;   // paid paymentDelay months after delivery
            expected -= revenue - result.Month(t, ForecastMetric.Margin).Mean + result.Month(t, ForecastMetric.Costs).Mean;
        }

        // Means are linear: the mean of each trial's cash identity is the identity of the means.
        Assert.Equal(expected, result.Month(T, ForecastMetric.Cash).Mean, 1e-9 * Math.Abs(expected) + 1e-6);
    }

    [Fact]
    public void A_run_large_enough_for_bucketed_percentiles_is_bit_identical_with_1_and_2_threads_and_merged_halves()
    {
        var model = Example();
        const int trials = 20_000; // above the 16,384 values from which percentiles come from buckets
        var one = Json(Run(model, new ForecastOptions { Trials = trials, Seed = 5, MaxDegreeOfParallelism = 1 }));
        var two = Json(Run(model, new ForecastOptions { Trials = trials, Seed = 5, MaxDegreeOfParallelism = 2 }));
        var halves = ForecastPartial.Merge(
            RunRange(model, new ForecastOptions { Trials = 9_000, Seed = 5 }),
            RunRange(model, new ForecastOptions { Trials = trials - 9_000, FirstTrial = 9_000, Seed = 5 })).ToResult();

        Assert.Equal(one, two);
        Assert.Equal(one, Json(halves));
    }

    [Fact]
    public void The_statistics_keep_the_thread_limit_of_the_run_and_a_merge_uses_every_core()
    {
        var model = Example();
        var limited = RunRange(model, new ForecastOptions { Trials = 1000, MaxDegreeOfParallelism = 1 });
        var free = RunRange(model, new ForecastOptions { Trials = 1000, FirstTrial = 1000 });

        Assert.Equal(1, limited.MaxDegreeOfParallelism);
        Assert.Null(free.MaxDegreeOfParallelism);
        Assert.Null(ForecastPartial.Merge(limited, free).MaxDegreeOfParallelism);
    }

    [Fact]
    public void Different_seeds_give_different_numbers()
    {
        var model = Example();
        var a = Run(model, new ForecastOptions { Trials = 1000, Seed = 1 });
        var b = Run(model, new ForecastOptions { Trials = 1000, Seed = 2 });

        Assert.NotEqual(a.Cumulative(12, ForecastMetric.Revenue).Mean, b.Cumulative(12, ForecastMetric.Revenue).Mean);
    }

    [Fact]
    public void A_partial_result_written_and_read_back_gives_the_same_forecast()
    {
        var model = Example();
        var partial = RunRange(model, new ForecastOptions { Trials = 1200, FirstTrial = 5000, Seed = 3 });
        using var stream = new MemoryStream();
        partial.WriteTo(stream);
        stream.Position = 0;

        var read = ForecastPartial.ReadFrom(stream);

        Assert.Equal(5000, read.FirstTrial);
        Assert.Equal(1200, read.Trials);
        Assert.Equal(Json(partial.ToResult()), Json(read.ToResult()));
    }

    private static byte[] WrittenPartial()
    {
        using var stream = new MemoryStream();
        RunRange(Example(), new ForecastOptions { Trials = 300, Seed = 3 }).WriteTo(stream);
        return stream.ToArray();
    }

    private static InvalidDataException ReadFails(byte[] bytes) =>
        Assert.Throws<InvalidDataException>(() => ForecastPartial.ReadFrom(new MemoryStream(bytes)));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void A_partial_result_with_one_changed_bit_is_refused_as_damaged(double where)
    {
        var bytes = WrittenPartial();
        bytes[(int)(bytes.Length * where)] ^= 0x10;

        Assert.StartsWith("This partial forecast is damaged", ReadFails(bytes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_partial_result_is_refused()
    {
        var bytes = WrittenPartial();

        Assert.Equal("The partial forecast is truncated.", ReadFails(bytes[..^10]).Message);
    }

    [Fact]
    public void A_partial_result_of_another_format_version_is_refused_saying_so()
    {
        var bytes = WrittenPartial();
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), 1);

        Assert.Equal("This partial forecast has format version 1; this version of Ppc.Modeling reads version 2: run the range again.", ReadFails(bytes).Message);
    }

    [Fact]
    public void Merging_ranges_with_a_gap_or_another_seed_is_refused()
    {
        var model = Example();
        var a = RunRange(model, new ForecastOptions { Trials = 1000, FirstTrial = 0, Seed = 1 });
        var gap = RunRange(model, new ForecastOptions { Trials = 1000, FirstTrial = 1500, Seed = 1 });
        var otherSeed = RunRange(model, new ForecastOptions { Trials = 1000, FirstTrial = 1000, Seed = 2 });

        Assert.Contains("adjacent", Assert.Throws<ArgumentException>(() => ForecastPartial.Merge(a, gap)).Message, StringComparison.Ordinal);
        Assert.Contains("different runs", Assert.Throws<ArgumentException>(() => ForecastPartial.Merge(a, otherSeed)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_during_a_block_stops_the_run_at_the_next_block_and_returns_nothing()
    {
        var model = Example();
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.TrialsDone >= 2 * Forecaster.BlockSize) cancellation.Cancel();
        });
        ForecastResult? result = null;

        Assert.ThrowsAny<OperationCanceledException>(() => result = Forecaster.Forecast(model,
            new ForecastOptions { Trials = 10 * Forecaster.BlockSize, MaxDegreeOfParallelism = 1 }, progress, cancellation.Token));

        Assert.Null(result);
        Assert.Equal(2 * Forecaster.BlockSize, progress.Last.TrialsDone);
    }

    [Fact]
    public void Objective_probability_is_1_far_below_the_mean_0_far_above_and_about_half_at_the_median()
    {
        var median = Run(Example(), new ForecastOptions { Trials = 20_000, Seed = 5 }).Cumulative(12, ForecastMetric.Revenue).P50;
        var model = Example(json =>
        {
            json["objectives"] = JsonNode.Parse($$"""
                [ { "metric": "revenue", "atLeast": 1 },
                  { "metric": "revenue", "atLeast": 1e12 },
                  { "metric": "revenue", "atLeast": {{median}} } ]
                """);
            return json;
        });

        var result = Run(model, new ForecastOptions { Trials = 20_000, Seed = 6 });

        Assert.Equal(1.0, result.Objectives[0].Probability);
        Assert.Equal(0.0, result.Objectives[1].Probability);
        Assert.InRange(result.Objectives[2].Probability, 0.48, 0.52);
        Assert.Equal(Math.Sqrt(result.Objectives[2].Probability * (1 - result.Objectives[2].Probability) / 20_000), result.Objectives[2].StandardError, 12);
        Assert.Equal(0.0, result.AllObjectivesProbability);
    }

    [Fact]
    public void Without_binding_capacity_after_stage_1_the_mean_deals_match_the_evaluator_within_3_standard_errors()
    {
        // One segment with a huge pool, one role of 20 people on stage 1 (no attrition, whole people),
        // stages 2..4 with no hours (unlimited): every rounding and conversion is unbiased, so the
        // expected deals per month are exactly the evaluator's.
        const string json = """
            { "schemaVersion": 1, "horizonMonths": 8,
              "roles": [ { "id": "tele", "kind": "staff", "headcount": 20, "hoursPerMonth": 130, "monthlyCost": 4000 } ],
              "stages": [
                { "id": "records", "performedBy": ["tele"], "hoursPerUnit": 0.25, "conversion": 0.3 },
                { "id": "calls", "conversion": 0.2, "delayMonths": [0.5, 0.5] },
                { "id": "meetings", "conversion": 0.5 },
                { "id": "deals", "conversion": 0.4, "delayMonths": [0.2, 0.3, 0.5] } ],
              "segments": [ { "id": "all", "accounts": 1000000, "dealValue": 10000, "marginRate": 0.4 } ] }
            """;
        var scenario = ScenarioJson.Parse(json.Replace("\"id\": \"deals\"", "\"id\": \"closing\"", StringComparison.Ordinal)).GetValueOrThrow();
        var evaluation = Evaluator.Evaluate(scenario);
        const int trials = 20_000;

        var forecast = Run(scenario, new ForecastOptions { Trials = trials, Seed = 11 });

        for (var t = 1; t <= 8; t++)
        {
            var stats = forecast.Month(t, ForecastMetric.Deals);
            Assert.InRange(stats.Mean - evaluation.Month(t).Deals, -3 * stats.Sd / Math.Sqrt(trials), 3 * stats.Sd / Math.Sqrt(trials));
        }
    }

    [Fact]
    public void With_binding_capacities_and_small_teams_the_mean_deals_fall_below_the_evaluator()
    {
        // The MODEL example binds at records and meetings: whole people, binomial attrition and
        // rationing lower the mean (MODEL.md §4 says about -6% deals).
        var model = Example();
        var expected = Evaluator.Evaluate(model).Totals.Deals;

        var forecast = Run(model, new ForecastOptions { Trials = 20_000, Seed = 7 });

        var mean = forecast.Cumulative(12, ForecastMetric.Deals);
        Assert.True(mean.Mean < expected - 5 * mean.Sd / Math.Sqrt(20_000), $"MC mean {mean.Mean} should be below the evaluator's {expected}");
        Assert.InRange(mean.Mean / expected, 0.90, 0.98);
    }

    [Fact]
    public void A_precision_target_stops_at_a_whole_block_once_met_whatever_the_thread_count()
    {
        var model = Example();
        var options = new ForecastOptions { Trials = 50_000, Seed = 9, Precision = 0.002 };

        var one = Run(model, options with { MaxDegreeOfParallelism = 1 });
        var two = Run(model, options with { MaxDegreeOfParallelism = 2 });

        Assert.Equal(Json(one), Json(two));
        Assert.True(one.Trials < 50_000);
        Assert.Equal(0, one.Trials % Forecaster.BlockSize);
        var revenue = one.Cumulative(12, ForecastMetric.Revenue);
        Assert.True(revenue.Sd / Math.Sqrt(one.Trials) / revenue.Mean <= 0.002);
        var oneBlockLess = Run(model, options with { Trials = one.Trials - Forecaster.BlockSize, Precision = null });
        var before = oneBlockLess.Cumulative(12, ForecastMetric.Revenue);
        Assert.True(before.Sd / Math.Sqrt(oneBlockLess.Trials) / before.Mean > 0.002);
    }

    [Theory]
    [InlineData(0, 1, null, null)]
    [InlineData(10, -1, null, null)]
    [InlineData(10, 1, 0, null)]
    [InlineData(10, 1, null, 0.0)]
    [InlineData(10, 1, null, double.NaN)]
    public void Invalid_options_are_refused_with_the_parameter_named(int trials, long seed, int? threads, double? precision)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Run(Example(),
            new ForecastOptions { Trials = trials, Seed = seed, MaxDegreeOfParallelism = threads, Precision = precision }));
        Assert.StartsWith("options.", ex.ParamName, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_link_is_listed_in_the_weakest_link_frequency_and_the_shares_sum_to_1()
    {
        var result = Run(Example(), new ForecastOptions { Trials = 2000 });

        Assert.Equal(["market", "records", "conversations", "appointments", "meetings", "opportunities", "delivery"], result.WeakestLinkFrequency.Keys);
        Assert.Equal(1.0, result.WeakestLinkFrequency.Sum(x => x.Value), 12);
    }

    private sealed class SynchronousProgress(Action<ForecastProgress> onReport) : IProgress<ForecastProgress>
    {
        public ForecastProgress Last { get; private set; }

        public void Report(ForecastProgress value)
        {
            Last = value;
            onReport(value);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_trial_with_more_deals_than_can_be_drawn_one_by_one_fails_with_a_message_naming_the_segment(bool deliveryCapped)
    {
        // 1e12 deals in the initial pipeline: the backlog would outgrow memory (capped delivery), or a month's
        // deal-by-deal draws would never end (unlimited delivery); both stop at once with a ForecastException.
        var model = Example(json =>
        {
            json["initialPipeline"]!["software-smb"]!["deals"]!.AsArray()[1] = 1e12;
            if (!deliveryCapped) json["delivery"]!.AsObject().Remove("maxDealsPerMonth");
            return json;
        });

        var exception = Assert.Throws<ForecastException>(() => Run(model, new ForecastOptions { Trials = 10, MaxDegreeOfParallelism = 2 }));

        Assert.Contains("segment 'software-smb'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("16,777,216", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deal_limit_leaves_a_scenario_with_many_deals_alone()
    {
        // 100,000 initial deals with unlimited delivery: well under the limit, drawn one by one as §4 says.
        var model = Example(json =>
        {
            json["initialPipeline"]!["software-smb"]!["deals"]!.AsArray()[1] = 100_000;
            json["delivery"]!.AsObject().Remove("maxDealsPerMonth");
            return json;
        });

        var result = Run(model, new ForecastOptions { Trials = 3, MaxDegreeOfParallelism = 1 });

        Assert.True(result.Month(2, ForecastMetric.Deals).Mean >= 100_000, $"month 2 deals {result.Month(2, ForecastMetric.Deals).Mean}");
    }

    [Fact]
    public void A_capacity_beyond_what_can_be_counted_works_like_an_unlimited_one()
    {
        // A thousand people of 1e15 hours a month: capacities beyond 2^53 units, which serve whatever comes.
        var huge = Run(Example(json =>
        {
            json["roles"]![0]!["hoursPerMonth"] = 1e15;
            json["roles"]![0]!["headcount"] = 1000;
            json["roles"]![0]!["maxHeadcount"] = 1000;
            return json;
        }), new ForecastOptions { Trials = 200, Seed = 3 });

        Assert.All(Enumerable.Range(1, huge.HorizonMonths), t => Assert.True(double.IsFinite(huge.Month(t, ForecastMetric.Deals).Mean)));
        Assert.True(huge.Cumulative(huge.HorizonMonths, ForecastMetric.Deals).Mean > 0);
    }

    [Fact]
    public void A_run_of_more_trial_months_than_an_array_holds_is_refused_before_it_starts()
    {
        var model = Example();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Run(model, new ForecastOptions { Trials = int.MaxValue }));

        Assert.Equal("options.Trials", error.ParamName);
        Assert.StartsWith("2,147,483,647 trials of 12 months are more than one run can hold", error.Message, StringComparison.Ordinal);
        Assert.Contains("trial ranges", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_store_takes_52_bytes_per_trial_month_and_2_per_trial()
    {
        // Three 32-bit counts (deals, delivered, clients), five doubles (bookings, revenue, margin, costs, cash), a short per trial.
        Assert.Equal(100_000L * (12 * 52 + 2), TrialStore.Bytes(12, 100_000));
        var store = new TrialStore(12, 0, 10);
        Assert.Equal(TrialStore.Bytes(12, 10), store.Counts.Sum(a => (long)a.Length * sizeof(int)) + store.Amounts.Sum(a => (long)a.Length * sizeof(double)) + store.WeakestLink.Length * sizeof(short));
    }
}
