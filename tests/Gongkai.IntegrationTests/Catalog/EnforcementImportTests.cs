using System.Globalization;
using Gongkai.Application.AnnualReports.FromRecords;
using Gongkai.Application.Data;
using Gongkai.Application.Demo;
using Gongkai.Cli;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Catalog.Enforcement;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// <c>gongkai catalog enforcement import</c> against the host's database: a generated register (CSV and XLSX)
/// fills table 二 (五)(六)(八)(九) of both formats through “从办理记录填入” exactly as an independent count of the
/// generated lines says; every kind of bad line refuses the file with its line number, nothing imported; a
/// re-import of the same 编号 replaces the line, never duplicates it.
/// </summary>
public sealed class EnforcementImportTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();
    private readonly string _work = Directory.CreateTempSubdirectory("gongkai-enforcement-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task AGeneratedRegisterFillsTableTwoOfBothFormatsAsAnIndependentCountSays()
    {
        var agency = await Demo.DepartmentIdAsync(_factory);
        var random = new Random(1103);
        var lines = EnforcementCorpus.Generate(random, 900, new DateOnly(2019, 1, 1), new DateOnly(2026, 11, 20));
        var split = lines.Count * 2 / 3;
        var (code, output, error) = await RunAsync("catalog", "enforcement", "import", Write("register.csv", EnforcementCorpus.CsvBytes(lines.Take(split))), "--agency", DemoSeeder.DemoDepartment);
        Assert.True(code == 0, error);
        Assert.Contains($"已导入 {split} 行执法登记（新增 {split}，替换 0）", output);
        var xlsx = CatalogCommandLineTests.Xlsx([EnforcementCorpus.Header, .. lines.Skip(split).Select(l => l.Cells)]);
        (code, output, error) = await RunAsync("catalog", "enforcement", "import", Write("register.xlsx", xlsx), "--agency", DemoSeeder.DemoDepartment);
        Assert.True(code == 0, error);
        Assert.Contains($"新增 {lines.Count - split}，替换 0", output);
        Assert.Equal(lines.Count, await CountAsync(agency));

        foreach (var year in new[] { 2019, 2020, 2021, 2024, 2026 })
        {
            var expected = EnforcementCorpus.Expected(lines, year);
            await using var scope = _factory.Services.CreateAsyncScope();
            var recorded = (await scope.ServiceProvider.GetRequiredService<ReportFromRecords>().CompareAsync(agency, ReportFigures.Blank(year))).Recorded;
            foreach (var (path, value) in expected)
            {
                Assert.True(recorded[path] == value, $"{year} {path}: expected {value}, got {recorded[path]}");
            }

            Assert.Contains(expected, e => e.Value != 0);
            if (year < 2021)
            {
                var text = recorded.Text(recorded.Template.ProactiveCell("procurement", "amount_text"));
                Assert.Equal(expected["proactive.procurement.amount_wan"] * 10000m, AmountReading.Parse(text!)!.Value);
                Assert.EndsWith("元", text, StringComparison.Ordinal);
            }
        }

        // An agency that keeps no register: its typed table 二 is left as typed, not replaced by zeros.
        var office = await Demo.AgencyIdAsync(_factory, DemoSeeder.DemoOffice);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var typed = ReportFigures.Blank(2024);
            typed["proactive.licensing.decisions"] = 7;
            var recorded = (await scope.ServiceProvider.GetRequiredService<ReportFromRecords>().CompareAsync(office, typed)).Recorded;
            Assert.Equal(7, recorded["proactive.licensing.decisions"]);
        }
    }

    [Fact]
    public async Task EachKindOfBadLineRefusesTheWholeFileWithItsLineNumber()
    {
        var agency = await Demo.DepartmentIdAsync(_factory);
        var random = new Random(1109);
        var rows = EnforcementCorpus.Generate(random, 60, new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31)).Select(l => l.Cells).ToList();
        var decisions = Enumerable.Range(0, rows.Count).Where(i => rows[i][0] is "行政许可" or "行政处罚").OrderBy(_ => random.Next()).ToList();
        var fees = Enumerable.Range(0, rows.Count).Where(i => rows[i][0] == "行政事业性收费").OrderBy(_ => random.Next()).ToList();
        // (line index, column, bad value, what the message names)
        var faults = new List<(int Index, int Column, string Value, string Expected)>
        {
            (decisions[0], 0, "行政检查", "类别"), (decisions[1], 3, "2024-02-30", "日期"), (decisions[2], 3, "", "日期"),
            (decisions[3], 1, "", "编号"), (decisions[4], 4, "2020-01-01", "公示日期"), (decisions[5], 5, "100", "金额"),
            (decisions[6], 3, "2099-01-01", "晚于今天"), (decisions[7], 2, new string('名', 201), "名称"),
            (fees[0], 5, "-5", "金额"), (fees[1], 5, "12.345", "两位小数"), (fees[2], 5, "", "应填写金额"), (fees[3], 5, "一百元", "金额"),
        };
        foreach (var (index, column, value, _) in faults)
        {
            rows[index][column] = value;
        }

        // The same 编号 of the same 类别 twice: the later line is the bad one.
        var clean = Enumerable.Range(0, rows.Count).Where(i => faults.All(f => f.Index != i) && rows[i][0] == "行政强制").ToList();
        var (first, duplicate) = (clean[0], clean[^1]);
        rows[duplicate][1] = rows[first][1];

        var (code, output, error) = await RunAsync("catalog", "enforcement", "import", Write("bad.csv", System.Text.Encoding.UTF8.GetBytes(EnforcementCorpus.Csv([EnforcementCorpus.Header, .. rows]))), "--agency", DemoSeeder.DemoDepartment);
        Assert.Equal(1, code);
        Assert.DoesNotContain("已导入", output);
        Assert.Contains("未导入任何内容", error);
        var errorLines = error.Split('\n');
        foreach (var (index, _, _, expected) in faults)
        {
            // The header is line 1: the line of row i is i + 2.
            Assert.True(errorLines.Any(l => l.Contains($"第 {index + 2} 行", StringComparison.Ordinal) && l.Contains(expected, StringComparison.Ordinal)), $"line {index + 2} ({expected}) not listed in:\n{error}");
        }

        Assert.Contains(errorLines, l => l.Contains($"第 {duplicate + 2} 行", StringComparison.Ordinal) && l.Contains($"第 {first + 2} 行", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync(agency));

        (code, _, error) = await RunAsync("catalog", "enforcement", "import", Write("header.csv", System.Text.Encoding.UTF8.GetBytes(EnforcementCorpus.Csv([["类别", "编号"], ["行政许可", "X"]]))), "--agency", DemoSeeder.DemoDepartment);
        Assert.Equal(1, code);
        Assert.Contains("第 1 行表头不对", error);
        (code, _, error) = await RunAsync("catalog", "enforcement", "import", Write("none.csv", EnforcementCorpus.CsvBytes([])), "--agency", "不存在的局");
        Assert.Equal(1, code);
        Assert.Contains("不存在的局", error);
        Assert.Equal(0, await CountAsync(agency));
    }

    [Fact]
    public async Task AReimportOfTheSameNumbersReplacesTheLinesInsteadOfDuplicatingThem()
    {
        var agency = await Demo.DepartmentIdAsync(_factory);
        var random = new Random(1117);
        var lines = EnforcementCorpus.Generate(random, 300, new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));
        var (code, _, error) = await RunAsync("catalog", "enforcement", "import", Write("a.csv", EnforcementCorpus.CsvBytes(lines)), "--agency", DemoSeeder.DemoDepartment);
        Assert.True(code == 0, error);

        // The decisions not yet public are made public now; a few new lines come with them.
        var unpublished = lines.Where(l => !l.IsMatter && l.AmountFen is null && l.PublishedOn is null).ToList();
        Assert.NotEmpty(unpublished);
        var updated = unpublished.Select(l => l with { PublishedOn = l.Date.AddDays(3) }).ToList();
        var added = EnforcementCorpus.Generate(random, 20, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), tag: "新");
        string output;
        (code, output, error) = await RunAsync("catalog", "enforcement", "import", Write("b.csv", EnforcementCorpus.CsvBytes([.. updated, .. added])), "--agency", DemoSeeder.DemoDepartment);
        Assert.True(code == 0, error);
        Assert.Contains($"新增 {added.Count}，替换 {updated.Count}", output);
        Assert.Equal(lines.Count + added.Count, await CountAsync(agency));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var numbers = updated.Select(u => u.Number).ToList();
        var stored = await db.Set<EnforcementRecord>().Where(r => r.AgencyId == agency && numbers.Contains(r.Number)).ToListAsync();
        Assert.Equal(updated.Count, stored.Count);
        Assert.All(stored, r => Assert.Equal(r.Date.AddDays(3), r.PublishedOn));
    }

    private async Task<int> CountAsync(int agency)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<EnforcementRecord>().CountAsync(r => r.AgencyId == agency);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = await GongkaiCommandLine.RunAsync(args, output, error, new Dictionary<string, string?>
        {
            ["Database:Provider"] = _factory.Database.Provider,
            ["ConnectionStrings:Default"] = _factory.Database.ConnectionString,
            ["Gongkai:Demo:Catalog"] = "false",
        });
        return (code, output.ToString(), error.ToString());
    }
}
