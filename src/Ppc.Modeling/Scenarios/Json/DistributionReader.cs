using System.Text.Json;
using Ppc.Modeling.Collections;
using Ppc.Modeling.Distributions;

namespace Ppc.Modeling.Scenarios.Json;

/// <summary>Reads an uncertain input: a plain number, or an object with exactly one distribution kind.</summary>
internal static class DistributionReader
{
    public static readonly string[] Kinds = ["beta", "pert", "triangular", "uniform", "lognormal", "gamma", "normal", "empirical"];

    public static Distribution? Read(JsonReadContext ctx, JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var e)) return null;
        return Read(ctx, e, JsonReadContext.Child(path, name));
    }

    public static Distribution Read(JsonReadContext ctx, JsonElement e, string path)
    {
        var errorsBefore = ctx.Errors.Count;
        var distribution = ReadValue(ctx, e, path);
        // A parameter that could not be read leaves NaN in the distribution: its own rules must not report that again.
        if (ctx.Errors.Count > errorsBefore) ctx.Unread(path);
        return distribution;
    }

    private static Distribution ReadValue(JsonReadContext ctx, JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Number) return new ConstantDistribution(ctx.Number(e, path) ?? double.NaN);
        if (e.ValueKind != JsonValueKind.Object)
        {
            ctx.Unreadable(path, $"expected a number or a distribution object ({string.Join(", ", Kinds)}), found {JsonReadContext.Describe(e)}");
            return new ConstantDistribution(double.NaN);
        }
        var keys = e.EnumerateObject().Select(p => p.Name).ToList();
        if (keys.Count != 1 || !Kinds.Contains(keys[0]))
        {
            var found = keys.Count == 0 ? "an empty object" : "{" + string.Join(", ", keys) + "}";
            ctx.Unreadable(path, $"a distribution object has exactly one kind key ({string.Join(", ", Kinds)}); found {found}");
            return new ConstantDistribution(double.NaN);
        }
        var kind = keys[0];
        var body = e.GetProperty(kind);
        var p = JsonReadContext.Child(path, kind);
        if (kind == "empirical")
        {
            return new EmpiricalDistribution(ctx.Numbers(body, p) ?? ValueArray<double>.Empty);
        }
        return kind switch
        {
            "beta" => ReadBeta(ctx, body, p),
            "pert" => ReadThree(ctx, body, p, (a, m, b) => new PertDistribution(a, m, b)),
            "triangular" => ReadThree(ctx, body, p, (a, m, b) => new TriangularDistribution(a, m, b)),
            "uniform" => ctx.CheckObject(body, p, ["min", "max"], ["min", "max"])
                ? new UniformDistribution(Num(ctx, body, "min", p), Num(ctx, body, "max", p))
                : new ConstantDistribution(double.NaN),
            "lognormal" => ctx.CheckObject(body, p, ["mean", "cv"], ["mean", "cv"])
                ? new LognormalDistribution(Num(ctx, body, "mean", p), Num(ctx, body, "cv", p))
                : new ConstantDistribution(double.NaN),
            "gamma" => ctx.CheckObject(body, p, ["mean", "cv"], ["mean", "cv"])
                ? new GammaDistribution(Num(ctx, body, "mean", p), Num(ctx, body, "cv", p))
                : new ConstantDistribution(double.NaN),
            _ => ctx.CheckObject(body, p, ["mean", "sd", "min", "max"], ["mean", "sd"])
                ? new NormalDistribution(Num(ctx, body, "mean", p), Num(ctx, body, "sd", p), ctx.Number(body, "min", p), ctx.Number(body, "max", p))
                : new ConstantDistribution(double.NaN),
        };
    }

    private static double Num(JsonReadContext ctx, JsonElement body, string name, string path) =>
        ctx.Number(body, name, path) ?? double.NaN;

    private static Distribution ReadThree(JsonReadContext ctx, JsonElement body, string p, Func<double, double, double, Distribution> make) =>
        ctx.CheckObject(body, p, ["min", "mode", "max"], ["min", "mode", "max"])
            ? make(Num(ctx, body, "min", p), Num(ctx, body, "mode", p), Num(ctx, body, "max", p))
            : new ConstantDistribution(double.NaN);

    private static Distribution ReadBeta(JsonReadContext ctx, JsonElement body, string p)
    {
        var meanForm = body.ValueKind == JsonValueKind.Object && (body.TryGetProperty("mean", out _) || body.TryGetProperty("concentration", out _));
        var shapeForm = body.ValueKind == JsonValueKind.Object && (body.TryGetProperty("alpha", out _) || body.TryGetProperty("beta", out _));
        if (meanForm && shapeForm)
        {
            ctx.Unreadable(p, "give either {mean, concentration} or {alpha, beta}, not both");
            return new ConstantDistribution(double.NaN);
        }
        if (!shapeForm)
        {
            return ctx.CheckObject(body, p, ["mean", "concentration"], ["mean", "concentration"])
                ? BetaDistribution.WithMeanAndConcentration(Num(ctx, body, "mean", p), Num(ctx, body, "concentration", p))
                : new ConstantDistribution(double.NaN);
        }
        ctx.CheckObject(body, p, ["alpha", "beta"], ["alpha", "beta"]);
        return BetaDistribution.WithShapes(Num(ctx, body, "alpha", p), Num(ctx, body, "beta", p));
    }
}
