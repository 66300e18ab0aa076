using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Prose;
using Gongkai.Reading;

namespace Gongkai.Application.Reading;

/// <summary>
/// One read file as stored: <see cref="ReadResult.ToJson"/> (the canonical figures with the findings, or
/// the small object of a file not read into a template) wrapped with what the pages need to redraw it —
/// name, format, outcome, title, year, agency, message, statistics and the figures the prose states. The
/// narrative itself is not kept: its checks (C11, C12) were made when the batch was read.
/// </summary>
public static class StoredResult
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly JsonSerializerOptions Serializer = new() { Encoder = Options.Encoder };

    public static string Write(ReadResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", result.FileName);
            json.WriteString("format", result.DetectedFormat.ToString());
            json.WriteString("outcome", result.Outcome.ToString());
            json.WriteString("title", result.Title);
            json.WriteString("message", result.Message);
            WriteNumber(json, "year", result.Year);
            json.WriteString("agency", result.Agency);
            json.WriteStartArray("stats");
            json.WriteNumberValue(result.Stats.CellsRead);
            json.WriteNumberValue(result.Stats.CellsUnresolved);
            json.WriteNumberValue(result.Stats.CellsMissing);
            json.WriteEndArray();
            json.WritePropertyName("stated");
            JsonSerializer.Serialize(json, result.Stated, Serializer);
            json.WritePropertyName("result");
            json.WriteRawValue(result.ToJson(), skipInputValidation: true);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The result as it was read (without its narrative). Throws <see cref="JsonException"/> on a document this class did not write.</summary>
    public static ReadResult Read(string stored)
    {
        using var document = JsonDocument.Parse(stored);
        var root = document.RootElement;
        var outcome = Enum.Parse<ReadOutcome>(root.GetProperty("outcome").GetString()!);
        var inner = root.GetProperty("result");
        var findings = inner.TryGetProperty("findings", out var list)
            ? list.Deserialize<List<Finding>>(Serializer) ?? []
            : [];
        var figures = outcome == ReadOutcome.Read && inner.TryGetProperty("template", out _) ? ReportJsonReader.Read(inner) : null;
        var stats = root.GetProperty("stats");
        return new ReadResult(
            root.GetProperty("file").GetString()!,
            Enum.Parse<InputFormat>(root.GetProperty("format").GetString()!),
            outcome,
            figures,
            findings,
            new ReadStatistics(stats[0].GetInt32(), stats[1].GetInt32(), stats[2].GetInt32()),
            root.GetProperty("title").GetString(),
            ReportText.Empty,
            root.GetProperty("message").GetString())
        {
            Year = root.GetProperty("year").ValueKind == JsonValueKind.Number ? root.GetProperty("year").GetInt32() : null,
            Agency = root.GetProperty("agency").GetString(),
            Stated = root.GetProperty("stated").Deserialize<List<StatedFigure>>(Serializer) ?? [],
        };
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
