using Ppc.Modeling.Collections;

namespace Ppc.Modeling.Scenarios;

/// <summary>A segment's pipeline at the start of month 1.</summary>
public sealed record PipelineEntry
{
    /// <summary>Units waiting in each stage's queue (stage id → units ≥ 0); never stage 1.</summary>
    public ValueMap<double> Stages { get; init; } = ValueMap<double>.Empty;

    /// <summary>Deals already agreed that sign in months 1, 2, … (entry i: month i + 1), each ≥ 0.</summary>
    public ValueArray<double>? Deals { get; init; }
}
