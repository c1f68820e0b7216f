namespace Ppc.Modeling.Tests.Evaluation;

/// <summary>Asserts that a computed number equals a hand-computed one up to floating-point rounding.</summary>
internal static class Near
{
    /// <summary>Relative tolerance of the hand-computed cases: far below any modelling difference, well above rounding.</summary>
    public const double Relative = 1e-9;

    public static void Equal(double expected, double actual, string? what = null)
    {
        if (!Close(expected, actual, Relative))
        {
            Assert.Fail($"{what ?? "value"}: expected {expected:R}, found {actual:R}");
        }
    }

    public static void Equal(double? expected, double? actual, string? what = null)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what ?? "value"}: expected {Show(expected)}, found {Show(actual)}");
            return;
        }
        Equal(expected.Value, actual.Value, what);
    }

    /// <summary>Each month's value against the expected series, month 1 first.</summary>
    public static void Series(double[] expected, Func<int, double> actual, string what)
    {
        for (var t = 1; t <= expected.Length; t++) Equal(expected[t - 1], actual(t), $"{what} in month {t}");
    }

    /// <summary>|a − b| ≤ relative · max(|a|, |b|) + 1e-12.</summary>
    public static bool Close(double a, double b, double relative) =>
        Math.Abs(a - b) <= relative * Math.Max(Math.Abs(a), Math.Abs(b)) + 1e-12;

    private static string Show(double? value) => value is { } v ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "null";
}
