using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Gongkai.Reading;

/// <summary>The JSON of a file that was not read into a template: no figures, so no canonical shape.</summary>
internal static class UnreadJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonSerializerOptions FindingOptions = new() { Encoder = Options.Encoder };

    public static string Write(ReadResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("outcome", OutcomeName(result.Outcome));
            json.WriteString("file", result.FileName);
            json.WriteString("message", result.Message);
            json.WriteString("title", result.Title);
            if (result.Year is { } year)
            {
                json.WriteNumber("year", year);
            }
            else
            {
                json.WriteNull("year");
            }

            json.WriteString("agency", result.Agency);
            json.WriteStartArray("stated");
            foreach (var stated in result.Stated)
            {
                json.WriteStartObject();
                json.WriteString("key", stated.Key);
                json.WriteString("label", stated.Label);
                json.WriteNumber("value", stated.Value);
                json.WriteString("unit", stated.Unit);
                json.WriteString("quote", stated.Quote);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("findings");
            JsonSerializer.Serialize(json, result.Findings, FindingOptions);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string OutcomeName(ReadOutcome outcome) => outcome switch
    {
        ReadOutcome.Read => "read",
        ReadOutcome.NotAReport => "not_a_report",
        ReadOutcome.Pre2019 => "pre2019",
        _ => "failed",
    };
}
