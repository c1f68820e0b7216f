using Ppc.Modeling.Collections;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Sizing;

/// <summary>
/// Make or buy (recommendation 8): sizes the same objectives with in-house staff only, with the
/// external roles only (when the scenario has one), with partners only (when it has some), and with
/// everything allowed. Each run fixes the other channels' decisions at zero (no hires, no bought
/// hours, no recruits); initial staff and partners stay; each run has the whole time limit. The runs
/// are solved side by side, up to <see cref="SizingOptions.MaxDegreeOfParallelism"/> at once.
/// </summary>
public static class ChannelComparison
{
    /// <summary>Sizes each channel, side by side.</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="options">The request (its <see cref="SizingOptions.Channels"/> is ignored).</param>
    /// <param name="cancellationToken">Stops the current solve.</param>
    /// <returns>One outcome per channel compared, then <c>all</c>.</returns>
    public static ValueArray<ChannelOutcome> Compare(ValidatedScenario scenario, SizingOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var sc = scenario.Scenario;
        var runs = new List<(string Name, SizingChannels Channels)> { ("staff", SizingChannels.Staff) };
        if (sc.Roles.Any(r => r.Kind == RoleKind.External)) runs.Add(("external", SizingChannels.External));
        if (sc.Partners is { Count: > 0 }) runs.Add(("partners", SizingChannels.Partners));
        runs.Add(("all", SizingChannels.All));
        var request = options ?? new SizingOptions();
        var threads = Sizer.Resolve(sc, request).Threads;
        // The runs are independent: side by side, each with its share of the threads for its own re-solves.
        var inner = Math.Max(1, threads / Math.Min(threads, runs.Count));
        var outcomes = new ChannelOutcome[runs.Count];
        SideBySide.For(runs.Count, threads, i =>
        {
            var (name, channels) = runs[i];
            try
            {
                var result = Sizer.Size(scenario, request with { Channels = channels, MaxDegreeOfParallelism = inner }, cancellationToken);
                outcomes[i] = new ChannelOutcome { Name = name, Channels = channels, Result = result };
            }
            catch (SizingException ex)
            {
                outcomes[i] = new ChannelOutcome { Name = name, Channels = channels, Error = ex.Message };
            }
        });
        return new ValueArray<ChannelOutcome>(outcomes);
    }
}
