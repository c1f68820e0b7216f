using System.Globalization;
using Ppc.Modeling.Simulation.Random;

namespace Ppc.Modeling.Simulation;

/// <summary>The whole-unit month step of one trial, in §2's order.</summary>
internal sealed partial class TrialEngine
{
    /// <summary>What one month of a trial adds up to so far.</summary>
    private struct MonthLedger
    {
        public long Deals;
        public long Delivered;
        public double Bookings;
        public double DirectBookings;
        public double Commission;
        public double Units;
        public double Revenue;
        public double Margin;
    }

    /// <summary>Up to this many units, binomials and delays are drawn unit by unit.</summary>
    private const int SmallCount = 12;

    /// <summary>
    /// 2^53: beyond it a capacity cannot be made whole exactly in a double. Such a capacity (hours of 1e15 by
    /// the thousand) is treated as unlimited: it is above the demand of any scenario short of 1e15-sized queues at every stage.
    /// </summary>
    private const double CountableCapacity = 9007199254740992.0;

    /// <summary>A capacity made whole; one beyond 2^53 units is unlimited.</summary>
    private long WholeCapacity(double capacity) =>
        capacity > CountableCapacity ? long.MaxValue : _rng.RoundStochastic(capacity);

    /// <summary>The initial pipeline made whole once per trial: queues, and dated deals within the horizon.</summary>
    private void WholePipeline()
    {
        var c = _c;
        for (var i = 0; i < _queue.Length; i++) _queue[i] = _rng.RoundStochastic(c.InitialQueue[i]);
        for (var i = 0; i < _initialDeals.Length; i++) _initialDeals[i] = _rng.RoundStochastic(c.InitialDeals[i]);
        for (var s = 0; s < c.S; s++)
        {
            _pool[s] = (long)Math.Round(c.Accounts[s] - c.ExistingClients[s]);
            _backlog[s].Clear();
        }
        _signedInTrial = 0;
        Array.Clear(_arrivals);
        Array.Clear(_returns);
    }

    private void AddReturns(int t)
    {
        for (var s = 0; s < _c.S; s++) _pool[s] += _returns[s * _c.T + t - 1];
    }

    /// <summary>Poisson deals per partner and segment; a segment's pool, when short, is rationed among partners by largest remainders.</summary>
    private void PartnerDeals(int t, ref MonthLedger month)
    {
        var c = _c;
        for (var s = 0; s < c.S; s++)
        {
            long wanted = 0;
            for (var i = 0; i < c.P; i++)
            {
                var mean = _w.PartnersEffective[i * c.T + t - 1] * _p.PartnerRate[i] * c.PartnerShare[i * c.S + s];
                _partnerDraw[i] = mean > 0 ? _rng.Poisson(mean) : 0;
                wanted += _partnerDraw[i];
            }
            if (wanted == 0) continue;
            if (wanted <= _pool[s]) _partnerDraw.CopyTo(_partnerGot, 0);
            else LargestRemainder.Ration(_pool[s], _partnerDraw, _partnerGot, _remainder);
            CountSigned(s, Math.Min(wanted, _pool[s]));
            for (var i = 0; i < c.P; i++)
            {
                for (var j = 0; j < _partnerGot[i]; j++)
                {
                    var value = _dealValue[s].Sample(ref _rng);
                    month.Bookings += value;
                    month.Commission += c.CommissionRate[i] * value;
                    _backlog[s].Enqueue(value);
                }
                month.Deals += _partnerGot[i];
                _pool[s] -= _partnerGot[i];
            }
        }
    }

    /// <summary>At the start of the month each queue keeps Binomial(queue, 1 − abandon).</summary>
    private void Abandon()
    {
        var c = _c;
        for (var k = 1; k < c.K; k++)
        {
            var leave = c.AbandonPerMonth[k];
            if (leave <= 0) continue;
            for (var s = 0; s < c.S; s++)
            {
                var i = s * c.K + k;
                if (_queue[i] > 0) _queue[i] = _rng.Binomial(_queue[i], _keeping[k]);
            }
        }
    }

    /// <summary>Stage 1 on whole units: largest-remainder water-filling across the pools; returns the records that will return within the horizon.</summary>
    private long WorkRecords(int t, ref MonthLedger month)
    {
        var c = _c;
        int S = c.S, T = c.T;
        var left = WholeCapacity(_w.Capacity[t - 1]);
        Array.Clear(_taken);
        while (left > 0)
        {
            var active = false;
            for (var s = 0; s < S; s++)
            {
                var open = c.ProspectingShare[s] > 0 && _pool[s] - _taken[s] > 0;
                _weights[s] = open ? c.ProspectingShare[s] : 0;
                active |= open;
            }
            if (!active) break;
            if (left == long.MaxValue)
            {
                for (var s = 0; s < S; s++) if (_weights[s] > 0) _taken[s] = _pool[s];
                break;
            }
            LargestRemainder.SplitByWeight(left, _weights, _share, _fraction);
            for (var s = 0; s < S; s++)
            {
                var take = Math.Min(_share[s], _pool[s] - _taken[s]);
                if (_weights[s] <= 0 || take <= 0) continue;
                _taken[s] += take;
                left -= take;
            }
        }
        long returned = 0;
        for (var s = 0; s < S; s++)
        {
            var worked = _taken[s];
            if (worked == 0) continue;
            _pool[s] -= worked;
            month.Units += worked * c.CostPerUnit[0];
            var back = c.RecontactAfterMonths[s];
            if (back > 0 && t + back <= T)
            {
                var r = _rng.Binomial(worked, _returning[s]);
                _returns[s * T + t + back - 1] += r;
                returned += r;
            }
            Advance(s, 0, worked, t);
        }
        return returned;
    }

    /// <summary>Stages 2..K: whole demands, whole capacity, exact integer rationing by largest remainders.</summary>
    private void ServeStages(int t, ref MonthLedger month)
    {
        var c = _c;
        int S = c.S, K = c.K, T = c.T;
        for (var k = 1; k < K; k++)
        {
            long demand = 0;
            for (var s = 0; s < S; s++)
            {
                _demand[s] = _arrivals[(s * (K + 1) + k) * T + t - 1] + _queue[s * K + k];
                demand += _demand[s];
            }
            if (demand == 0) continue;
            var capacity = WholeCapacity(_w.Capacity[k * T + t - 1]);
            if (demand <= capacity) _demand.CopyTo(_share, 0);
            else LargestRemainder.Ration(capacity, _demand, _share, _remainder);
            for (var s = 0; s < S; s++)
            {
                _queue[s * K + k] = _demand[s] - _share[s];
                month.Units += _share[s] * c.CostPerUnit[k];
                Advance(s, k, _share[s], t);
            }
        }
    }

    /// <summary>Binomial conversion of what stage k served, then a multinomial split over the delay pmf; arrivals past T are dropped.</summary>
    private void Advance(int s, int k, long served, int t)
    {
        if (served == 0) return;
        var c = _c;
        int K = c.K, T = c.T;
        ref readonly var conversion = ref _conversion[s * K + k];
        var moved = Binomial(served, conversion);
        if (moved == 0) return;
        var pmf = c.Delay[s * K + k];
        var row = (s * (K + 1) + k + 1) * T;
        if (pmf.Length == 1)
        {
            _arrivals[row + t - 1] += moved;
            return;
        }
        var counts = _delayCounts.AsSpan(0, pmf.Length);
        if (moved <= SmallCount)
        {
            // Few units: each draws its own delay from the cumulative pmf (exactly the multinomial);
            // the delay is the number of cumulative probabilities at or below the draw, counted without branches.
            counts.Clear();
            var cumulative = _delayCumulative[s * K + k].AsSpan(0, pmf.Length - 1);
            for (var unit = 0; unit < moved; unit++)
            {
                var u = _rng.NextDouble();
                var tau = 0;
                foreach (var edge in cumulative) tau += u >= edge ? 1 : 0;
                counts[tau]++;
            }
        }
        else
        {
            _rng.Multinomial(moved, _delaySplits[s * K + k], _delayLast[s * K + k], counts);
        }
        for (var tau = 0; tau < pmf.Length && t + tau <= T; tau++) _arrivals[row + t + tau - 1] += counts[tau];
    }

    /// <summary>Binomial(n, p): for a few units, the sum of n Bernoulli draws (exact and cheaper than preparing a sampler).</summary>
    private long Binomial(long n, in BinomialProbability p) =>
        n > SmallCount ? _rng.Binomial(n, p) : BinomialProbability.SumOfBernoulli(ref _rng, n, p.BernoulliThreshold);

    /// <summary>Counts deals about to be drawn one by one; past <see cref="MaxDealsPerTrial"/> the trial cannot be run.</summary>
    /// <exception cref="ForecastException">The trial would sign more than <see cref="MaxDealsPerTrial"/> deals.</exception>
    private void CountSigned(int s, long deals)
    {
        if (deals > MaxDealsPerTrial - _signedInTrial)
        {
            throw new ForecastException(string.Create(CultureInfo.InvariantCulture,
                $"A trial signs more than {MaxDealsPerTrial:N0} deals over the horizon (reached in segment '{_c.SegmentIds[s]}'): the Monte Carlo draws each deal's value (MODEL.md §4), so it cannot run a scenario this large; check the segment's accounts and the initial pipeline's deals."));
        }
        _signedInTrial += deals;
    }

    /// <summary>Chain deals and initial-pipeline deals of the month, each with its own drawn value.</summary>
    private void SignChainDeals(int t, ref MonthLedger month)
    {
        var c = _c;
        int K = c.K, T = c.T;
        for (var s = 0; s < c.S; s++)
        {
            var signed = _arrivals[(s * (K + 1) + K) * T + t - 1] + _initialDeals[s * T + t - 1];
            CountSigned(s, signed);
            for (var j = 0; j < signed; j++)
            {
                var value = _dealValue[s].Sample(ref _rng);
                month.Bookings += value;
                month.DirectBookings += value;
                _backlog[s].Enqueue(value);
            }
            month.Deals += signed;
        }
    }

    /// <summary>Whole deliveries under the month's whole capacity, by largest remainders, oldest deal first.</summary>
    private long Deliver(ref MonthLedger month)
    {
        var c = _c;
        long waiting = 0;
        for (var s = 0; s < c.S; s++)
        {
            _demand[s] = _backlog[s].Count;
            waiting += _demand[s];
        }
        if (waiting == 0) return 0;
        var capacity = WholeCapacity(_p.MaxDealsPerMonth);
        if (waiting <= capacity) _demand.CopyTo(_share, 0);
        else LargestRemainder.Ration(capacity, _demand, _share, _remainder);
        long delivered = 0;
        for (var s = 0; s < c.S; s++)
        {
            for (var j = 0; j < _share[s]; j++)
            {
                var value = _backlog[s].Dequeue();
                month.Revenue += value;
                month.Margin += value * _p.MarginRate[s];
            }
            delivered += _share[s];
        }
        month.Delivered = delivered;
        return delivered;
    }

    /// <summary>The money of the month (MODEL.md §2's nine cost lines) and the trial's outputs for it.</summary>
    private double Account(int t, ref MonthLedger month, long clients, double cash, TrialOutput output)
    {
        var c = _c;
        int T = c.T, i = t - 1;
        double people = 0;
        for (var r = 0; r < c.R; r++)
        {
            people += c.IsStaff[r]
                ? _w.Fte[r * T + i] * c.MonthlyCost[r] + c.Hires[r * T + i] * c.HiringCost[r] + c.VariablePayRate[r] * month.DirectBookings
                : _w.Hours[r * T + i] * c.PricePerHour[r];
        }
        double recruiting = 0;
        for (var q = 0; q < c.P; q++) recruiting += c.Recruits[q * T + i] * c.RecruitmentCost[q];
        var costs = people + month.Units + c.AdminCostPerDeal * month.Deals + c.AfterSalesCostPerClient * clients
            + month.Commission + recruiting + c.FixedCostPerMonth;
        // Revenue of month t − delay; with no delay it is this month's, not yet written to the output.
        var paid = c.PaymentDelayMonths == 0 ? month.Revenue : i - c.PaymentDelayMonths >= 0 ? output.Revenue[i - c.PaymentDelayMonths] : 0;
        cash += paid - (month.Revenue - month.Margin) - costs;
        output.Deals[i] = checked((int)month.Deals);
        output.Delivered[i] = checked((int)month.Delivered);
        output.Clients[i] = checked((int)clients);
        output.Bookings[i] = month.Bookings;
        output.Revenue[i] = month.Revenue;
        output.Margin[i] = month.Margin;
        output.Costs[i] = costs;
        output.Cash[i] = cash;
        return cash;
    }
}
