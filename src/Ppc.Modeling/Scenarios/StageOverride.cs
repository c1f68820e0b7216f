using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;

namespace Ppc.Modeling.Scenarios;

/// <summary>A segment's own conversion and delay at one stage.</summary>
public sealed record StageOverride
{
    /// <summary>The segment's conversion at the stage, in [0, 1]; null keeps the stage's.</summary>
    public Distribution? Conversion { get; init; }

    /// <summary>The segment's delay pmf from the stage; null keeps the stage's.</summary>
    public ValueArray<double>? DelayMonths { get; init; }
}
