using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Reporting.RunFormat;

/// <summary>
/// The JSON conventions of CLI.md, used for command output, manifest.json, results.json and document
/// models: snake_case names, ISO dates, amounts as JSON numbers.
/// </summary>
public static class ReportingJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    /// <summary>
    /// The bytes of a run file such as manifest.json: UTF-8 without a byte order mark, '\n' line ends
    /// and a final newline on every machine, so the same run gives the same bytes and the same hash.
    /// </summary>
    public static byte[] ToFileBytes<T>(T value) =>
        new UTF8Encoding(false).GetBytes(Serialize(value).Replace("\r\n", "\n") + "\n");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new LocalDateConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        /// <remarks>A date that is not yyyy-mm-dd is a <see cref="JsonException"/>, reported like any other bad JSON.</remarks>
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            var parsed = LocalDatePattern.Iso.Parse(text ?? "");
            return parsed.Success ? parsed.Value : throw new JsonException($"'{text}' is not a date in the form yyyy-mm-dd");
        }

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
