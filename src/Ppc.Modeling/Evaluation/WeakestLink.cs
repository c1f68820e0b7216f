using System.Globalization;
using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Evaluation;

/// <summary>
/// The link that caps results ("results always equal the weakest link"): the market, a stage or
/// delivery, with every link's capacity in deals per month over the horizon (MODEL.md §3).
/// </summary>
public sealed class WeakestLink
{
    /// <summary>The id of the market link.</summary>
    public const string Market = "market";

    /// <summary>The id of the delivery link.</summary>
    public const string Delivery = "delivery";

    internal WeakestLink(EvaluationResult result)
    {
        var c = result.Model;
        var capacity = result.Data.LinkCapacity;
        var ids = new List<string> { Market };
        ids.AddRange(c.StageIds);
        ids.Add(Delivery);
        Links = new ValueArray<string>(ids);
        var index = result.Data.WeakestLink;
        Link = ids[index];
        var low = WeakestLinkFinder.Lowest(capacity);
        Tied = new ValueArray<string>(new[] { Link }.Concat(ids.Where((id, i) => i != index && WeakestLinkFinder.Ties(capacity[i], low))));
        Performers = new ValueMap<ValueArray<string>>(ids.Select((id, i) => new KeyValuePair<string, ValueArray<string>>(id,
            i == 0 || i == ids.Count - 1 ? ValueArray<string>.Empty
                : new ValueArray<string>(c.PerformersOfStage[i - 1].Select(r => c.RoleIds[r])))));
        CapacitiesDealsPerMonth = new ValueMap<double?>(ids.Select((id, i) =>
            new KeyValuePair<string, double?>(id, double.IsPositiveInfinity(capacity[i]) ? null : capacity[i])));
    }

    /// <summary>Every link in order: market, the stages in chain order, delivery.</summary>
    public ValueArray<string> Links { get; }

    /// <summary>The weakest link: <c>market</c>, a stage id or <c>delivery</c>.</summary>
    public string Link { get; }

    /// <summary>Every link within 1e-9 (relative) of the weakest, <see cref="Link"/> first.</summary>
    public ValueArray<string> Tied { get; }

    /// <summary>The roles that perform each link, in scenario order (market and delivery: none).</summary>
    public ValueMap<ValueArray<string>> Performers { get; }

    /// <summary>Each link's capacity in deals per month over the horizon; null when unlimited.</summary>
    public ValueMap<double?> CapacitiesDealsPerMonth { get; }

    /// <summary>
    /// A sentence a sales director can read, such as "The tele role is the weakest link (records,
    /// conversations and appointments tie): 5.7 deals a month; the market allows 9.3 and delivery 15."
    /// </summary>
    /// <returns>The sentence.</returns>
    public string Describe()
    {
        var capacity = CapacitiesDealsPerMonth[Link];
        var tiedStages = Tied.Where(l => l != Market && l != Delivery).ToList();
        var commonRole = tiedStages.Count > 1 && tiedStages.Count == Tied.Count
            ? tiedStages.Select(l => (IEnumerable<string>)Performers[l]).Aggregate((a, b) => a.Intersect(b)).FirstOrDefault()
            : null;
        string subject = Link switch
        {
            Market => "The market is the weakest link",
            Delivery => "Delivery capacity is the weakest link",
            _ when commonRole is not null => $"The {commonRole} role is the weakest link ({JoinWords(tiedStages)} tie)",
            _ => $"The {Link} stage is the weakest link" + (Performers[Link].Count > 0 ? $" (performed by {JoinWords(Performers[Link])})" : ""),
        };
        if (commonRole is null && Tied.Count > 1) subject += $", tied with {JoinWords(Tied.Skip(1))}";
        var market = Link == Market ? "" : $"the market allows {Number(CapacitiesDealsPerMonth[Market])}";
        var delivery = Link == Delivery ? "" : CapacitiesDealsPerMonth[Delivery] is null ? "delivery is unlimited" : $"delivery {Number(CapacitiesDealsPerMonth[Delivery])}";
        var others = string.Join(" and ", new[] { market, delivery }.Where(x => x.Length > 0));
        return $"{subject}: {Number(capacity)} deals a month" + (others.Length > 0 ? $"; {others}." : ".");
    }

    /// <summary>A rate for the sentence: "5.7", "384", "3.84E+12" past a trillion (no sentence of a hundred digits).</summary>
    private static string Number(double? value) =>
        value is { } v ? v.ToString(Math.Abs(v) >= 1e12 ? "0.##E+0" : Math.Abs(v) >= 10 ? "0" : "0.#", CultureInfo.InvariantCulture) : "unlimited";

    private static string JoinWords(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
