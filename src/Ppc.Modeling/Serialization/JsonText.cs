using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ppc.Modeling.Serialization;

/// <summary>Runs a JSON writer into indented UTF-8 text: the one way every document of the library becomes a string.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) write(writer, value);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
