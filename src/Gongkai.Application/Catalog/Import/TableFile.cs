using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Domain;

namespace Gongkai.Application.Catalog.Import;

/// <summary>
/// Rows of a CSV (RFC 4180; UTF-8 with or without BOM, else GB18030 as old sites export) or of the first sheet
/// of an XLSX, each with its line number, the header row checked against exactly the columns expected.
/// </summary>
public static class TableFile
{
    public static List<(int Line, string[] Cells)> Read(string fileName, byte[] content, IReadOnlyList<string> header)
    {
        var rows = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" or ".txt" => Csv(Decode(content)),
            ".xlsx" => Xlsx(content),
            _ => throw GongkaiException.Invalid($"文件“{Path.GetFileName(fileName)}”应为 CSV 或 XLSX"),
        };
        if (rows.Count == 0)
        {
            throw GongkaiException.Invalid("文件是空的：第 1 行应为表头 " + string.Join(",", header));
        }

        var first = rows[0].Cells.Select(c => c.Trim()).ToArray();
        if (!first.SequenceEqual(header))
        {
            throw GongkaiException.Invalid("第 1 行表头不对，未导入任何内容", [new JsonProblem("第 1 行", $"表头应为“{string.Join(",", header)}”，实为“{string.Join(",", first)}”")]);
        }

        return rows.Skip(1).Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
    }

    private static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }

    /// <summary>RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; a record's line is where it starts.</summary>
    public static List<(int Line, string[] Cells)> Csv(string text)
    {
        var rows = new List<(int, string[])>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, start, quoted, i) = (1, 1, false, 0);
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add((start, cells.ToArray()));
                cells.Clear();
                line++;
                start = line;
            }
            else
            {
                cell.Append(c);
            }

            i++;
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add((start, cells.ToArray()));
        }

        return rows;
    }

    private static List<(int Line, string[] Cells)> Xlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var excel = SpreadsheetDocument.Open(stream, false);
            var workbook = excel.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = new List<(int, string[])>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value ?? "");
                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }

                    cells.Add(cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var s) && s < shared.Count ? shared[s]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "");
                }

                rows.Add(((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells.ToArray()));
            }

            return rows;
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidOperationException or NullReferenceException)
        {
            throw GongkaiException.Invalid("XLSX 文件无法读取，请用 Excel 或 WPS 另存为 .xlsx 后重试");
        }
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(0, index - 1);
    }

    /// <summary>A date as offices write it: 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日.</summary>
    public static DateOnly? Date(string text)
    {
        var t = text.Trim().Replace('年', '-').Replace('月', '-').Replace("日", "", StringComparison.Ordinal).Replace('/', '-').Replace('.', '-');
        if (t.Length > 10 && t[10] is ' ' or 'T')
        {
            t = t[..10];
        }

        if (DateOnly.TryParseExact(t, ["yyyy-M-d", "yyyy-MM-dd"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date.Year >= 1949 ? date : null;
        }

        // A date cell of a spreadsheet is stored as its serial number (days since 1899-12-30); 18264 is 1950-01-01.
        return double.TryParse(t, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var serial) && serial is >= 18264 and < 2958466
            ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))) : null;
    }
}
