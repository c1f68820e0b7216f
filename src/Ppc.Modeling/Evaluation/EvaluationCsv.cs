using System.Globalization;
using CsvHelper;

namespace Ppc.Modeling.Evaluation;

/// <summary>
/// Writes an evaluation as CSV: one row per month, flat columns (<c>month</c>, the company-wide
/// figures, <c>costBreakdown.staff</c>..., then <c>roles.&lt;id&gt;.fte</c>, <c>stages.&lt;id&gt;.served</c>,
/// <c>segments.&lt;id&gt;.deals</c>...), invariant culture, empty cell for an unlimited capacity.
/// </summary>
public static class EvaluationCsv
{
    private static readonly string[] Flows = ["deals", "bookings", "delivered", "revenue", "margin", "costs"];
    private static readonly string[] RoleColumns = ["fte", "hours", "cost"];
    private static readonly string[] StageColumns = ["served", "queue", "capacity", "utilisation", "binding"];
    private static readonly string[] SegmentColumns = ["deals", "bookings", "revenue", "penetration"];
    private static readonly string[] Costs = ["staff", "hiring", "external", "units", "variable", "admin", "afterSales", "partners", "fixed"];

    /// <summary>Writes the evaluation to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="result">The evaluation.</param>
    public static void Write(TextWriter writer, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Model;
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in Header(result)) csv.WriteField(name);
        csv.NextRecord();
        foreach (var m in result.Months)
        {
            var b = m.CostBreakdown;
            Fields(csv, m.Month, m.Deals, m.Bookings, m.Delivered, m.Revenue, m.Margin, m.Costs,
                b.Staff, b.Hiring, b.External, b.Units, b.Variable, b.Admin, b.AfterSales, b.Partners, b.Fixed,
                m.Contribution, m.Cash, m.Clients);
            for (var r = 0; r < c.RoleIds.Count; r++)
            {
                var f = m.Role(r);
                Fields(csv, f.Fte, f.Hours, f.Cost);
            }
            for (var k = 0; k < c.StageIds.Count; k++)
            {
                var f = m.Stage(k);
                Fields(csv, f.Served, f.Queue);
                csv.WriteField(f.Capacity is { } capacity ? capacity.ToString("R", CultureInfo.InvariantCulture) : "");
                Fields(csv, f.Utilisation, f.Binding ? 1 : 0);
            }
            for (var s = 0; s < c.SegmentIds.Count; s++)
            {
                var f = m.Segment(s);
                Fields(csv, f.Deals, f.Bookings, f.Revenue, f.Penetration);
            }
            csv.NextRecord();
        }
    }

    /// <summary>The column names, in order.</summary>
    /// <param name="result">The evaluation.</param>
    /// <returns>The header row.</returns>
    public static IReadOnlyList<string> Header(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Model;
        var header = new List<string> { "month" };
        header.AddRange(Flows);
        header.AddRange(Costs.Select(x => "costBreakdown." + x));
        header.AddRange(["contribution", "cash", "clients"]);
        foreach (var id in c.RoleIds) header.AddRange(RoleColumns.Select(x => $"roles.{id}.{x}"));
        foreach (var id in c.StageIds) header.AddRange(StageColumns.Select(x => $"stages.{id}.{x}"));
        foreach (var id in c.SegmentIds) header.AddRange(SegmentColumns.Select(x => $"segments.{id}.{x}"));
        return header;
    }

    private static void Fields(CsvWriter csv, params ReadOnlySpan<double> values)
    {
        foreach (var v in values) csv.WriteField(v.ToString("R", CultureInfo.InvariantCulture));
    }
}
