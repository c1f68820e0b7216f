using System.Globalization;
using CsvHelper;

namespace Ppc.Modeling.Sizing;

/// <summary>
/// Writes a sizing's plan as CSV, one row per month: <c>month</c>, <c>hires.&lt;role&gt;</c>,
/// <c>headcount.&lt;role&gt;</c>, <c>externalHours.&lt;role&gt;</c>, <c>partners.&lt;id&gt;</c>,
/// <c>allocation.&lt;role&gt;.&lt;stage&gt;</c>, then the evaluated <c>deals</c>, <c>revenue</c>,
/// <c>costs</c>, <c>contribution</c>, <c>cash</c>; invariant culture.
/// </summary>
public static class SizingCsv
{
    /// <summary>Writes the plan to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="result">The sizing.</param>
    public static void Write(TextWriter writer, SizingResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var plan = result.Plan;
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        var columns = new List<(string Name, Func<int, double> Value)>();
        columns.AddRange(plan.Hires.Select(e => ($"hires.{e.Key}", (Func<int, double>)(t => e.Value[t]))));
        columns.AddRange(plan.Headcount.Select(e => ($"headcount.{e.Key}", (Func<int, double>)(t => e.Value[t]))));
        columns.AddRange(plan.ExternalHours.Select(e => ($"externalHours.{e.Key}", (Func<int, double>)(t => e.Value[t]))));
        columns.AddRange(plan.Partners.Select(e => ($"partners.{e.Key}", (Func<int, double>)(t => e.Value[t]))));
        foreach (var (role, stages) in plan.Allocation)
        {
            columns.AddRange(stages.Select(e => ($"allocation.{role}.{e.Key}", (Func<int, double>)(t => e.Value[t]))));
        }
        var e = result.Evaluation;
        columns.Add(("deals", t => e.Month(t + 1).Deals));
        columns.Add(("revenue", t => e.Month(t + 1).Revenue));
        columns.Add(("costs", t => e.Month(t + 1).Costs));
        columns.Add(("contribution", t => e.Month(t + 1).Contribution));
        columns.Add(("cash", t => e.Month(t + 1).Cash));
        csv.WriteField("month");
        foreach (var column in columns) csv.WriteField(column.Name);
        csv.NextRecord();
        for (var t = 0; t < e.HorizonMonths; t++)
        {
            csv.WriteField((t + 1).ToString(CultureInfo.InvariantCulture));
            foreach (var column in columns) csv.WriteField(column.Value(t).ToString("R", CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
    }
}
