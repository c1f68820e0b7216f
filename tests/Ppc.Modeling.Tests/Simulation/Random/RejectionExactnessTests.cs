using Ppc.Modeling.Simulation.Random;
using MathNetBinomial = MathNet.Numerics.Distributions.Binomial;
using MathNetPoisson = MathNet.Numerics.Distributions.Poisson;

namespace Ppc.Modeling.Tests.Simulation.Random;

/// <summary>
/// BTRS and PTRS are exact when the set of uniform pairs (u, v) they accept with count k has an
/// area proportional to P(k). Their decision functions are pure, so the areas can be integrated
/// without drawing: u maps to k monotonically, so each k owns an interval of u (its ends found by
/// bisection); within it the accepted v form an interval [0, v*(u)] (v* by bisection), integrated
/// by the midpoint rule on pieces split where the algorithms change region (|u| = 0.43 and 0.487),
/// so that no piece straddles a jump. This checks what no feasible sample can: a rejection
/// constant off by a little, or a missing Stirling term.
/// </summary>
public class RejectionExactnessTests
{
    private const int PointsPerPiece = 48;
    private const int Bisections = 34;
    private static readonly double[] RegionEdges = [-0.487, -0.43, 0.43, 0.487];

    private delegate bool Decision(double u, double v, out long k);

    [Theory]
    [InlineData(100L, 0.1)] // n·p = 10, the smallest BTRS case
    [InlineData(60L, 0.5)]
    [InlineData(1000L, 0.3)]
    [InlineData(1_000_000L, 0.02)]
    public void Should_Accept_Exactly_The_Binomial_Pmf(long n, double p)
    {
        var sampler = new BinomialSampler(n, p);
        var sd = Math.Sqrt(n * p * (1 - p));

        AssertExact(sampler.TryBtrs, n * p, sd, k => k <= n ? MathNetBinomial.PMF(p, (int)n, (int)k) : 0);
    }

    [Theory]
    [InlineData(10.0)] // the smallest PTRS case
    [InlineData(13.7)]
    [InlineData(100.0)]
    [InlineData(1e5)]
    public void Should_Accept_Exactly_The_Poisson_Pmf(double lambda)
    {
        var sampler = new PoissonSampler(lambda);

        AssertExact(sampler.TryPtrs, lambda, Math.Sqrt(lambda), k => MathNetPoisson.PMF(lambda, (int)k));
    }

    /// <summary>
    /// The normalised areas of the counts within 9 sd of the mean (all but 10⁻¹⁸ of the mass)
    /// against the pmf: each within 10⁻⁴ of it, relatively, where it exceeds 10⁻⁹.
    /// </summary>
    private static void AssertExact(Decision decide, double mean, double sd, Func<long, double> pmf)
    {
        var first = Math.Max(0, (long)Math.Floor(mean - 9 * sd));
        var last = (long)Math.Ceiling(mean + 9 * sd);
        var areas = new double[last - first + 1];
        var lower = FirstU(decide, first);
        for (var k = first; k <= last; k++)
        {
            var upper = FirstU(decide, k + 1);
            areas[k - first] = AcceptedArea(decide, lower, upper);
            lower = upper;
        }

        var total = areas.Sum();
        var worst = (k: 0L, error: 0.0);
        for (var k = first; k <= last; k++)
        {
            var expected = pmf(k);
            if (expected < 1e-9) continue;
            var error = Math.Abs(areas[k - first] / total / expected - 1);
            if (error > worst.error) worst = (k, error);
        }
        Assert.True(worst.error < 1e-4, $"P({worst.k}) is off by {worst.error:G4}, relatively");
    }

    /// <summary>The smallest u that maps to a count ≥ k (u maps to counts monotonically).</summary>
    private static double FirstU(Decision decide, long k)
    {
        double lo = -0.5, hi = 0.5;
        for (var b = 0; b < 60; b++)
        {
            var mid = (lo + hi) / 2;
            if (CountOf(decide, mid) >= k) hi = mid;
            else lo = mid;
        }
        return hi;
    }

    /// <summary>The count u maps to: at v = 0 every u in range is accepted; out of range below 0 or above the largest count.</summary>
    private static double CountOf(Decision decide, double u) =>
        decide(u, 0, out var k) ? k : u < 0 ? -1 : double.PositiveInfinity;

    private static double AcceptedArea(Decision decide, double from, double to)
    {
        var area = 0.0;
        var start = from;
        foreach (var edge in RegionEdges.Append(to))
        {
            if (edge <= start) continue;
            var end = Math.Min(edge, to);
            var h = (end - start) / PointsPerPiece;
            for (var i = 0; i < PointsPerPiece; i++) area += h * LargestAcceptedV(decide, start + (i + 0.5) * h);
            start = end;
            if (start >= to) break;
        }
        return area;
    }

    private static double LargestAcceptedV(Decision decide, double u)
    {
        if (decide(u, Math.BitDecrement(1.0), out _)) return 1;
        double accepted = 0, rejected = 1;
        for (var b = 0; b < Bisections; b++)
        {
            var mid = (accepted + rejected) / 2;
            if (decide(u, mid, out _)) accepted = mid;
            else rejected = mid;
        }
        return accepted;
    }
}
