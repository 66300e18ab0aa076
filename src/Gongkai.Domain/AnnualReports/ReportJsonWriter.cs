using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Writes the canonical JSON of report-data.md. The output is deterministic (key order follows the
/// template, numbers carry no trailing zeros, rows of numbers sit on one line) so that the SHA-256 of
/// a published report identifies its content and two exports of the same figures are byte-identical.
/// </summary>
public static class ReportJsonWriter
{
    private static readonly JsonSerializerOptions StringOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(ReportFigures figures, IReadOnlyCollection<Finding>? findings = null)
    {
        var json = new StringBuilder(4096);
        json.Append("{\n");
        json.Append("  \"template\": ").Append(Str(figures.Template.Id)).Append(",\n");
        json.Append("  \"year\": ").Append(figures.Year.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        json.Append("  \"agency\": ").Append(Str(figures.Agency)).Append(",\n");
        WriteProactive(figures, json);
        WriteRows(json, "applications", figures.Template.ApplicationRows.Select(r => r.Key),
            key => figures.Template.ApplicantColumns.Select((_, c) => figures.Application(key, c)));
        json.Append(",\n");
        WriteRows(json, "appeals", figures.Template.AppealGroups.Select(g => g.Key),
            key => figures.Template.AppealColumns.Select((_, c) => figures.Appeal(key, c)));
        if (findings is { Count: > 0 })
        {
            json.Append(",\n  \"findings\": [\n");
            json.AppendJoin(",\n", findings.Select(f => "    " + JsonSerializer.Serialize(f, StringOptions)));
            json.Append("\n  ]");
        }

        json.Append("\n}\n");
        return json.ToString();
    }

    public static byte[] WriteUtf8(ReportFigures figures) => Encoding.UTF8.GetBytes(Write(figures));

    private static void WriteProactive(ReportFigures figures, StringBuilder json)
    {
        json.Append("  \"proactive\": {\n");
        var rows = figures.Template.ProactiveRows.ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            json.Append("    ").Append(Str(row.Key)).Append(": { ");
            json.AppendJoin(", ", row.Fields.Select(field =>
            {
                var cell = figures.Template.ProactiveCell(row.Key, field.Key);
                var value = field.Kind == CellKind.AmountText ? Str(figures.Text(cell)) : Num(figures[cell]);
                return $"{Str(field.Key)}: {value}";
            }));
            json.Append(i < rows.Count - 1 ? " },\n" : " }\n");
        }

        json.Append("  },\n");
    }

    private static void WriteRows(StringBuilder json, string name, IEnumerable<string> keys, Func<string, IEnumerable<decimal?>> values)
    {
        json.Append("  ").Append(Str(name)).Append(": {\n");
        json.AppendJoin(",\n", keys.Select(key => $"    {Str(key)}: [{string.Join(", ", values(key).Select(Num))}]"));
        json.Append("\n  }");
    }

    private static string Str(string? value) => value is null ? "null" : JsonSerializer.Serialize(value, StringOptions);

    private static string Num(decimal? value) => value is { } v ? ReportChecker.Format(v) : "null";
}
