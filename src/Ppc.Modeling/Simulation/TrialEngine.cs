using Ppc.Modeling.Evaluation;
using Ppc.Modeling.Model;
using Ppc.Modeling.Simulation.Random;

namespace Ppc.Modeling.Simulation;

/// <summary>
/// One Monte Carlo trial of MODEL.md §4: draws the uncertain inputs once, then runs §2's month step
/// on whole units (whole people with binomial attrition, whole capacities, largest-remainder
/// water-filling and rationing, binomial conversions and returns, multinomial delays, Poisson
/// partner deals, whole deliveries, oldest deal first). One engine per thread; its scratch arrays
/// are reused, so a trial allocates nothing once the deal queues have grown.
/// </summary>
internal sealed partial class TrialEngine
{
    private readonly CompiledScenario _c;
    private readonly ModelParameters _p;
    private readonly Workspace _w;
    private readonly double[] _conversionDraws;
    private readonly long[] _cohorts;
    private readonly int[] _livingCohorts;
    private readonly long[] _initialDeals;
    private readonly double[][] _delayCumulative;
    private readonly BinomialProbability[][] _delaySplits;
    private readonly int[] _delayLast;
    private readonly BinomialProbability[] _conversion, _staying, _returning, _keeping, _partnersStaying;
    private readonly long[] _pool, _queue, _arrivals, _returns, _demand, _share, _remainder, _taken, _delayCounts;
    private readonly double[] _weights, _fraction, _linkCapacity;
    private readonly long[] _partnerDraw, _partnerGot;
    private readonly DealQueue[] _backlog;

    /// <summary>
    /// The most deals one trial may sign over the horizon (2^24 = 16,777,216): every deal's value is drawn one
    /// by one (MODEL.md §4), and deals, deliveries and clients are counted per trial in 32-bit integers.
    /// </summary>
    public const int MaxDealsPerTrial = 1 << 24;

    private long _signedInTrial;
    private readonly PreparedDistribution[] _dealValue;
    private readonly PreparedDistribution[] _conversionInput, _hoursPerUnitInput, _hoursPerMonthInput, _attritionInput, _marginRateInput, _partnerRateInput;
    private readonly PreparedDistribution? _maxDealsInput;
    private Xoshiro256StarStar _rng;

    public TrialEngine(CompiledScenario c)
    {
        _c = c;
        int T = c.T, R = c.R, K = c.K, S = c.S, P = c.P;
        _p = new ModelParameters(R, K, S, P);
        _w = new Workspace(T, R, K, S, P);
        _conversionDraws = new double[c.ConversionDrawDistribution.Length];
        _cohorts = new long[Math.Max(R, P) * (T + 1)];
        _livingCohorts = new int[T + 1];
        _initialDeals = new long[S * T];
        _delayCumulative = Array.ConvertAll(c.Delay, Cumulative);
        _delaySplits = new BinomialProbability[c.Delay.Length][];
        _delayLast = new int[c.Delay.Length];
        for (var i = 0; i < c.Delay.Length; i++)
        {
            _delaySplits[i] = new BinomialProbability[c.Delay[i].Length];
            _delayLast[i] = DiscreteSamplers.MultinomialSplits(c.Delay[i], _delaySplits[i]);
        }
        _conversion = new BinomialProbability[S * K];
        _staying = new BinomialProbability[R];
        _returning = new BinomialProbability[S];
        _keeping = Array.ConvertAll(c.AbandonPerMonth, leave => new BinomialProbability(1 - leave));
        _partnersStaying = Array.ConvertAll(c.PartnerAttrition, attrition => new BinomialProbability(attrition));
        _pool = new long[S];
        _queue = new long[S * K];
        _arrivals = new long[S * (K + 1) * T];
        _returns = new long[S * T];
        _demand = new long[S];
        _share = new long[Math.Max(S, P)];
        _remainder = new long[Math.Max(S, P)];
        _taken = new long[S];
        var longestDelay = 1;
        foreach (var pmf in c.Delay) longestDelay = Math.Max(longestDelay, pmf.Length);
        _delayCounts = new long[longestDelay];
        _weights = new double[S];
        _fraction = new double[S];
        _linkCapacity = new double[K + 2];
        _partnerDraw = new long[P];
        _partnerGot = new long[P];
        _dealValue = new PreparedDistribution[S];
        for (var s = 0; s < S; s++) _dealValue[s] = DistributionSampler.Prepare(c.DealValueDistribution[s]);
        _conversionInput = Array.ConvertAll(c.ConversionDrawDistribution, DistributionSampler.Prepare);
        _hoursPerUnitInput = Array.ConvertAll(c.HoursPerUnitDistribution, DistributionSampler.Prepare);
        _hoursPerMonthInput = Array.ConvertAll(c.HoursPerMonthDistribution, DistributionSampler.Prepare);
        _attritionInput = Array.ConvertAll(c.AttritionDistribution, DistributionSampler.Prepare);
        _marginRateInput = Array.ConvertAll(c.MarginRateDistribution, DistributionSampler.Prepare);
        _partnerRateInput = Array.ConvertAll(c.PartnerRateDistribution, DistributionSampler.Prepare);
        _maxDealsInput = c.MaxDealsDistribution is { } cap ? DistributionSampler.Prepare(cap) : null;
        _backlog = new DealQueue[S];
        for (var s = 0; s < S; s++) _backlog[s] = new DealQueue();
    }

    private static double[] Cumulative(double[] pmf)
    {
        var total = 0.0;
        foreach (var x in pmf) total += x;
        var cumulative = new double[pmf.Length];
        var sum = 0.0;
        for (var i = 0; i < pmf.Length; i++)
        {
            sum += pmf[i];
            cumulative[i] = sum / total;
        }
        return cumulative;
    }

    /// <summary>Runs trial <paramref name="trial"/> of the run seeded by <paramref name="seed"/>; returns the index of its weakest link.</summary>
    public int Run(ulong seed, long trial, TrialOutput output)
    {
        _rng = Xoshiro256StarStar.ForTrial(seed, trial);
        DrawInputs();
        WholePeople();
        ResourcePlan.ComputeCapacities(_c, _p, _w);
        for (var s = 0; s < _c.S; s++) _returning[s] = new BinomialProbability(1 - _w.SignThrough[s]);
        WholePipeline();
        var cash = _c.StartingCash;
        long clients = 0, returned = 0;
        for (var t = 1; t <= _c.T; t++)
        {
            var month = new MonthLedger();
            AddReturns(t);
            PartnerDeals(t, ref month);
            Abandon();
            returned += WorkRecords(t, ref month);
            ServeStages(t, ref month);
            SignChainDeals(t, ref month);
            clients += Deliver(ref month);
            cash = Account(t, ref month, clients, cash, output);
        }
        return WeakestLinkFinder.Find(_c, _p, _w.FlowWeight, _w.Capacity, returned, _linkCapacity);
    }

    /// <summary>
    /// The epistemic draws, once per trial and in this order: conversions (each stage's, then each
    /// override's), hours per unit per stage, hours per month and attrition per role, margin rate
    /// per segment, the delivery capacity, deals per partner per month.
    /// </summary>
    private void DrawInputs()
    {
        var c = _c;
        for (var i = 0; i < _conversionDraws.Length; i++) _conversionDraws[i] = _conversionInput[i].Sample(ref _rng);
        for (var i = 0; i < c.ConversionDraw.Length; i++)
        {
            _p.Conversion[i] = _conversionDraws[c.ConversionDraw[i]];
            _conversion[i] = new BinomialProbability(_p.Conversion[i]);
        }
        for (var k = 0; k < c.K; k++) _p.HoursPerUnit[k] = _hoursPerUnitInput[k].Sample(ref _rng);
        for (var r = 0; r < c.R; r++)
        {
            _p.HoursPerMonth[r] = _hoursPerMonthInput[r].Sample(ref _rng);
            _p.Attrition[r] = _attritionInput[r].Sample(ref _rng);
            _staying[r] = new BinomialProbability(_p.Attrition[r]);
        }
        for (var s = 0; s < c.S; s++) _p.MarginRate[s] = _marginRateInput[s].Sample(ref _rng);
        _p.MaxDealsPerMonth = _maxDealsInput is { } cap ? cap.Sample(ref _rng) : double.PositiveInfinity;
        for (var i = 0; i < c.P; i++) _p.PartnerRate[i] = _partnerRateInput[i].Sample(ref _rng);
    }

    /// <summary>Whole people and partners: each cohort made whole when it starts, then binomial attrition from its second month.</summary>
    private void WholePeople()
    {
        var c = _c;
        int T = c.T;
        WholeCohorts(c.R, c.InitialHeadcount, c.Hires, c.RampMonths, _staying, _w.Fte, _w.Hours);
        for (var r = 0; r < c.R; r++)
        {
            for (var t = 0; t < T; t++)
            {
                var i = r * T + t;
                if (c.IsStaff[r]) _w.Hours[i] *= _p.HoursPerMonth[r] * c.Season[t];
                else (_w.Fte[i], _w.Hours[i]) = (0, ResourcePlan.ExternalHours(c, _p, r, t));
            }
        }
        WholeCohorts(c.P, c.PartnerCount, c.Recruits, c.PartnerRampMonths, _partnersStaying, _w.PartnersAlive, _w.PartnersEffective);
    }

    /// <summary>
    /// Cohort m = 0 is the initial group (productive from month 1), cohort m ≥ 1 joins in month m.
    /// Writes survivors to <paramref name="alive"/> and ramp-weighted survivors to <paramref name="effective"/>.
    /// </summary>
    private void WholeCohorts(int groups, double[] initial, double[] joins, double[] rampMonths, BinomialProbability[] attrition,
        double[] alive, double[] effective)
    {
        int T = _c.T;
        var living = _livingCohorts.AsSpan(0, T + 1);
        for (var g = 0; g < groups; g++)
        {
            var cohorts = _cohorts.AsSpan(g * (T + 1), T + 1);
            cohorts.Clear();
            // The cohorts with someone left, in ascending order of their month: the draws keep §4's order
            // (each month, attrition of the older cohorts first, then the new one), without visiting empty cohorts.
            var count = 0;
            cohorts[0] = _rng.RoundStochastic(initial[g]);
            if (cohorts[0] > 0) living[count++] = 0;
            for (var t = 1; t <= T; t++)
            {
                double people = 0, productive = 0;
                var kept = 0;
                for (var i = 0; i < count; i++)
                {
                    var m = living[i];
                    var start = Math.Max(m, 1);
                    if (start < t && attrition[g].P > 0) cohorts[m] -= Binomial(cohorts[m], attrition[g]);
                    if (cohorts[m] == 0) continue;
                    living[kept++] = m;
                    people += cohorts[m];
                    productive += cohorts[m] * ResourcePlan.Ramp(t - start + 1, m == 0 ? 0 : rampMonths[g]);
                }
                count = kept;
                cohorts[t] = _rng.RoundStochastic(joins[g * T + t - 1]);
                if (cohorts[t] > 0)
                {
                    living[count++] = t;
                    people += cohorts[t];
                    productive += cohorts[t] * ResourcePlan.Ramp(1, rampMonths[g]);
                }
                alive[g * T + t - 1] = people;
                effective[g * T + t - 1] = productive;
            }
        }
    }
}
