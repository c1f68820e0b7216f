using Ppc.Modeling.Collections;
using Ppc.Modeling.Sizing.Formulation;
using Ppc.Modeling.Sizing.Levels;
using Ppc.Modeling.Sizing.Model;
using Ppc.Modeling.Sizing.Plans;
using Ppc.Modeling.Sizing.Solver;

namespace Ppc.Modeling.Sizing.Prices;

/// <summary>
/// MODEL.md §5's shadow prices and causes. Continuous limits (maxHoursPerMonth, a market pool,
/// maxDealsPerMonth, minimumCash, budget) and objectives are priced by the LP with the plan's
/// integers and binaries fixed, one entry per binding month; integer limits (maxHeadcount,
/// maxHiresPerMonth, maxCount) by re-solving the last stage's MIP with the limit raised by one,
/// 0 when not reached. A missed objective's causes are the limits with a non-zero price in its
/// level's shortfall programme and the integer limits reached.
/// </summary>
internal static class ShadowPricer
{
    /// <summary>Prices the best plan's limits and objectives; the integer-limit re-solves run on up to <paramref name="threads"/> threads.</summary>
    public static PriceReport Price(Candidate best, Deadline deadline, int threads)
    {
        var run = best.Run;
        var m = run.Model;
        var minimize = run.Targets.Criterion.IsMinimized;
        var lp = LinearPrices.Solve(run, m.Program, run.Criterion, minimize);
        var limits = new List<BindingLimit>();
        foreach (var group in m.LimitTerms.GroupBy(term => (term.Limit, term.Month)))
        {
            if (!group.Any(term => lp.IsActive(term.Row))) continue;
            limits.Add(new BindingLimit(group.Key.Limit, group.Key.Month, lp.Improvement(group.Select(term => (term.Row, term.Coefficient)))));
        }
        for (var s = 0; s < m.S; s++)
        {
            foreach (var t in lp.ExhaustedMonths(s))
            {
                limits.Add(new BindingLimit(Limits.Segment(m.C, s), t + 1, lp.Improvement([(m.PoolRow[s * m.T + t], 1.0)])));
            }
        }
        var reached = m.IntegerLimits.Where(limit => Reached(limit, run.Values)).ToList();
        // The re-solves are independent MIPs, each single-threaded: side by side, each in its own slot.
        var integerPrices = new (double Price, string Solved)[reached.Count];
        SideBySide.For(reached.Count, threads, i => integerPrices[i] = IntegerLimitPrice(run, reached[i], deadline));
        var solved = new List<string>();
        for (var i = 0; i < reached.Count; i++)
        {
            limits.Add(new BindingLimit(reached[i].Limit, null, integerPrices[i].Price));
            if (integerPrices[i].Solved.Length > 0) solved.Add(integerPrices[i].Solved);
        }
        var prices = Enumerable.Range(0, run.Targets.Objectives.Count).Select(j => best.Objectives[j].Met ? lp.Worsening(j) : 0).ToArray();
        var causes = Causes(best, reached);
        return new PriceReport(new ValueArray<BindingLimit>(limits.OrderBy(l => l.Limit, StringComparer.Ordinal).ThenBy(l => l.Month ?? 0)), prices, causes, solved);
    }

    /// <summary>Whether the plan has reached an integer limit: one more hire, person or partner would break it.</summary>
    private static bool Reached(IntegerLimit limit, IReadOnlyList<double> values)
    {
        var peak = limit.Usage.Max(usage => usage.Evaluate(values));
        return limit.Variables.Count > 0 ? peak >= limit.Value - 1e-6 : peak > limit.Value - 1 + 1e-9;
    }

    /// <summary>
    /// The criterion's improvement when the last stage's MIP is re-solved with the limit raised by one,
    /// and the line that reports the solve (empty when there was no time for it).
    /// </summary>
    private static (double Price, string Solved) IntegerLimitPrice(LevelRun run, IntegerLimit limit, Deadline deadline)
    {
        if (!deadline.HasTime) return (0, "");
        var lp = run.Model.Program.Clone();
        foreach (var row in limit.Rows)
        {
            var data = lp.RowAt(row.Index);
            lp.SetRowBounds(row, data.Lower, data.Upper + 1);
        }
        foreach (var v in limit.Variables) lp.SetBounds(v, lp.LowerBound(v.Index), lp.UpperBound(v.Index) + 1);
        lp.SetObjective(run.Criterion, run.Targets.Criterion.IsMinimized);
        // Each re-solve gets at most a tenth of the whole time limit: its incumbent then gives a lower estimate.
        var share = TimeSpan.FromTicks(Math.Min(deadline.Remaining.Ticks, deadline.Limit.Ticks / 10));
        // The plan stays feasible when a limit is raised: handed to SCIP as its first incumbent, it spares the
        // search for one (industrial-equipment.json: each re-solve proven in about 5 s instead of cut at 12 s).
        var outcome = OrToolsAdapter.Solve(lp, new SolveSettings { TimeLimit = share, Hint = Rounded(lp, run.Values) }, deadline.CancellationToken);
        var solved = $"{limit.Limit} + 1 {outcome.Status} {outcome.WallTime.TotalMilliseconds:F0} ms";
        if (!outcome.HasSolution) return (0, solved);
        var change = run.Criterion.Evaluate(outcome.Values) - run.ModelCriterion;
        var improvement = run.Targets.Criterion.IsMinimized ? -change : change;
        return (Math.Max(0, improvement) < 1e-9 * Math.Max(1, Math.Abs(run.ModelCriterion)) ? 0 : Math.Max(0, improvement), solved);
    }

    /// <summary>The plan's values with its integers and binaries rounded, as SCIP accepts a starting solution.</summary>
    private static double[] Rounded(LinearProgram lp, IReadOnlyList<double> values)
    {
        var hint = values.ToArray();
        for (var j = 0; j < hint.Length; j++) if (lp.Kind(j) != VariableKind.Continuous) hint[j] = Math.Round(hint[j]);
        return hint;
    }

    /// <summary>For each missed objective: limits priced non-zero in its level's shortfall programme, and integer limits reached.</summary>
    private static string[][] Causes(Candidate best, List<IntegerLimit> reached)
    {
        var run = best.Run;
        var m = run.Model;
        var causes = new string[best.Objectives.Count][];
        foreach (var level in best.Objectives.Where(o => !o.Met).Select(o => o.Priority).Distinct())
        {
            var program = m.Program.Clone();
            var sum = new LinearExpression();
            for (var j = 0; j < best.Objectives.Count; j++)
            {
                if (best.Objectives[j].Priority < level) continue;
                program.SetBounds(run.Shortfalls[j], 0, double.PositiveInfinity);
                if (best.Objectives[j].Priority == level) sum.Add(run.Shortfalls[j], 1 / LevelTargets.Scale(best.Objectives[j].Target));
            }
            var lp = LinearPrices.Solve(run, program, sum, minimize: true);
            // Each limit relaxed in every month at once: does the level's shortfall move?
            var names = m.LimitTerms.GroupBy(term => term.Limit)
                .Where(group => lp.Matters(group.Select(term => (term.Row, term.Coefficient))))
                .Select(group => group.Key)
                .Concat(Enumerable.Range(0, m.S).Where(s => lp.Matters(Enumerable.Range(0, m.T).Select(t => (m.PoolRow[s * m.T + t], 1.0))))
                    .Select(s => Limits.Segment(m.C, s)))
                .Concat(reached.Select(limit => limit.Limit))
                .Distinct()
                .ToArray();
            for (var j = 0; j < best.Objectives.Count; j++)
            {
                if (!best.Objectives[j].Met && best.Objectives[j].Priority == level) causes[j] = names;
            }
        }
        return causes;
    }
}

/// <summary>What <see cref="ShadowPricer"/> found.</summary>
/// <param name="BindingLimits">The binding limits with their prices.</param>
/// <param name="ObjectivePrices">Each objective's worsening per unit of target (0 for a missed one).</param>
/// <param name="Causes">Each missed objective's causes (null for a met one).</param>
/// <param name="Solved">The MIPs re-solved for integer limits.</param>
internal sealed record PriceReport(ValueArray<BindingLimit> BindingLimits, double[] ObjectivePrices, string[]?[] Causes, List<string> Solved);
