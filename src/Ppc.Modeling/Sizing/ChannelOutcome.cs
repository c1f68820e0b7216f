namespace Ppc.Modeling.Sizing;

/// <summary>
/// One column of recommendation 8's financial study: the same objectives sized with one channel
/// (in-house staff, the external call centre, resellers) or with every channel.
/// </summary>
public sealed record ChannelOutcome
{
    /// <summary>The channel's name: <c>staff</c>, <c>external</c>, <c>partners</c> or <c>all</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The decisions allowed (the others are fixed at zero; initial staff and partners stay).</summary>
    public required SizingChannels Channels { get; init; }

    /// <summary>The sizing, or null when no plan was found in time (see <see cref="Error"/>).</summary>
    public SizingResult? Result { get; init; }

    /// <summary>Why there is no result, or null.</summary>
    public string? Error { get; init; }

    /// <summary>Σ costs of the evaluated plan, in currency units.</summary>
    public double Cost => Result?.Cost ?? double.NaN;

    /// <summary>Σ contribution of the evaluated plan, in currency units.</summary>
    public double Contribution => Result?.Evaluation.Totals.Contribution ?? double.NaN;

    /// <summary>Deals signed over months 1..T.</summary>
    public double Deals => Result?.Evaluation.Totals.Deals ?? double.NaN;

    /// <summary>Σ costs per deal signed, or null when no deal is signed.</summary>
    public double? CostPerDeal => Result is { } r && r.Evaluation.Totals.Deals > 0 ? r.Cost / r.Evaluation.Totals.Deals : null;

    /// <summary>The lowest end-of-month cash over months 1..T, in currency units.</summary>
    public double CashLowPoint => Result?.Evaluation.Months.Min(m => m.Cash) ?? double.NaN;
}
