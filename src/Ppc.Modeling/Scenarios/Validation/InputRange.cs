namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>The values an uncertain input may take, which its distribution's support must respect.</summary>
internal enum InputRange
{
    /// <summary>A probability or a rate: [0, 1].</summary>
    Probability,

    /// <summary>Hours, values, counts: [0, ∞).</summary>
    NonNegative,
}
