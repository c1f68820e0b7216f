using Ppc.Modeling.Collections;
using static Ppc.Modeling.Scenarios.Json.JsonReadContext;
using static Ppc.Modeling.Scenarios.Validation.MessageText;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// What every rule needs: the scenario, its horizon T when valid, its ids, and the issues found so
/// far, with the checks shared by all rules (ranges, months, pmfs, sums, references). Each check
/// reports through <see cref="Error"/>, so every message has the same shape.
/// </summary>
internal sealed class RuleContext
{
    public const int MaxHorizon = 120;
    public const double SumTolerance = 1e-9;

    public RuleContext(Scenario scenario)
    {
        Scenario = scenario;
        Horizon = scenario.HorizonMonths is >= 1 and <= MaxHorizon ? scenario.HorizonMonths : null;
        Roles = scenario.Roles ?? ValueArray<Role>.Empty;
        Stages = scenario.Stages ?? ValueArray<Stage>.Empty;
        Segments = scenario.Segments ?? ValueArray<Segment>.Empty;
        RoleIds = new IdIndex("$.roles", Roles.Select(r => r?.Id));
        StageIds = new IdIndex("$.stages", Stages.Select(k => k?.Id));
        SegmentIds = new IdIndex("$.segments", Segments.Select(s => s?.Id));
    }

    public Scenario Scenario { get; }

    /// <summary>T when horizonMonths is 1..120; null otherwise, and the rules that depend on T are skipped.</summary>
    public int? Horizon { get; }

    public IReadOnlyList<Role> Roles { get; }

    public IReadOnlyList<Stage> Stages { get; }

    public IReadOnlyList<Segment> Segments { get; }

    public IdIndex RoleIds { get; }

    public IdIndex StageIds { get; }

    public IdIndex SegmentIds { get; }

    private readonly List<(ScenarioIssue Issue, string[] DependsOn)> _issues = [];

    /// <summary>Every issue, except those about values the reader could not read (see <see cref="UnreadableValues"/>).</summary>
    public List<ScenarioIssue> Issues(IReadOnlySet<string> unreadable) =>
        [.. _issues.Where(i => !UnreadableValues.Affect(unreadable, i.Issue.Path, i.DependsOn)).Select(i => i.Issue)];

    /// <summary>Reports an error; <paramref name="dependsOn"/> names the other values the rule read (see <see cref="UnreadableValues"/>).</summary>
    public void Error(string path, string found, string allowed, params string[] dependsOn) =>
        _issues.Add((new ScenarioIssue(path, MessageText.Error(found, allowed)), dependsOn));

    public void Warning(string path, string found, string advice, params string[] dependsOn) =>
        _issues.Add((new ScenarioIssue(path, MessageText.Warning(found, advice), IssueSeverity.Warning), dependsOn));

    /// <summary>Runs <paramref name="check"/> on every item with its path; a null item is an error.</summary>
    public void Each<T>(string arrayPath, IReadOnlyList<T?>? items, Action<T, string> check)
        where T : class
    {
        if (items is null) return;
        for (var i = 0; i < items.Count; i++)
        {
            var path = Index(arrayPath, i);
            if (items[i] is { } item) check(item, path);
            else Error(path, "null", "every entry must be an object");
        }
    }

    /// <summary>Runs <paramref name="check"/> on every entry of an id-keyed map with its path.</summary>
    public void EachEntry<T>(string mapPath, ValueMap<T>? map, Action<string, T, string> check)
    {
        if (map is null) return;
        foreach (var (key, value) in map) check(key, value, Child(mapPath, key));
    }

    public bool NonNegative(string path, double? value, string? subject = null) =>
        Check(path, value, v => double.IsFinite(v) && v >= 0, $"{subject ?? Subject(path)} must be finite and at least 0");

    public bool Probability(string path, double? value, string? subject = null) =>
        Check(path, value, v => v is >= 0 and <= 1, $"{subject ?? Subject(path)} must be between 0 and 1");

    public bool Positive(string path, double? value) =>
        Check(path, value, v => double.IsFinite(v) && v > 0, $"{Subject(path)} must be finite and above 0");

    public bool OpenUnit(string path, double? value) =>
        Check(path, value, v => v is > 0 and < 1, $"{Subject(path)} must be strictly between 0 and 1");

    public bool Finite(string path, double? value) =>
        Check(path, value, double.IsFinite, $"{Subject(path)} must be a finite number");

    public bool AtLeast(string path, double? value, double min) =>
        Check(path, value, v => double.IsFinite(v) && v >= min, $"{Subject(path)} must be finite and at least {Number(min)}");

    public bool Whole(string path, long? value, long min, long max = long.MaxValue, string note = "")
    {
        if (value is not { } v || (v >= min && v <= max)) return true;
        var range = max == long.MaxValue ? $"a whole number at least {Number(min)}"
            : min == max ? Number(min)
            : $"a whole number from {Number(min)} to {Number(max)}";
        Error(path, Number(v), $"{Subject(path)} must be {range}{note}");
        return false;
    }

    /// <summary>A month within 1..T; skipped when the horizon itself is invalid.</summary>
    public void Month(string path, int? month)
    {
        if (Horizon is { } t) Whole(path, month, 1, t, " (horizonMonths)");
    }

    /// <summary>A per-month array has exactly T entries; false (and nothing reported) when T is unknown.</summary>
    public bool HasHorizonLength<T>(string path, IReadOnlyList<T> values, string? subject = null)
    {
        if (Horizon is not { } t) return false;
        if (values.Count == t) return true;
        Error(path, $"{values.Count} entries", $"{subject ?? Subject(path)} must have exactly one entry per month: {t} (horizonMonths)");
        return false;
    }

    /// <summary>
    /// The largest magnitude a scenario number may have (1e15: a quadrillion euros, accounts or hours). Sums,
    /// products and draws of such numbers stay finite and whole counts stay exact in a double (up to 2^53).
    /// </summary>
    public const double MaxMagnitude = 1e15;

    private bool Check(string path, double? value, Func<double, bool> valid, string allowed)
    {
        if (value is not { } v) return true;
        if (!valid(v))
        {
            Error(path, Number(v), allowed);
            return false;
        }
        if (Math.Abs(v) <= MaxMagnitude) return true;
        Error(path, Number(v), $"{Subject(path)} must be at most 1e15 in size, the largest number a scenario may hold");
        return false;
    }

    /// <summary>
    /// Values that must sum to 1 within 1e-9 (shares, a pmf); the error names the path that holds them,
    /// and depends on <paramref name="valuePaths"/> (the holder itself when it holds nothing else).
    /// </summary>
    public bool SumsToOne(string path, IEnumerable<double> values, string what, string where, params string[] valuePaths)
    {
        var sum = values.Sum();
        if (Math.Abs(sum - 1) <= SumTolerance) return true;
        Error(path, $"a sum of {Sum(sum)}{where}", $"{what} must sum to 1 (within 1e-9)", valuePaths);
        return false;
    }

    /// <summary>A delay pmf: non-empty, each entry finite and non-negative, summing to 1 within 1e-9.</summary>
    public void Pmf(string path, IReadOnlyList<double>? pmf)
    {
        if (pmf is null) return;
        if (pmf.Count == 0)
        {
            Error(path, "an empty list", "delayMonths must hold at least one probability (entry 0: the same month)");
            return;
        }
        var valid = true;
        for (var i = 0; i < pmf.Count; i++) valid &= NonNegative(Index(path, i), pmf[i]);
        if (valid) SumsToOne(path, pmf, "delayMonths (a probability per month of delay)", "", path);
    }

    /// <summary>Hires or recruits: each month within 1..T, each count at least 1.</summary>
    public void Cohorts(string path, ValueArray<Hire>? cohorts) =>
        Each(path, cohorts, (h, p) =>
        {
            Month(Child(p, "month"), h.Month);
            Whole(Child(p, "count"), h.Count, 1);
        });

    /// <summary>An id that must name an existing role, stage or segment.</summary>
    public bool Reference(string path, string id, IdIndex ids, string subject, string kind)
    {
        if (ids.Contains(id)) return true;
        Error(path, Quote(id), $"{subject} must name an existing {kind} ({List(ids.Ids)})", ids.Paths);
        return false;
    }

    /// <summary>Ids of roles, stages, segments or partners: non-empty and unique within their array.</summary>
    public void UniqueIds(string arrayPath, IReadOnlyList<string?> ids, string kind)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            var path = Child(Index(arrayPath, i), "id");
            if (string.IsNullOrEmpty(ids[i]))
            {
                Error(path, ids[i] is null ? "no id" : "an empty id", $"every {kind} needs a non-empty id");
            }
            else if (first.TryGetValue(ids[i]!, out var at))
            {
                Error(path, Quote(ids[i]), $"{kind} ids must be unique, and {Index(arrayPath, at)} already has this id");
            }
            else
            {
                first[ids[i]!] = i;
            }
        }
    }
}
