using Ppc.Modeling.Scenarios;
using Ppc.Modeling.Sizing.Formulation;

namespace Ppc.Modeling.Sizing.Model;

/// <summary>
/// The money of §2, linear in the flows and decisions: bookings, revenue, margin, the nine cost
/// lines (variable pay on direct bookings, commission on partner bookings), clients and cash; and
/// the monthly series of every objective metric.
/// </summary>
internal static class MoneyBuilder
{
    public static void Build(SizingModel m)
    {
        var c = m.C;
        int T = m.T;
        var series = Enum.GetValues<ObjectiveMetric>().ToDictionary(x => x, _ => new LinearExpression[T]);
        m.Costs = new Variable[T];
        m.Cash = new Variable[T];
        var clients = new Variable[T];
        for (var t = 0; t < T; t++)
        {
            var deals = new LinearExpression();
            var bookings = new LinearExpression();
            var delivered = new LinearExpression();
            var revenue = new LinearExpression();
            var margin = new LinearExpression();
            for (var s = 0; s < m.S; s++)
            {
                var value = c.Means.DealValue[s];
                deals.Add(m.Deals[s * T + t]);
                bookings.Add(m.Deals[s * T + t], value);
                delivered.Add(m.Delivered[s * T + t]);
                revenue.Add(m.Delivered[s * T + t], value);
                margin.Add(m.Delivered[s * T + t], value * c.Means.MarginRate[s]);
            }
            clients[t] = m.Program.NonNegative($"clients[{t + 1}]");
            var before = t == 0 ? new LinearExpression() : LinearExpression.Of(clients[t - 1]);
            m.Program.AddEquality(LinearExpression.Of(clients[t]).Add(before, -1).Add(delivered, -1), 0, $"clientsBalance[{t + 1}]");
            m.Costs[t] = m.Program.AddVariable(double.NegativeInfinity, double.PositiveInfinity, VariableKind.Continuous, $"costs[{t + 1}]");
            m.Program.AddEquality(LinearExpression.Of(m.Costs[t]).Add(CostLines(m, t, deals, clients[t]), -1), 0, $"costsBalance[{t + 1}]");
            (series[ObjectiveMetric.Deals][t], series[ObjectiveMetric.Bookings][t]) = (deals, bookings);
            (series[ObjectiveMetric.Revenue][t], series[ObjectiveMetric.Margin][t]) = (revenue, margin);
            series[ObjectiveMetric.Costs][t] = LinearExpression.Of(m.Costs[t]);
            series[ObjectiveMetric.Contribution][t] = margin.Copy().Add(m.Costs[t], -1);
            series[ObjectiveMetric.Clients][t] = LinearExpression.Of(clients[t]);
            series[ObjectiveMetric.Penetration][t] = LinearExpression.Of(clients[t], 1 / c.Accounts.Sum()).AddConstant(c.ExistingClients.Sum() / c.Accounts.Sum());
        }
        for (var t = 0; t < T; t++)
        {
            m.Cash[t] = m.Program.AddVariable(double.NegativeInfinity, double.PositiveInfinity, VariableKind.Continuous, $"cash[{t + 1}]");
            var paid = t - c.PaymentDelayMonths;
            var change = LinearExpression.Of(m.Cash[t]).Add(m.Costs[t]).Add(series[ObjectiveMetric.Revenue][t]).Add(series[ObjectiveMetric.Margin][t], -1);
            if (paid >= 0) change.Add(series[ObjectiveMetric.Revenue][paid], -1);
            if (t > 0) change.Add(m.Cash[t - 1], -1);
            else change.AddConstant(-c.StartingCash);
            m.Program.AddEquality(change, 0, $"cashBalance[{t + 1}]");
            series[ObjectiveMetric.Cash][t] = LinearExpression.Of(m.Cash[t]);
        }
        foreach (var (metric, values) in series) m.Monthly[metric] = values;
    }

    /// <summary>staff + hiring + external + units + variable + admin + afterSales + partners + fixed, in month t.</summary>
    private static LinearExpression CostLines(SizingModel m, int t, LinearExpression deals, Variable clients)
    {
        var c = m.C;
        int T = m.T, K = m.K, S = m.S;
        var costs = LinearExpression.FromConstant(c.FixedCostPerMonth);
        double payRate = 0;
        for (var r = 0; r < m.R; r++)
        {
            if (c.IsStaff[r])
            {
                costs.Add(m.Fte[r * T + t], c.MonthlyCost[r]);
                costs.Add(m.Hire[r * T + t]!.Value, c.HiringCost[r]);
                payRate += c.VariablePayRate[r];
            }
            else
            {
                costs.Add(m.Bought[r * T + t]!.Value, c.PricePerHour[r]);
            }
        }
        for (var s = 0; s < S; s++)
        {
            var value = c.Means.DealValue[s];
            costs.Add(m.DirectDeals[s * T + t], payRate * value);
            for (var k = 0; k < K; k++) costs.Add(m.Served[(s * K + k) * T + t], c.CostPerUnit[k]);
            for (var p = 0; p < m.P; p++) costs.Add(m.PartnerDeals[(p * S + s) * T + t], c.CommissionRate[p] * value);
        }
        for (var p = 0; p < m.P; p++) costs.Add(m.Recruit[p * T + t]!.Value, c.RecruitmentCost[p]);
        costs.Add(deals, c.AdminCostPerDeal);
        costs.Add(clients, c.AfterSalesCostPerClient);
        return costs;
    }
}
