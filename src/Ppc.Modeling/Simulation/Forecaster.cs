using System.Globalization;
using System.Runtime.ExceptionServices;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Simulation;

/// <summary>
/// Monte Carlo forecasts (MODEL.md §4): runs trials in parallel on every core, each on its own
/// random stream derived from (seed, trial index), so a run gives the same numbers to the last bit
/// whatever the thread count or partitioning. Cancellation is checked at every block of 1,000 trials.
/// </summary>
public static class Forecaster
{
    /// <summary>Trials per block: the unit of scheduling, cancellation, progress and the precision check.</summary>
    public const int BlockSize = 1000;

    /// <summary>Compiles and forecasts a validated scenario (for progress and cancellation, compile it and use the other overload).</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="options">Trials, seed, threads, precision.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ForecastException">A trial signs more deals than can be drawn one by one.</exception>
    public static ForecastResult Forecast(ValidatedScenario scenario, ForecastOptions options) =>
        Forecast(CompiledScenario.Compile(scenario), options);

    /// <summary>Forecasts a compiled scenario.</summary>
    /// <param name="model">The compiled scenario.</param>
    /// <param name="options">Trials, seed, threads, precision; null for the defaults.</param>
    /// <param name="progress">Receives progress after each block; may be null.</param>
    /// <param name="cancellationToken">Stops the run at the next block; nothing half-made is returned.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ForecastException">A trial signs more deals than can be drawn one by one.</exception>
    public static ForecastResult Forecast(CompiledScenario model, ForecastOptions? options = null,
        IProgress<ForecastProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ForecastRange(model, options, progress, cancellationToken).ToResult();

    /// <summary>
    /// Runs trials [FirstTrial, FirstTrial + Trials) and returns a partial result that merges with
    /// the partial results of other ranges into exactly the one-machine answer.
    /// </summary>
    /// <param name="model">The compiled scenario.</param>
    /// <param name="options">Trials, seed, first trial, threads, precision; null for the defaults.</param>
    /// <param name="progress">Receives progress after each block; may be null.</param>
    /// <param name="cancellationToken">Stops the run at the next block.</param>
    /// <returns>The partial result.</returns>
    /// <exception cref="ForecastException">A trial signs more deals than can be drawn one by one.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range, or the trials' values would not fit in memory.</exception>
    public static ForecastPartial ForecastRange(CompiledScenario model, ForecastOptions? options = null,
        IProgress<ForecastProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new ForecastOptions();
        Check(options);
        CheckStore(model.T, options.Trials);
        var store = new TrialStore(model.T, options.FirstTrial, options.Trials);
        var blocks = (options.Trials + BlockSize - 1) / BlockSize;
        var threads = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
        var seed = unchecked((ulong)options.Seed);
        long done = 0;
        var stopAt = blocks;
        var round = options.Precision is null ? blocks : Math.Max(1, threads * 2);
        var checker = options.Precision is { } precision ? new PrecisionCheck(store, options.PrecisionMetric, precision) : null;
        for (var from = 0; from < stopAt; from += round)
        {
            var to = Math.Min(stopAt, from + round);
            try
            {
                Parallel.For(from, to,
                    new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
                    () => new TrialEngine(model),
                    (block, _, engine) =>
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var first = block * BlockSize;
                        var last = Math.Min(options.Trials, first + BlockSize);
                        for (var i = first; i < last; i++)
                        {
                            store.WeakestLink[i] = (short)engine.Run(seed, options.FirstTrial + i, store.Row(i));
                        }
                        progress?.Report(new ForecastProgress(Interlocked.Add(ref done, last - first), options.Trials));
                        return engine;
                    },
                    _ => { });
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // A trial's failure (a ForecastException) surfaces as itself, not wrapped.
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            }
            if (checker is not null && checker.MetAfter(from, to, BlockSize) is { } met)
            {
                store.Truncate(met);
                break;
            }
        }
        return new ForecastPartial(model, options.Seed, store, options.MaxDegreeOfParallelism);
    }

    private static void Check(ForecastOptions o)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(o.Trials, 1, "options.Trials");
        ArgumentOutOfRangeException.ThrowIfNegative(o.Seed, "options.Seed");
        ArgumentOutOfRangeException.ThrowIfNegative(o.FirstTrial, "options.FirstTrial");
        if (o.MaxDegreeOfParallelism is { } threads) ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1, "options.MaxDegreeOfParallelism");
        if (o.Precision is { } p && !(p > 0 && double.IsFinite(p)))
        {
            throw new ArgumentOutOfRangeException("options.Precision", p, "The precision target must be a finite number > 0 (a relative standard error such as 0.01).");
        }
    }

    /// <summary>
    /// Refuses, before allocating, a run whose store of every trial's values cannot be held: more trial-months
    /// than an array holds, or more bytes than this process may use (split it into trial ranges and merge).
    /// </summary>
    private static void CheckStore(int months, int trials)
    {
        var split = "run fewer trials, or split the run into trial ranges (ForecastOptions.FirstTrial; ppc forecast --trial-range with --partial) and merge them";
        if ((long)trials * months > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException("options.Trials", trials, string.Create(CultureInfo.InvariantCulture,
                $"{trials:N0} trials of {months} months are more than one run can hold ({Array.MaxLength:N0} trial-months): {split}."));
        }
        var bytes = TrialStore.Bytes(months, trials);
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (bytes > available)
        {
            throw new ArgumentOutOfRangeException("options.Trials", trials, string.Create(CultureInfo.InvariantCulture,
                $"{trials:N0} trials of {months} months need {bytes / 1e9:0.#} GB to keep every trial's values, more than the {available / 1e9:0.#} GB this process may use: {split}."));
        }
    }

    /// <summary>Checks, block by block in trial order, whether the relative standard error of a cumulative mean has reached the target.</summary>
    private sealed class PrecisionCheck(TrialStore store, ForecastMetric metric, double target)
    {
        private double _sum;
        private double _squares;
        private long _n;

        /// <summary>The trial count at which the target is first met among blocks [from, to), or null.</summary>
        public int? MetAfter(int from, int to, int blockSize)
        {
            for (var block = from; block < to; block++)
            {
                var last = Math.Min(store.Count, (block + 1) * blockSize);
                for (var i = block * blockSize; i < last; i++)
                {
                    var x = store.Cumulative(metric, i, store.T);
                    _sum += x;
                    _squares += x * x;
                    _n++;
                }
                if (_n < 2) continue;
                var mean = _sum / _n;
                var variance = Math.Max(0, (_squares - _n * mean * mean) / (_n - 1));
                if (mean != 0 && Math.Sqrt(variance / _n) / Math.Abs(mean) <= target) return last;
            }
            return null;
        }
    }
}
