using Ppc.Modeling.Distributions;
using static Ppc.Modeling.Scenarios.Json.JsonReadContext;
using static Ppc.Modeling.Scenarios.Validation.MessageText;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// Rules on an uncertain input (MODEL.md §1 and §4): a plain number in its input's range, or a
/// distribution whose parameters are valid and whose support lies in that range. Parameter errors
/// name the parameter (<c>$.stages[0].conversion.beta.mean</c>); a support error names the
/// distribution (<c>$.roles[2].hoursPerMonth.normal</c>).
/// </summary>
internal static class DistributionRules
{
    /// <summary>Checks a required input: its absence is an error on the object that lacks it.</summary>
    public static void CheckRequired(RuleContext ctx, string objectPath, string name, Distribution? d, InputRange range)
    {
        if (d is null) ctx.Error(objectPath, $"no {name}", $"{name} is required");
        else Check(ctx, Child(objectPath, name), d, range);
    }

    /// <summary>Checks an optional input at <paramref name="path"/> (nothing to do when absent).</summary>
    public static void Check(RuleContext ctx, string path, Distribution? d, InputRange range)
    {
        switch (d)
        {
            case null:
                return;
            case ConstantDistribution c when range == InputRange.Probability:
                ctx.Probability(path, c.Value);
                return;
            case ConstantDistribution c:
                ctx.NonNegative(path, c.Value);
                return;
        }
        var kindPath = Child(path, d.Kind);
        if (HasValidParameters(ctx, kindPath, d)) CheckSupport(ctx, path, kindPath, d, range);
    }

    private static bool HasValidParameters(RuleContext ctx, string p, Distribution d) => d switch
    {
        BetaDistribution { Parameterisation: BetaParameterisation.Shapes } b =>
            ctx.Positive(Child(p, "alpha"), b.Alpha) & ctx.Positive(Child(p, "beta"), b.Beta),
        BetaDistribution b => ctx.OpenUnit(Child(p, "mean"), b.Mean) & ctx.Positive(Child(p, "concentration"), b.Concentration),
        PertDistribution x => MinModeMax(ctx, p, x.Min, x.Mode, x.Max),
        TriangularDistribution x => MinModeMax(ctx, p, x.Min, x.Mode, x.Max),
        UniformDistribution u => ctx.Finite(Child(p, "min"), u.Min) & ctx.Finite(Child(p, "max"), u.Max) && MinBelowMax(ctx, p, u.Min, u.Max),
        LognormalDistribution l => ctx.Positive(Child(p, "mean"), l.MeanValue) & ctx.NonNegative(Child(p, "cv"), l.Cv),
        GammaDistribution g => ctx.Positive(Child(p, "mean"), g.MeanValue) & ctx.NonNegative(Child(p, "cv"), g.Cv),
        NormalDistribution n => HasValidNormal(ctx, p, n),
        EmpiricalDistribution e => HasValidValues(ctx, p, e),
        _ => true,
    };

    private static bool MinBelowMax(RuleContext ctx, string p, double min, double max)
    {
        if (min < max) return true;
        ctx.Error(Child(p, "max"), Number(max), $"max must be above min ({Number(min)})");
        return false;
    }

    private static bool MinModeMax(RuleContext ctx, string p, double min, double mode, double max)
    {
        var finite = ctx.Finite(Child(p, "min"), min) & ctx.Finite(Child(p, "mode"), mode) & ctx.Finite(Child(p, "max"), max);
        if (!finite || !MinBelowMax(ctx, p, min, max)) return false;
        if (mode >= min && mode <= max) return true;
        ctx.Error(Child(p, "mode"), Number(mode), $"mode must lie between min ({Number(min)}) and max ({Number(max)})");
        return false;
    }

    private static bool HasValidNormal(RuleContext ctx, string p, NormalDistribution n)
    {
        var valid = ctx.Finite(Child(p, "mean"), n.Mu) & ctx.NonNegative(Child(p, "sd"), n.Sd)
            & ctx.Finite(Child(p, "min"), n.Min) & ctx.Finite(Child(p, "max"), n.Max);
        if (!valid) return false;
        if (n is { Min: { } min, Max: { } max } && !MinBelowMax(ctx, p, min, max)) return false;
        var keepsMass = n.Sd > 0
            ? n.TruncatedMass > 0 && double.IsFinite(n.Mean)
            : (n.Min is not { } lo || n.Mu >= lo) && (n.Max is not { } hi || n.Mu <= hi);
        if (keepsMass) return true;
        ctx.Error(p, $"bounds [{Number(n.Min ?? double.NegativeInfinity)}, {Number(n.Max ?? double.PositiveInfinity)}]",
            $"the bounds must keep some probability of the normal with mean {Number(n.Mu)} and sd {Number(n.Sd)}");
        return false;
    }

    private static bool HasValidValues(RuleContext ctx, string p, EmpiricalDistribution e)
    {
        if (e.Values is null || e.Values.Count == 0)
        {
            ctx.Error(p, "an empty list", "an empirical distribution needs at least one value");
            return false;
        }
        var valid = true;
        for (var i = 0; i < e.Values.Count; i++) valid &= ctx.Finite(Index(p, i), e.Values[i]);
        return valid;
    }

    private static void CheckSupport(RuleContext ctx, string path, string kindPath, Distribution d, InputRange range)
    {
        double low = d.SupportMin, high = d.SupportMax;
        var inside = range == InputRange.Probability ? low >= 0 && high <= 1 : low >= 0;
        if (inside) return;
        var subject = Subject(path);
        var allowed = range == InputRange.Probability
            ? $"{subject} is a probability: every value its distribution can take must lie in [0, 1]"
            : $"{subject} is never negative: every value its distribution can take must be at least 0";
        if (d is NormalDistribution) allowed += range == InputRange.Probability ? " (give the normal min ≥ 0 and max ≤ 1)" : " (give the normal a min ≥ 0)";
        var article = d.Kind[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";
        ctx.Error(kindPath, $"{article} {d.Kind} taking values from {Number(low)} to {Number(high)}", allowed);
    }
}
