using System.Diagnostics;

namespace Ppc.Modeling.Sizing.Levels;

/// <summary>The time left for a whole sizing, shared by every solve it makes, with its cancellation.</summary>
internal sealed class Deadline(TimeSpan limit, CancellationToken cancellationToken)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public TimeSpan Limit { get; } = limit;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The time left (zero when spent).</summary>
    public TimeSpan Remaining => Limit > _clock.Elapsed ? Limit - _clock.Elapsed : TimeSpan.Zero;

    /// <summary>Whether there is time left for another solve (at least 10 ms).</summary>
    public bool HasTime => Remaining > TimeSpan.FromMilliseconds(10);
}
