using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Application.Catalog.Import;
using Gongkai.Application.Demo;
using Gongkai.Cli;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// <c>gongkai catalog import</c>, <c>search</c> and <c>search-order</c> in-process against a test database: a good
/// generated file (CSV and XLSX) is imported with 索引号 given or generated and found by search; each kind of
/// bad line refuses the whole file, every bad line listed, nothing imported; the search index put in publication
/// order (PostgreSQL) returns the same results.
/// </summary>
public sealed class CatalogCommandLineTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly string _work = Directory.CreateTempSubdirectory("gongkai-catalog-cli-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    private sealed record Row(string IndexNo, string Title, string DocumentNo, DateOnly Written, DateOnly Published, string Category, string Genre, string Validity, string Body, string Mode)
    {
        public string[] Cells => [IndexNo, Title, DocumentNo, "", Iso(Written), Iso(Published), Category, Genre, Validity, "迁移 测试", "", Body, Mode];
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Valid rows with every awkward thing a CSV may hold (commas, quotes, line breaks), some 索引号 given, some to generate, a few not proactive.</summary>
    private static List<Row> Rows(Random random, int count, string tag)
    {
        string[] subjects = ["市容环境", "户外广告", "渣土运输", "占道经营", "园林绿化", "排水防涝"];
        return Enumerable.Range(0, count).Select(i =>
        {
            var written = new DateOnly(2019 + random.Next(6), 1 + random.Next(12), 1 + random.Next(28));
            var subject = subjects[random.Next(subjects.Length)];
            return new Row(
                i % 3 == 0 ? $"OLD-{tag}-{i:000}" : "",
                $"关于{subject}管理的通知{tag}{i}",
                $"根城管发〔{written.Year}〕{random.Next(1, 99)}号",
                written, written.AddDays(random.Next(0, 10)),
                CatalogVocabulary.Categories[random.Next(CatalogVocabulary.Categories.Count)],
                CatalogVocabulary.Genres[random.Next(CatalogVocabulary.Genres.Count)],
                random.Next(6) == 0 ? "废止" : "有效",
                $"第一段，含逗号,和\"引号\"。\n第二段{subject}。",
                i % 7 == 6 ? "依申请公开" : "主动公开");
        }).ToList();
    }

    private static string Csv(IEnumerable<string[]> rows) =>
        string.Join("\r\n", rows.Select(r => string.Join(",", r.Select(c => c.Contains(',') || c.Contains('"') || c.Contains('\n') ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c)))) + "\r\n";

    [Fact]
    public async Task AGoodCsvAndXlsxAreImportedWithIndexNumbersAndFoundBySearch()
    {
        var random = new Random(61);
        var csvRows = Rows(random, random.Next(20, 40), "甲");
        var csv = Write("good.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv([[.. CatalogImport.Header], .. csvRows.Select(r => r.Cells)]))).ToArray());
        var (code, output, error) = await RunAsync("catalog", "import", csv, "--agency", DemoSeeder.DemoDepartment);
        Assert.True(code == 0, error);
        Assert.Contains($"已导入 {csvRows.Count} 条目录信息", output);

        var xlsxRows = Rows(random, random.Next(5, 15), "乙");
        var xlsx = Write("good.xlsx", Xlsx([[.. CatalogImport.Header], .. xlsxRows.Select(r => r.Cells)]));
        (code, output, error) = await RunAsync("catalog", "import", xlsx, "--agency", DemoSeeder.DemoDepartment);
        Assert.True(code == 0, error);
        Assert.Contains($"已导入 {xlsxRows.Count} 条目录信息", output);

        foreach (var row in csvRows.Concat(xlsxRows))
        {
            // The last word of a query is a prefix (通知甲1 finds 通知甲14 too): the item is the one with this very title.
            var hits = (await SearchAsync(row.Title)).Where(h => h.GetProperty("title").GetString() == row.Title).ToList();
            if (row.Mode != "主动公开")
            {
                Assert.Empty(hits);
                continue;
            }

            var hit = Assert.Single(hits);
            Assert.Equal(row.Title, hit.GetProperty("title").GetString());
            Assert.Equal(row.Validity == "有效", hit.GetProperty("in_force").GetBoolean());
            Assert.True(hit.GetProperty("score").GetDouble() > 0);
            var indexNo = hit.GetProperty("index_no").GetString()!;
            Assert.Equal(row.IndexNo.Length > 0 ? row.IndexNo : $"{DemoSeeder.DemoCreditCode}/{row.Published.Year}-", row.IndexNo.Length > 0 ? indexNo : indexNo[..^5]);
        }

        var (textCode, text, _) = await RunAsync("catalog", "search", "通知甲", "--agency", DemoSeeder.DemoDepartment);
        Assert.Equal(0, textCode);
        Assert.Contains($"找到 {csvRows.Count(r => r.Mode == "主动公开")} 条结果", text);
    }

    [Fact]
    public async Task EachKindOfBadLineRefusesTheWholeFileListingEveryLine()
    {
        var random = new Random(67);
        var rows = Rows(random, 30, "丙").Select(r => r.Cells).ToList();
        // (column, bad value, what the message names); placed on distinct random lines.
        (int Column, string Value, string Expected)[] faults =
        [
            (4, "2024-13-45", "成文日期"), (5, "去年", "发布日期"), (6, "不存在的分类", "主题分类"), (7, "布告", "体裁"),
            (8, "暂停", "有效性"), (12, "部分公开", "公开属性"), (1, "", "名称"), (4, "", "成文日期"),
        ];
        var lines = Enumerable.Range(0, rows.Count).OrderBy(_ => random.Next()).Take(faults.Length).ToList();
        for (var f = 0; f < faults.Length; f++)
        {
            rows[lines[f]][faults[f].Column] = faults[f].Value;
        }

        // A 索引号 given twice: the second line is the bad one.
        var clean = Enumerable.Range(0, rows.Count).Where(i => !lines.Contains(i)).ToList();
        var duplicateLine = clean[^1];
        rows[clean[0]][0] = rows[duplicateLine][0] = "DUP-1";

        var file = Write("bad.csv", Encoding.UTF8.GetBytes(Csv([[.. CatalogImport.Header], .. rows])));
        var (code, output, error) = await RunAsync("catalog", "import", file, "--agency", DemoSeeder.DemoDepartment);
        Assert.Equal(1, code);
        Assert.DoesNotContain("已导入", output);
        Assert.Contains("未导入任何内容", error);
        for (var f = 0; f < faults.Length; f++)
        {
            // Line numbers are the file's own (as an editor shows them): the header is line 1 and every record spans two lines (its 正文 has a line break).
            Assert.True(error.Split('\n').Any(l => l.Contains($"第 {2 + 2 * lines[f]} 行", StringComparison.Ordinal) && l.Contains(faults[f].Expected, StringComparison.Ordinal)),
                $"line {2 + 2 * lines[f]} ({faults[f].Expected}) is not listed in:\n{error}");
        }

        Assert.Contains(error.Split('\n'), l => l.Contains($"第 {2 + 2 * duplicateLine} 行", StringComparison.Ordinal) && l.Contains("DUP-1", StringComparison.Ordinal));
        Assert.Empty(await SearchAsync("通知丙"));

        var header = Write("header.csv", Encoding.UTF8.GetBytes(Csv([["名称", "索引号"], ["关于某事的通知", "X"]])));
        (code, _, error) = await RunAsync("catalog", "import", header, "--agency", DemoSeeder.DemoDepartment);
        Assert.Equal(1, code);
        Assert.Contains("第 1 行表头不对", error);

        (code, _, error) = await RunAsync("catalog", "import", Write("x.csv", Encoding.UTF8.GetBytes(Csv([[.. CatalogImport.Header]]))), "--agency", "不存在的局");
        Assert.Equal(1, code);
        Assert.Contains("不存在的局", error);
    }

    [Fact]
    public async Task SearchOrderPutsTheIndexInPublicationOrderAndChangesNoResult()
    {
        // Imported as a migration does: the rows in the file's order, their days at random.
        var rows = Rows(new Random(62), 40, "丙");
        var (code, _, error) = await RunAsync("catalog", "import", Write("mixed.csv", Encoding.UTF8.GetBytes(Csv([[.. CatalogImport.Header], .. rows.Select(r => r.Cells)]))), "--agency", DemoSeeder.DemoDepartment);
        Assert.True(code == 0, error);
        var before = await SearchAsync("通知丙");
        Assert.NotEmpty(before);
        if (TestDatabase.UsePostgres)
        {
            Assert.True(await OutOfOrderAsync() > 0, "the import left rows out of publication order");
        }

        (code, var output, error) = await RunAsync("catalog", "search-order");
        Assert.True(code == 0, error);
        Assert.Contains(TestDatabase.UsePostgres ? "已按发布日期重排" : "无需重排", output, StringComparison.Ordinal);
        Assert.Equal(before.Select(h => h.GetRawText()), (await SearchAsync("通知丙")).Select(h => h.GetRawText()));
        if (TestDatabase.UsePostgres)
        {
            Assert.Equal(0, await OutOfOrderAsync());
        }
    }

    /// <summary>Rows of either search table whose sort key is lower than the one stored before it.</summary>
    private async Task<long> OutOfOrderAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT (SELECT count(*) FROM (SELECT "SortKey" < lag("SortKey") OVER (ORDER BY ctid) AS down FROM "CatalogSearch") s WHERE down)
                 + (SELECT count(*) FROM (SELECT "SortKey" < lag("SortKey") OVER (ORDER BY ctid) AS down FROM "CatalogSearchTitles") s WHERE down)
            """;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task HostileSearchStringsNeverFailAndJsonIsAnArray()
    {
        foreach (var query in new[] { "\"", "NEAR(a b)", "a OR b NOT c", "*", "'):*|!&", "\ud800城管", new string('城', 5000), "城管 AND" })
        {
            var (code, output, error) = await RunAsync("catalog", "search", query, "--json");
            Assert.True(code == 0, $"{query[..Math.Min(10, query.Length)]}: {error}");
            Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(output).RootElement.ValueKind);
        }
    }

    private async Task<List<JsonElement>> SearchAsync(string query)
    {
        var (code, output, error) = await RunAsync("catalog", "search", query, "--json", "--limit", "100");
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    internal static byte[] Xlsx(IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var excel = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = excel.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint r = 0;
            foreach (var row in rows)
            {
                r++;
                var cells = row.Select((c, i) => new Cell
                {
                    CellReference = $"{(char)('A' + i)}{r}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(c) { Space = SpaceProcessingModeValues.Preserve }),
                });
                data.Append(new DocumentFormat.OpenXml.Spreadsheet.Row(cells) { RowIndex = r });
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "目录" }));
        }

        return stream.ToArray();
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GongkaiCommandLine.RunAsync(args, output, error, new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["ConnectionStrings:Default"] = _database.ConnectionString,
            ["Gongkai:Demo:Catalog"] = "false",
        });
        return (code, output.ToString(), error.ToString());
    }
}
