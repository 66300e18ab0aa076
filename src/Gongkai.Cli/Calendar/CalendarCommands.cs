using System.CommandLine;
using System.Globalization;
using Gongkai.Domain.Calendar;

namespace Gongkai.Cli.Calendar;

/// <summary>
/// <c>gongkai calendar add-working-days | is-working-day | due</c> on the platform's calendar (the shipped
/// national arrangement 2019–2026 with the years imported into the database; with <c>--agency</c>, that
/// agency's overrides too), and <c>gongkai calendar import FILE.csv</c>. Bad input (a bad date, a date outside
/// the loaded years, a pause ending before it starts, a bad line of the file) prints a Chinese message on
/// stderr and exits 1; usage errors stay System.CommandLine's exit 2.
/// </summary>
public static class CalendarCommands
{
    public static Command Create(CliContext context)
    {
        var calendar = new Command("calendar", "工作日历与依申请公开的法定期限（条例第三十条至第三十五条）");
        calendar.Subcommands.Add(AddWorkingDays(context));
        calendar.Subcommands.Add(IsWorkingDay(context));
        calendar.Subcommands.Add(Due(context));
        calendar.Subcommands.Add(CalendarImportCommand.Create(context));
        return calendar;
    }

    /// <summary><c>gongkai calendar add-working-days DATE N</c>: the N-th working day after DATE (DATE itself not counted).</summary>
    private static Command AddWorkingDays(CliContext context)
    {
        var date = new Argument<string>("date") { Description = "起算日期 YYYY-MM-DD（当日不计入）" };
        var count = new Argument<string>("n") { Description = "工作日数" };
        var agency = AgencyOption();
        var command = new Command("add-working-days", "某日之后第 N 个工作日") { date, count, agency };
        command.SetAction((parse, cancel) => RunAsync(context, parse.GetValue(agency), calendar =>
        {
            var start = ParseDate(parse.GetValue(date)!, "日期");
            var text = parse.GetValue(count)!;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > MaxWorkingDays)
            {
                throw new CalendarInputException($"工作日数“{text}”无效，应为 0 至 {MaxWorkingDays} 的整数");
            }

            return [ChineseDateText.Iso(calendar.AddWorkingDays(start, n))];
        }, cancel));
        return command;
    }

    /// <summary><c>gongkai calendar is-working-day DATE</c>: yes or no.</summary>
    private static Command IsWorkingDay(CliContext context)
    {
        var date = new Argument<string>("date") { Description = "日期 YYYY-MM-DD" };
        var agency = AgencyOption();
        var command = new Command("is-working-day", "某日是否为工作日（yes 或 no）") { date, agency };
        command.SetAction((parse, cancel) => RunAsync(context, parse.GetValue(agency), calendar =>
            [calendar.IsWorkingDay(ParseDate(parse.GetValue(date)!, "日期")) ? "yes" : "no"], cancel));
        return command;
    }

    /// <summary>
    /// <c>gongkai calendar due RECEIVED [--corrected DATE] [--pause FROM:TO]... [--extended] [--count-receipt-day]</c>:
    /// the answer deadline alone on the first line, then how it was computed, one step per line.
    /// </summary>
    private static Command Due(CliContext context)
    {
        var received = new Argument<string>("received") { Description = "收到申请之日 YYYY-MM-DD" };
        var corrected = new Option<string?>("--corrected") { Description = "收到补正后申请之日（答复期限自此重新起算，条例第三十条）" };
        var pauses = new Option<string[]>("--pause") { Description = "征求第三方意见：发出日期:收到意见日期（可重复；扣除发出次日至收到当日的工作日）" };
        var agencyPauses = new Option<string[]>("--agency-pause") { Description = "征求其他机关意见：发出日期:收到意见日期（可重复，条例第三十四条）" };
        var feePauses = new Option<string[]>("--fee-pause") { Description = "收费通知：发出通知日期:缴费日期（可重复，国办函〔2020〕109号）" };
        var extended = new Option<bool>("--extended") { Description = "延长答复期限 20 个工作日（条例第三十三条第二款）" };
        var countReceiptDay = new Option<bool>("--count-receipt-day") { Description = "收到申请当日计入期限（默认不计入，自次日起算）" };
        var agency = AgencyOption();
        var command = new Command("due", "依申请公开的答复期限及其计算过程")
        {
            received, corrected, pauses, agencyPauses, feePauses, extended, countReceiptDay, agency,
        };
        command.SetAction((parse, cancel) => RunAsync(context, parse.GetValue(agency), calendar =>
        {
            var input = new AnswerClockInput(ParseDate(parse.GetValue(received)!, "收到申请日期"))
            {
                CorrectedReceived = parse.GetValue(corrected) is { } text ? ParseDate(text, "--corrected") : null,
                Pauses =
                [
                    .. ParsePauses(parse.GetValue(pauses), "--pause", ClockPauseKind.ThirdPartyConsultation),
                    .. ParsePauses(parse.GetValue(agencyPauses), "--agency-pause", ClockPauseKind.AgencyConsultation),
                    .. ParsePauses(parse.GetValue(feePauses), "--fee-pause", ClockPauseKind.FeeNotice),
                ],
                ExtensionWorkingDays = parse.GetValue(extended) ? StatutoryClock.MaxExtension : 0,
            };
            var options = new ClockOptions { CountReceiptDay = parse.GetValue(countReceiptDay) };
            var deadline = new StatutoryClock(calendar, options).ComputeAnswerDeadline(input);
            return [ChineseDateText.Iso(deadline.Due), .. deadline.Steps];
        }, cancel));
        return command;
    }

    private const int MaxWorkingDays = 10_000;

    /// <summary><c>--agency NAME</c>: that agency's calendar, with its own and its government's overrides.</summary>
    private static Option<string?> AgencyOption() => new("--agency") { Description = "按该机关的工作日历计算（含本机关及上级机关的调整）" };

    private static async Task<int> RunAsync(CliContext context, string? agency, Func<WorkingDayCalendar, IReadOnlyList<string>> body, CancellationToken cancel)
    {
        IReadOnlyList<string> lines;
        try
        {
            lines = body(await CalendarSource.LoadAsync(context, agency, cancel));
        }
        catch (Exception problem) when (problem is CalendarException or CalendarInputException)
        {
            await context.Error.WriteLineAsync($"错误：{problem.Message}");
            return 1;
        }

        foreach (var line in lines)
        {
            await context.Output.WriteLineAsync(line);
        }

        return 0;
    }

    private static DateOnly ParseDate(string text, string what) => ChineseDateText.TryParseIso(text, out var date)
        ? date
        : throw new CalendarInputException($"{what}“{text}”无效，应为 YYYY-MM-DD 格式的日期，如 2024-09-27");

    private static IEnumerable<ClockPause> ParsePauses(string[]? values, string option, ClockPauseKind kind)
    {
        foreach (var value in values ?? [])
        {
            var parts = value.Split(':');
            if (parts.Length != 2)
            {
                throw new CalendarInputException($"{option}“{value}”格式无效，应为 发出日期:收到日期，如 2024-10-08:2024-10-15");
            }

            yield return new ClockPause(ParseDate(parts[0], $"{option} 的开始日期"), ParseDate(parts[1], $"{option} 的结束日期"), kind);
        }
    }
}
