namespace Ppc.Modeling.Sizing;

/// <summary>A report after each round of solve and evaluate.</summary>
/// <param name="Round">The round, from 1.</param>
/// <param name="MeetsAll">Whether this round's plan meets every objective and limit when evaluated.</param>
/// <param name="Elapsed">The time spent so far.</param>
public sealed record SizingProgress(int Round, bool MeetsAll, TimeSpan Elapsed);
