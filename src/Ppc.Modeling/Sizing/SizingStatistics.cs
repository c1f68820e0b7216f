namespace Ppc.Modeling.Sizing;

/// <summary>How a sizing was computed: the programme's size, the solves, the tightening rounds, the time.</summary>
public sealed record SizingStatistics
{
    /// <summary>Variables of the programme (every kind).</summary>
    public required int Variables { get; init; }

    /// <summary>Integer variables (hires, recruits).</summary>
    public required int Integers { get; init; }

    /// <summary>Binary variables (one per minimum).</summary>
    public required int Binaries { get; init; }

    /// <summary>Rows of the programme, the levels' included.</summary>
    public required int Rows { get; init; }

    /// <summary>Rounds of solve and evaluate (1 when the first plan evaluates as the model said; at most 11).</summary>
    public required int Rounds { get; init; }

    /// <summary>Mixed-integer programmes solved, shadow-price re-solves included.</summary>
    public required int Solves { get; init; }

    /// <summary>Each programme solved, in order, with its status and time ("priority 1 Optimal 412 ms, 35 nodes, value 0").</summary>
    public required Ppc.Modeling.Collections.ValueArray<string> Solved { get; init; }

    /// <summary>Wall-clock time of the whole sizing.</summary>
    public required TimeSpan Elapsed { get; init; }
}
