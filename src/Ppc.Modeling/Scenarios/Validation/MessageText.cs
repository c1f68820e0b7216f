using System.Globalization;

namespace Ppc.Modeling.Scenarios.Validation;

/// <summary>
/// The one wording of every rule message: <c>{found} is not allowed; {what is allowed}</c> for an
/// error, <c>{found}; {advice}</c> for a warning, with values written the same way everywhere.
/// </summary>
internal static class MessageText
{
    public static string Error(string found, string allowed) => $"{found} is not allowed; {allowed}";

    public static string Warning(string found, string advice) => $"{found}; {advice}";

    /// <summary>A number as the user would write it (shortest round-trip form, invariant culture).</summary>
    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "infinity",
        double.NegativeInfinity => "-infinity",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>A sum of shares, without the noise of floating-point addition (15 significant digits).</summary>
    public static string Sum(double value) => double.IsFinite(value) ? value.ToString("G15", CultureInfo.InvariantCulture) : Number(value);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Quote(string? text) => text is null ? "null" : "\"" + text + "\"";

    /// <summary>Ids for a message: <c>a, b, c</c>, or <c>none</c>.</summary>
    public static string List(IEnumerable<string> ids)
    {
        var text = string.Join(", ", ids.Where(id => id.Length > 0));
        return text.Length == 0 ? "none" : text;
    }

    /// <summary>
    /// What a path's last step names, for "X must be ...": the property name, or "each entry of X"
    /// for an array element (<c>$.seasonality.hoursFactor[3]</c> gives <c>each entry of hoursFactor</c>).
    /// </summary>
    public static string Subject(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? name : "each entry of " + name[..bracket];
    }
}
