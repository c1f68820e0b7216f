namespace Ppc.Modeling.Evaluation;

/// <summary>A segment in one month, or over the horizon (penetration then at T).</summary>
/// <param name="Deals">Signed deals (chain, initial pipeline and partners).</param>
/// <param name="Bookings">Deals × deal value, in currency units.</param>
/// <param name="Revenue">Delivered deals × deal value, in currency units.</param>
/// <param name="Penetration">(existing clients + delivered so far) / accounts, 0..1.</param>
public readonly record struct SegmentFigures(double Deals, double Bookings, double Revenue, double Penetration);
