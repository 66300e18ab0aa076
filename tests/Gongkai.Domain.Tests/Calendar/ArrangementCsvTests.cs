using Gongkai.Domain.Calendar;
using static Gongkai.Domain.Tests.Calendar.WorkingDayCalendarTests;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>The arrangement CSV: the shipped file, generated files, and one test per kind of bad line.</summary>
public sealed class ArrangementCsvTests
{
    private const string Header = "date,kind,holiday,weekday,arrangement_year";

    [Fact]
    public void TheShippedFileParsesToEveryDataLineWithTheCovidMarkerAsARemark()
    {
        var text = OfficialArrangement.CsvText();
        var lines = text.Split('\n');
        var dataLines = lines.Count(l => l.Length > 0 && char.IsDigit(l[0]));

        var file = ArrangementCsv.Parse(text);

        Assert.Equal(dataLines, file.Rows.Count);
        Assert.Equal(Enumerable.Range(2019, 8), file.Years);
        var notice = Assert.Single(file.Notices);
        Assert.Equal(Array.FindIndex(lines, l => l.StartsWith("2020-02-03,", StringComparison.Ordinal)) + 1, notice.Line);
        Assert.Contains("2020-02-03（星期一） 本为工作日", notice.Message, StringComparison.Ordinal);
        Assert.StartsWith("# PRC statutory holiday arrangement", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedFilesRoundTrip()
    {
        var random = new Random(109);
        for (var i = 0; i < 100; i++)
        {
            var rows = RandomArrangements.Rows(random, RandomArrangements.Years(random));
            var file = ArrangementCsv.Parse(RandomArrangements.ToCsv(rows));
            Assert.Equal(rows, file.Rows);
        }
    }

    [Fact]
    public void CommentsBlankLinesCarriageReturnsAByteOrderMarkAndQuotesAreAccepted()
    {
        var text = "\uFEFF# 注释\r\n\r\n" + Header + "\r\n# 中间的注释\r\n\"2025-10-01\",off,国庆节,三,2025\r\n  2025-10-11 , work , 国庆节 , 六 , 2025  \r\n";
        var file = ArrangementCsv.Parse(text);
        Assert.Equal(
            [new ArrangementRow(D("2025-10-01"), DayKind.Off, "国庆节", 2025), new ArrangementRow(D("2025-10-11"), DayKind.Work, "国庆节", 2025)],
            file.Rows);
        Assert.Empty(file.Notices);
    }

    [Theory]
    [InlineData("2025-10-01,off,国庆节,三", "应有 5 列（date,kind,holiday,weekday,arrangement_year），实际为 4 列")]
    [InlineData("2025-10-01,off,国庆节,三,2025,多余", "应有 5 列（date,kind,holiday,weekday,arrangement_year），实际为 6 列")]
    [InlineData("2025-13-01,off,国庆节,三,2025", "日期“2025-13-01”无效，应为 YYYY-MM-DD 格式的日期")]
    [InlineData("2025/10/01,off,国庆节,三,2025", "日期“2025/10/01”无效，应为 YYYY-MM-DD 格式的日期")]
    [InlineData("2025-10-01,holiday,国庆节,三,2025", "类别“holiday”无效，应为 off（放假）或 work（调休上班）")]
    [InlineData("2025-10-01,off,,三,2025", "节日名称（holiday）为空")]
    [InlineData("2025-10-01,off,国庆节,周三,2025", "星期“周三”无效，应为 一、二、三、四、五、六、日 之一")]
    [InlineData("2025-10-01,off,国庆节,四,2025", "星期“四”与日期 2025-10-01 不符，该日为星期三")]
    [InlineData("2025-10-01,off,国庆节,三,25", "放假安排年度“25”无效，应为 4 位年份")]
    [InlineData("2025-10-01,off,国庆节,三,2024", "放假安排年度 2024 与日期 2025-10-01 不符，应为 2025")]
    [InlineData("2024-12-30,off,元旦,一,2026", "放假安排年度 2026 与日期 2024-12-30 不符，应为 2024 或 2025")]
    [InlineData("2025-10-07,work,国庆节,二,2025", "2025-10-07 已在第 3 行列为 off（放假），此处又列为 work（调休上班），前后矛盾")]
    public void EachKindOfBadLineIsRefusedWithItsLineNumberAndWhatWasExpected(string bad, string expected)
    {
        var text = $"{Header}\n2025-10-06,off,国庆节,一,2025\n2025-10-07,off,国庆节,二,2025\n{bad}\n2025-10-11,work,国庆节,六,2025\n";
        var refusal = Assert.Throws<ArrangementCsvException>(() => ArrangementCsv.Parse(text));
        var problem = Assert.Single(refusal.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Contains("第 4 行：", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-10-01,off,国庆节,三,2025\n", 1, "缺少表头 date,kind,holiday,weekday,arrangement_year")]
    [InlineData("日期,类别,节日,星期,年度\n2025-10-01,off,国庆节,三,2025\n", 1, "表头应为 date,kind,holiday,weekday,arrangement_year，实际为“日期,类别,节日,星期,年度”")]
    [InlineData("# only comments\n\n", 1, "没有表头")]
    [InlineData("# header only\ndate,kind,holiday,weekday,arrangement_year\n", 3, "没有任何放假安排行")]
    public void AFileWithoutHeaderOrRowsIsRefused(string text, int line, string expected)
    {
        var problem = Assert.Throws<ArrangementCsvException>(() => ArrangementCsv.Parse(text)).Problems[0];
        Assert.Equal(line, problem.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneBadLineAnywhereInAGeneratedFileRefusesTheWholeFile()
    {
        var random = new Random(30);
        string[] bads = ["2025-02-30,off,春节,一,2025", "2025-10-01,rest,国庆节,三,2025", "2025-10-01,off,国庆节,一,2025", "x"];
        for (var i = 0; i < 200; i++)
        {
            var lines = RandomArrangements.ToCsv(RandomArrangements.Rows(random, RandomArrangements.Years(random))).TrimEnd('\n').Split('\n').ToList();
            var at = random.Next(2, lines.Count + 1);
            lines.Insert(at, bads[random.Next(bads.Length)]);

            var refusal = Assert.Throws<ArrangementCsvException>(() => ArrangementCsv.Parse(string.Join('\n', lines)));
            Assert.Equal(at + 1, Assert.Single(refusal.Problems).Line);
        }
    }

    [Fact]
    public void EveryBadLineIsReportedNotOnlyTheFirst()
    {
        var text = $"{Header}\n2025-10-01,off,国庆节,三,2025\nbad\n2025-10-02,off,国庆节,三,2025\n2025-10-01,work,国庆节,三,2025\n";
        var refusal = Assert.Throws<ArrangementCsvException>(() => ArrangementCsv.Parse(text));
        Assert.Equal([3, 4, 5], refusal.Problems.Select(p => p.Line).Distinct());
    }

    [Fact]
    public void TheSameDateTwiceAlikeIsUsedOnceWithARemark()
    {
        var text = $"{Header}\n2025-10-01,off,国庆节,三,2025\n2025-10-01,off,国庆节,三,2025\n";
        var file = ArrangementCsv.Parse(text);
        Assert.Single(file.Rows);
        Assert.Equal(new CsvLineProblem(3, "2025-10-01 与第 2 行重复，只计一次"), Assert.Single(file.Notices));
    }
}
