using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Ppc.Modeling.Model;
using Ppc.Modeling.Scenarios;

namespace Ppc.Modeling.Simulation;

/// <summary>
/// The per-trial values of a contiguous range of trials of one run (scenario, seed). Partial results
/// of adjacent ranges, from several processes or machines, merge into exactly the one-machine
/// answer, because every statistic is a function of the per-trial values in trial-index order.
/// </summary>
public sealed class ForecastPartial
{
    private const int Magic = 0x46435050; // "PPCF"
    private const int FormatVersion = 2;
    private const int HashBytes = 32;

    internal ForecastPartial(CompiledScenario model, long seed, TrialStore store, int? maxDegreeOfParallelism = null)
    {
        Model = model;
        Seed = seed;
        Store = store;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        Fingerprint = FingerprintOf(model);
    }

    internal TrialStore Store { get; }

    internal string Fingerprint { get; }

    /// <summary>The thread limit of the run that made this range (null: every core), which its statistics keep.</summary>
    internal int? MaxDegreeOfParallelism { get; }

    /// <summary>The compiled scenario.</summary>
    public CompiledScenario Model { get; }

    /// <summary>The run's seed.</summary>
    public long Seed { get; }

    /// <summary>The first trial index of the range.</summary>
    public long FirstTrial => Store.FirstTrial;

    /// <summary>The number of trials in the range.</summary>
    public int Trials => Store.Count;

    /// <summary>The statistics of these trials, on no more threads than the run that made them used.</summary>
    /// <returns>The forecast.</returns>
    public ForecastResult ToResult() => new(this);

    /// <summary>Merges partial results of adjacent ranges of the same run (same scenario and seed), in any order.</summary>
    /// <param name="parts">The partial results.</param>
    /// <returns>One partial result over the union of the ranges.</returns>
    /// <exception cref="ArgumentException">The parts come from different scenarios or seeds, or their ranges leave a gap or overlap.</exception>
    public static ForecastPartial Merge(params IReadOnlyList<ForecastPartial> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) throw new ArgumentException("Nothing to merge: give at least one partial result.", nameof(parts));
        var ordered = parts.OrderBy(p => p.FirstTrial).ToList();
        var head = ordered[0];
        long next = head.FirstTrial;
        foreach (var p in ordered)
        {
            if (p.Fingerprint != head.Fingerprint || p.Seed != head.Seed)
            {
                throw new ArgumentException("These partial results come from different runs (scenario or seed differ); merge only ranges of one run.", nameof(parts));
            }
            if (p.FirstTrial != next)
            {
                throw new ArgumentException($"The trial ranges must be adjacent: expected a range starting at trial {next}, found one starting at {p.FirstTrial}.", nameof(parts));
            }
            next += p.Trials;
        }
        var total = checked((int)(next - head.FirstTrial));
        var store = new TrialStore(head.Model.T, head.FirstTrial, total);
        var at = 0;
        foreach (var p in ordered)
        {
            Copy(p.Store, store, at);
            at += p.Trials;
        }
        return new ForecastPartial(head.Model, head.Seed, store);
    }

    private static void Copy(TrialStore from, TrialStore to, int at)
    {
        var cells = from.Count * from.T;
        var offset = at * from.T;
        foreach (var (source, target) in from.Counts.Zip(to.Counts)) Array.Copy(source, 0, target, offset, cells);
        foreach (var (source, target) in from.Amounts.Zip(to.Amounts)) Array.Copy(source, 0, target, offset, cells);
        Array.Copy(from.WeakestLink, 0, to.WeakestLink, at, from.Count);
    }

    /// <summary>
    /// Writes the partial result in a compact binary form (little-endian; version 2): the scenario, the seed,
    /// the range and every trial's values, then the SHA-256 of all of that, so that a damaged copy is refused.
    /// </summary>
    /// <param name="stream">The destination.</param>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hashing = new HashingStream(stream);
        using (var w = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(ScenarioJson.Write(Model.Source.Scenario));
            w.Write(Seed);
            w.Write(FirstTrial);
            w.Write(Trials);
            w.Write(Store.T);
            var cells = Trials * Store.T;
            foreach (var array in Store.Counts) w.Write(MemoryMarshal.AsBytes(array.AsSpan(0, cells)));
            foreach (var array in Store.Amounts) w.Write(MemoryMarshal.AsBytes(array.AsSpan(0, cells)));
            w.Write(MemoryMarshal.AsBytes(Store.WeakestLink.AsSpan(0, Trials)));
        }
        stream.Write(hashing.TakeHash());
    }

    /// <summary>Reads a partial result written by <see cref="WriteTo"/>; the scenario travels inside it.</summary>
    /// <param name="stream">The source.</param>
    /// <returns>The partial result.</returns>
    /// <exception cref="InvalidDataException">
    /// The data is not a partial forecast of this version, is truncated, or is damaged (its SHA-256 does not match).
    /// </exception>
    public static ForecastPartial ReadFrom(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hashing = new HashingStream(stream);
        using var r = new BinaryReader(hashing, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadInt32() != Magic) throw new InvalidDataException("This is not a Ppc.Modeling partial forecast.");
            if (r.ReadInt32() is var version && version != FormatVersion)
            {
                throw new InvalidDataException($"This partial forecast has format version {version}; this version of Ppc.Modeling reads version {FormatVersion}: run the range again.");
            }
            var loaded = ScenarioJson.Parse(r.ReadString());
            if (!loaded.TryGetValue(out var scenario)) throw new InvalidDataException("The scenario inside this partial forecast is not valid: " + string.Join("; ", loaded.Errors));
            var model = CompiledScenario.Compile(scenario);
            var seed = r.ReadInt64();
            var first = r.ReadInt64();
            var trials = r.ReadInt32();
            if (r.ReadInt32() != model.T || trials < 0 || first < 0 || seed < 0) throw new InvalidDataException("This partial forecast is damaged: its horizon, seed or trial range is wrong.");
            var store = new TrialStore(model.T, first, trials);
            var cells = trials * model.T;
            foreach (var array in store.Counts) Fill(r, MemoryMarshal.AsBytes(array.AsSpan(0, cells)));
            foreach (var array in store.Amounts) Fill(r, MemoryMarshal.AsBytes(array.AsSpan(0, cells)));
            Fill(r, MemoryMarshal.AsBytes(store.WeakestLink.AsSpan(0, trials)));
            var computed = hashing.TakeHash();
            Span<byte> written = stackalloc byte[HashBytes];
            Fill(r, written);
            if (!written.SequenceEqual(computed)) throw new InvalidDataException("This partial forecast is damaged: its content does not match its SHA-256; copy or run the range again.");
            return new ForecastPartial(model, seed, store);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("The partial forecast is truncated.");
        }
    }

    private static void Fill(BinaryReader r, Span<byte> target)
    {
        var read = r.Read(target);
        while (read < target.Length)
        {
            var more = r.Read(target[read..]);
            if (more == 0) throw new EndOfStreamException();
            read += more;
        }
    }

    private static string FingerprintOf(CompiledScenario model) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ScenarioJson.Write(model.Source.Scenario))));
}
