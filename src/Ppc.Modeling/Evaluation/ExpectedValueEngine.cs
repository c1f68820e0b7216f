using Ppc.Modeling.Model;
using static Ppc.Modeling.Evaluation.EvaluationSeries;

namespace Ppc.Modeling.Evaluation;

/// <summary>
/// MODEL.md §2 with expected values: runs the month step t = 1..T in the order the model gives
/// (pool, partners, stage 1, stages 2..K, advance, deals, delivery, money) and fills an
/// <see cref="EvaluationData"/>. Allocation-free: every scratch array lives in a <see cref="Workspace"/>.
/// </summary>
internal static class ExpectedValueEngine
{
    public static void Run(CompiledScenario c, ModelParameters p, Workspace w, EvaluationData d)
    {
        ResourcePlan.Compute(c, p, w);
        Reset(c, w);
        var cash = c.StartingCash;
        for (var t = 1; t <= c.T; t++)
        {
            AddReturns(c, w, t);
            var commission = PartnerDeals(c, p, w, t);
            var unmetPool = WorkRecords(c, p, w, d, t);
            ServeStages(c, p, w, d, t, unmetPool);
            var directBookings = Deliver(c, p, w, d, t);
            cash = Account(c, p, w, d, t, commission, directBookings, cash);
        }
        d.DeliveryBacklog = Sum(w.Backlog);
        d.PipelineAtHorizon[c.K] += c.InitialDealsAfterHorizon;
        WeakestLinkFinder.Find(c, p, w, d);
    }

    private static void Reset(CompiledScenario c, Workspace w)
    {
        for (var s = 0; s < c.S; s++) w.Pool[s] = c.Accounts[s] - c.ExistingClients[s];
        Array.Copy(c.InitialQueue, w.Queue, w.Queue.Length);
        Array.Clear(w.Arrivals);
        Array.Clear(w.Returns);
        Array.Clear(w.Backlog);
        Array.Clear(w.Delivered);
    }

    private static void AddReturns(CompiledScenario c, Workspace w, int t)
    {
        for (var s = 0; s < c.S; s++) w.Pool[s] += w.Returns[s * c.T + t - 1];
    }

    /// <summary>Partner deals of month t: min(wanted, pool) per segment, shared in proportion to what each partner wants. Returns the commission owed.</summary>
    private static double PartnerDeals(CompiledScenario c, ModelParameters p, Workspace w, int t)
    {
        int S = c.S, T = c.T;
        double commission = 0;
        for (var s = 0; s < S; s++)
        {
            double wanted = 0;
            for (var i = 0; i < c.P; i++)
            {
                var want = w.PartnersEffective[i * T + t - 1] * p.PartnerRate[i] * c.PartnerShare[i * S + s];
                w.PartnerDeals[i * S + s] = want;
                wanted += want;
            }
            var got = Math.Min(wanted, Math.Max(0, w.Pool[s]));
            var scale = wanted > 0 ? got / wanted : 0;
            for (var i = 0; i < c.P; i++)
            {
                w.PartnerDeals[i * S + s] *= scale;
                commission += c.CommissionRate[i] * w.PartnerDeals[i * S + s] * p.DealValue[s];
            }
            w.Pool[s] -= got;
            w.Deals[s] = got;
            w.DirectDeals[s] = 0;
        }
        return commission;
    }

    /// <summary>Stage 1: water-filling of the month's capacity across the pools in proportion to w. Returns the pool left where w &gt; 0.</summary>
    private static double WorkRecords(CompiledScenario c, ModelParameters p, Workspace w, EvaluationData d, int t)
    {
        int S = c.S, T = c.T;
        var capacity = w.Capacity[t - 1];
        WaterFill(c.ProspectingShare, w.Pool, capacity, w.Worked);
        double served = 0, unmet = 0;
        for (var s = 0; s < S; s++)
        {
            var worked = w.Worked[s];
            w.Pool[s] -= worked;
            if (c.ProspectingShare[s] > 0) unmet += w.Pool[s];
            served += worked;
            var back = c.RecontactAfterMonths[s];
            if (back > 0 && t + back <= T) w.Returns[s * T + t + back - 1] += worked * (1 - w.SignThrough[s]);
            Advance(c, p, w, d, s, 0, worked, t);
        }
        StageMonth(d, T, 0, t, served, 0, capacity);
        return unmet;
    }

    /// <summary>
    /// Splits <paramref name="capacity"/> among segments with w &gt; 0 and pool left, in proportion
    /// to w; a segment whose pool runs out hands the rest of its part to the others. Unlimited
    /// capacity works every such pool whole.
    /// </summary>
    internal static void WaterFill(double[] weights, double[] pool, double capacity, double[] taken)
    {
        var n = weights.Length;
        for (var s = 0; s < n; s++) taken[s] = 0;
        var left = capacity;
        while (left > 0)
        {
            double weight = 0;
            for (var s = 0; s < n; s++)
            {
                if (weights[s] > 0 && pool[s] - taken[s] > 0) weight += weights[s];
            }
            if (weight <= 0) return;
            var exhausted = false;
            for (var s = 0; s < n; s++)
            {
                var rest = pool[s] - taken[s];
                if (weights[s] > 0 && rest > 0 && (double.IsPositiveInfinity(left) || left * weights[s] / weight >= rest))
                {
                    taken[s] = pool[s];
                    exhausted = true;
                }
            }
            if (exhausted)
            {
                left = capacity;
                for (var s = 0; s < n; s++) left -= taken[s];
                continue;
            }
            for (var s = 0; s < n; s++)
            {
                if (weights[s] > 0 && pool[s] - taken[s] > 0) taken[s] += left * weights[s] / weight;
            }
            return;
        }
    }

    private static void ServeStages(CompiledScenario c, ModelParameters p, Workspace w, EvaluationData d, int t, double unmetPool)
    {
        int S = c.S, K = c.K, T = c.T;
        MarkBinding(d, T, 0, t, unmetPool);
        for (var k = 1; k < K; k++)
        {
            double demand = 0;
            var keep = 1 - c.AbandonPerMonth[k];
            for (var s = 0; s < S; s++)
            {
                w.Demand[s] = w.Arrivals[(s * (K + 1) + k) * T + t - 1] + keep * w.Queue[s * K + k];
                demand += w.Demand[s];
            }
            var capacity = w.Capacity[k * T + t - 1];
            var ratio = demand <= capacity ? 1 : capacity / demand;
            double served = 0, queued = 0;
            for (var s = 0; s < S; s++)
            {
                var x = w.Demand[s] * ratio;
                w.Queue[s * K + k] = w.Demand[s] - x;
                served += x;
                queued += w.Queue[s * K + k];
                Advance(c, p, w, d, s, k, x, t);
            }
            StageMonth(d, T, k, t, served, queued, capacity);
            MarkBinding(d, T, k, t, queued);
        }
    }

    /// <summary>What stage k serves for segment s in month t converts and arrives at k + 1 (or signs) after the delay pmf.</summary>
    private static void Advance(CompiledScenario c, ModelParameters p, Workspace w, EvaluationData d, int s, int k, double served, int t)
    {
        int K = c.K, T = c.T;
        var moved = p.Conversion[s * K + k] * served;
        if (moved == 0) return;
        var pmf = c.Delay[s * K + k];
        for (var tau = 0; tau < pmf.Length; tau++)
        {
            var arrival = t + tau;
            var x = moved * pmf[tau];
            if (arrival <= T) w.Arrivals[(s * (K + 1) + k + 1) * T + arrival - 1] += x;
            else d.PipelineAtHorizon[k + 1] += x;
        }
    }

    private static void StageMonth(EvaluationData d, int T, int k, int t, double served, double queue, double capacity)
    {
        var at = k * StageCount * T + t - 1;
        d.Stages[at + StageServed * T] = served;
        d.Stages[at + StageQueue * T] = queue;
        d.Stages[at + StageCapacity * T] = capacity;
        d.Stages[at + StageUtilisation * T] = capacity > 0 && !double.IsPositiveInfinity(capacity) ? served / capacity : 0;
    }

    private static void MarkBinding(EvaluationData d, int T, int k, int t, double unmet)
    {
        var at = k * StageCount * T + t - 1;
        d.Stages[at + StageBinding * T] = unmet > 1e-9 || d.Stages[at + StageUtilisation * T] >= 0.999 ? 1 : 0;
    }

    /// <summary>Deals of month t per segment and delivery under the cap, oldest backlog and new deals pro rata. Returns direct bookings.</summary>
    private static double Deliver(CompiledScenario c, ModelParameters p, Workspace w, EvaluationData d, int t)
    {
        int S = c.S, K = c.K, T = c.T;
        double total = 0, directBookings = 0;
        for (var s = 0; s < S; s++)
        {
            var direct = w.Arrivals[(s * (K + 1) + K) * T + t - 1] + c.InitialDeals[s * T + t - 1];
            w.DirectDeals[s] = direct;
            w.Deals[s] += direct;
            directBookings += direct * p.DealValue[s];
            total += w.Backlog[s] + w.Deals[s];
        }
        var cap = p.MaxDealsPerMonth;
        var ratio = total <= cap ? 1 : cap / total;
        for (var s = 0; s < S; s++)
        {
            var x = w.Backlog[s] + w.Deals[s];
            var delivered = x * ratio;
            w.Backlog[s] = x - delivered;
            w.Delivered[s] += delivered;
            var at = s * SegmentCount * T + t - 1;
            d.Segments[at + SegmentDeals * T] = w.Deals[s];
            d.Segments[at + SegmentBookings * T] = w.Deals[s] * p.DealValue[s];
            d.Segments[at + SegmentRevenue * T] = delivered * p.DealValue[s];
            d.Segments[at + SegmentPenetration * T] = (c.ExistingClients[s] + w.Delivered[s]) / c.Accounts[s];
            w.DeliveredNow[s] = delivered;
        }
        return directBookings;
    }

    /// <summary>Money of month t: bookings, revenue, margin, the nine cost lines, contribution, clients and cash.</summary>
    private static double Account(CompiledScenario c, ModelParameters p, Workspace w, EvaluationData d, int t,
        double commission, double directBookings, double cash)
    {
        int T = c.T, i = t - 1;
        double deals = 0, bookings = 0, delivered = 0, revenue = 0, margin = 0, clients = 0;
        for (var s = 0; s < c.S; s++)
        {
            deals += w.Deals[s];
            bookings += w.Deals[s] * p.DealValue[s];
            delivered += w.DeliveredNow[s];
            revenue += w.DeliveredNow[s] * p.DealValue[s];
            margin += w.DeliveredNow[s] * p.DealValue[s] * p.MarginRate[s];
            clients += w.Delivered[s];
        }
        double staff = 0, hiring = 0, external = 0, variable = 0, units = 0, recruiting = 0;
        for (var r = 0; r < c.R; r++)
        {
            var at = r * RoleCount * T + i;
            double cost;
            if (c.IsStaff[r])
            {
                var pay = w.Fte[r * T + i] * c.MonthlyCost[r];
                var hire = c.Hires[r * T + i] * c.HiringCost[r];
                var bonus = c.VariablePayRate[r] * directBookings;
                (staff, hiring, variable) = (staff + pay, hiring + hire, variable + bonus);
                cost = pay + hire + bonus;
            }
            else
            {
                cost = w.Hours[r * T + i] * c.PricePerHour[r];
                external += cost;
            }
            d.Roles[at + RoleFte * T] = w.Fte[r * T + i];
            d.Roles[at + RoleHours * T] = w.Hours[r * T + i];
            d.Roles[at + RoleCost * T] = cost;
        }
        for (var k = 0; k < c.K; k++) units += d.Stages[k * StageCount * T + StageServed * T + i] * c.CostPerUnit[k];
        for (var q = 0; q < c.P; q++) recruiting += c.Recruits[q * T + i] * c.RecruitmentCost[q];
        var admin = c.AdminCostPerDeal * deals;
        var afterSales = c.AfterSalesCostPerClient * clients;
        var partners = commission + recruiting;
        var costs = staff + hiring + external + units + variable + admin + afterSales + partners + c.FixedCostPerMonth;
        // Revenue of month t − delay; with no delay it is this month's, not yet stored in d.Monthly.
        var paidMonth = i - c.PaymentDelayMonths;
        var paid = paidMonth == i ? revenue : paidMonth >= 0 ? d.Monthly[Revenue * T + paidMonth] : 0;
        cash += paid - (revenue - margin) - costs;
        var m = d.Monthly;
        (m[Deals * T + i], m[Bookings * T + i], m[Delivered * T + i], m[Revenue * T + i], m[Margin * T + i]) = (deals, bookings, delivered, revenue, margin);
        (m[Staff * T + i], m[Hiring * T + i], m[External * T + i], m[Units * T + i], m[Variable * T + i]) = (staff, hiring, external, units, variable);
        (m[Admin * T + i], m[AfterSales * T + i], m[Partners * T + i], m[Fixed * T + i]) = (admin, afterSales, partners, c.FixedCostPerMonth);
        (m[Costs * T + i], m[Contribution * T + i], m[Cash * T + i], m[Clients * T + i]) = (costs, margin - costs, cash, clients);
        return cash;
    }

    private static double Sum(double[] values)
    {
        double sum = 0;
        foreach (var v in values) sum += v;
        return sum;
    }
}
