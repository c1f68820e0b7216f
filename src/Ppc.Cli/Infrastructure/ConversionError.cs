using System.Globalization;
using System.Reflection;
using Spectre.Console.Cli;

namespace Ppc.Cli.Infrastructure;

/// <summary>
/// Spectre.Console.Cli reports an option value it cannot convert as "Failed to convert 'abc' to
/// Nullable`1.", without the option. This finds the option on the command line and says what it takes:
/// "--seed 'abc' is not allowed; give a whole number".
/// </summary>
internal static class ConversionError
{
    private const string Prefix = "Failed to convert '";

    /// <summary>The message for a failed conversion, or null when <paramref name="exception"/> is not one or its option cannot be found.</summary>
    /// <param name="exception">What Spectre.Console.Cli threw.</param>
    /// <param name="args">The command line, without the program name.</param>
    public static string? Describe(CommandAppException exception, IReadOnlyList<string> args)
    {
        var message = exception.Message;
        if (!message.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var end = message.IndexOf("' to ", Prefix.Length, StringComparison.Ordinal);
        if (end < 0) return null;
        var value = message[Prefix.Length..end];
        if (OptionOf(value, args) is not { } option || TypeOf(option) is not { } type) return null;
        return $"{option} '{value}' is not allowed; give {Allowed(type)}";
    }

    /// <summary>The option written just before <paramref name="value"/> (or as <c>--option=value</c>).</summary>
    private static string? OptionOf(string value, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-') && arg.EndsWith("=" + value, StringComparison.Ordinal)) return arg[..^(value.Length + 1)];
            if (i > 0 && arg == value && args[i - 1].StartsWith('-')) return args[i - 1];
        }
        return null;
    }

    /// <summary>The type of the settings property behind <paramref name="option"/>, in any of ppc's commands.</summary>
    private static Type? TypeOf(string option)
    {
        var name = option.TrimStart('-');
        var properties = typeof(ConversionError).Assembly.GetTypes()
            .Where(t => typeof(CommandSettings).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance));
        foreach (var property in properties)
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { } attribute
                && (attribute.LongNames.Contains(name) || attribute.ShortNames.Contains(name)))
            {
                return Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            }
        }
        return null;
    }

    private static string Allowed(Type type)
    {
        if (type.IsEnum) return OneOf(Enum.GetNames(type).Select(n => n.ToLower(CultureInfo.InvariantCulture)).ToList());
        if (type == typeof(int) || type == typeof(long)) return "a whole number";
        if (type == typeof(double)) return "a number";
        return $"a value of type {type.Name}";
    }

    /// <summary>["a", "b", "c"] as "a, b or c".</summary>
    private static string OneOf(IReadOnlyList<string> names) =>
        names.Count < 2 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
}
