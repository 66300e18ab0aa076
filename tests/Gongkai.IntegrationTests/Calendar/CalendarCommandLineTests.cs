using System.Globalization;
using Gongkai.Cli;
using Gongkai.Domain.Calendar;

namespace Gongkai.IntegrationTests.Calendar;

/// <summary>`gongkai calendar …` run in-process: the printed lines, the messages on stderr and the exit codes.</summary>
public sealed class CalendarCommandLineTests
{
    [Theory]
    [InlineData("2024-09-27", "20", "2024-10-30")]
    [InlineData("2020-01-23", "20", "2020-02-28")]
    [InlineData("2025-12-20", "20", "2026-01-19")]
    [InlineData("2024-09-29", "2", "2024-10-08")]
    [InlineData("2024-05-06", "0", "2024-05-06")]
    public async Task AddWorkingDaysPrintsTheDate(string start, string n, string expected)
    {
        var (code, output, error) = await RunAsync("calendar", "add-working-days", start, n);
        Assert.True(code == 0, error);
        Assert.Equal([expected], Lines(output));
    }

    [Theory]
    [InlineData("2024-10-12", "yes")]
    [InlineData("2024-10-07", "no")]
    [InlineData("2025-01-28", "no")]
    [InlineData("2020-02-03", "yes")]
    [InlineData("2024-03-16", "no")]
    public async Task IsWorkingDayPrintsYesOrNo(string date, string expected)
    {
        var (code, output, _) = await RunAsync("calendar", "is-working-day", date);
        Assert.Equal(0, code);
        Assert.Equal([expected], Lines(output));
    }

    [Fact]
    public async Task RandomDatesPrintWhatTheCalendarAnswers()
    {
        var random = new Random(5);
        var calendar = OfficialArrangement.Calendar;
        for (var i = 0; i < 40; i++)
        {
            var date = new DateOnly(2019, 1, 1).AddDays(random.Next(0, 2850));
            var n = random.Next(0, 40);
            var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (_, added, _) = await RunAsync("calendar", "add-working-days", iso, n.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(calendar.AddWorkingDays(date, n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Lines(added)[0]);
            var (_, working, _) = await RunAsync("calendar", "is-working-day", iso);
            Assert.Equal(calendar.IsWorkingDay(date) ? "yes" : "no", Lines(working)[0]);
        }
    }

    [Fact]
    public async Task DuePrintsTheDateThenTheSteps()
    {
        var (code, output, error) = await RunAsync("calendar", "due", "2024-09-27", "--pause", "2024-10-08:2024-10-15", "--extended");
        Assert.True(code == 0, error);
        Assert.Equal(
        [
            "2024-12-05",
            "收到申请：2024-09-27（星期五）",
            "自收到申请次日起算 20 个工作日（条例第三十三条第二款）：2024-10-30（星期三）",
            "征求第三方意见 2024-10-08 至 2024-10-15，扣除 6 个工作日（条例第三十二条、第三十三条第三款）",
            "扣除暂停后，原答复期限：2024-11-07（星期四）",
            "延长答复期限 20 个工作日（条例第三十三条第二款）：2024-12-05（星期四）",
            "答复期限：2024-12-05（星期四）",
        ], Lines(output));
        Assert.Empty(error);
    }

    [Fact]
    public async Task DueWithACorrectionSeveralPausesAndTheReceiptDayCounted()
    {
        var (code, output, _) = await RunAsync("calendar", "due", "2024-05-06", "--corrected", "2024-05-09",
            "--pause", "2024-05-07:2024-05-10", "--agency-pause", "2024-05-20:2024-05-22", "--fee-pause", "2024-05-27:2024-05-28", "--count-receipt-day");
        Assert.Equal(0, code);
        var lines = Lines(output);
        // 05-09 would be day 1 but the consultation pauses it and 05-10; 05-11 (Sat, 调休) is day 1, 13..17, 20,
        // 21..22 paused, 23, 24, 27, 28 paused, 29..31, 06-03..07, 06-10 (端午) off, 06-11, 06-12 (20).
        Assert.Equal("2024-06-12", lines[0]);
        Assert.Equal("收到补正后的申请：2024-05-09（星期四），答复期限自此重新起算（条例第三十条）", lines[2]);
        Assert.Equal("收到补正申请当日计入，自当日起算 20 个工作日（条例第三十三条第二款）：2024-06-04（星期二）", lines[3]);
        Assert.Contains("征求第三方意见 2024-05-07 至 2024-05-10，共 3 个工作日，其中 1 个在答复期限起算之前，扣除 2 个工作日（条例第三十二条、第三十三条第三款）", lines);
        Assert.Contains("征求其他机关意见 2024-05-20 至 2024-05-22，扣除 2 个工作日（条例第三十四条、第三十三条第三款）", lines);
        Assert.Contains("收费通知至缴费 2024-05-27 至 2024-05-28，扣除 1 个工作日（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）", lines);
        Assert.Equal("答复期限：2024-06-12（星期三）", lines[^1]);
    }

    [Theory]
    [InlineData(new[] { "calendar", "due", "2024-13-01" }, "收到申请日期“2024-13-01”无效，应为 YYYY-MM-DD 格式的日期")]
    [InlineData(new[] { "calendar", "due", "2027-01-05" }, "2027-01-05 不在已载入放假安排的年份内（已载入：2019–2026 年）")]
    [InlineData(new[] { "calendar", "due", "2026-12-20" }, "2027-01-01 起的日期不在已载入放假安排的年份内")]
    [InlineData(new[] { "calendar", "due", "2024-09-27", "--pause", "2024-10-15:2024-10-08" }, "征求第三方意见 2024-10-15 至 2024-10-08：开始日期晚于结束日期")]
    [InlineData(new[] { "calendar", "due", "2024-09-27", "--pause", "2024-10-08" }, "--pause“2024-10-08”格式无效，应为 发出日期:收到日期")]
    [InlineData(new[] { "calendar", "due", "2024-09-27", "--corrected", "2024-09-20" }, "收到补正申请的日期 2024-09-20 早于收到原申请的日期 2024-09-27")]
    [InlineData(new[] { "calendar", "is-working-day", "2018-12-31" }, "2018-12-31 不在已载入放假安排的年份内")]
    [InlineData(new[] { "calendar", "add-working-days", "2024-09-27", "-3" }, "工作日数“-3”无效，应为 0 至 10000 的整数")]
    [InlineData(new[] { "calendar", "add-working-days", "20240927", "5" }, "日期“20240927”无效")]
    public async Task BadInputPrintsAChineseMessageAndExitsOne(string[] args, string message)
    {
        var (code, output, error) = await RunAsync(args);
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith("错误：", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingArgumentIsAUsageErrorNotASuccess()
    {
        var (code, _, error) = await RunAsync("calendar", "due");
        Assert.NotEqual(0, code);
        Assert.Contains("Required argument missing for command: 'due'", error, StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GongkaiCommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
