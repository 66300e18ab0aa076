using System.Globalization;
using System.Text;
using Gongkai.Application.Audit;
using Gongkai.Application.Calendar;
using Gongkai.Application.Calendar.Data;
using Gongkai.Application.Data;
using Gongkai.Cli;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Calendar;

/// <summary>
/// The calendar in the database: `gongkai calendar import` (new years, corrections, bad files), agencies'
/// overrides, and the open applications' deadlines recomputed and logged when either changes.
/// </summary>
public sealed class CalendarPersistenceTests : IDisposable
{
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ImportingANewYearGivesOpenApplicationsTheDeadlineThatWasUnknown()
    {
        var department = await Demo.DepartmentIdAsync(_factory);
        ApplicationFixtures.SetToday(_factory, new DateOnly(2026, 12, 21));
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, department, ApplicationFixtures.Form(new Random(1)));
        Assert.Null(receipt.DueOn);
        Assert.Contains("请先导入 2027 年", (await ApplicationFixtures.LoadAsync(_factory, receipt.Id)).DueProblem, StringComparison.Ordinal);

        var (daysOff, csv) = RandomYear(new Random(2027), 2027);
        var (code, output, error) = await CliAsync("calendar", "import", await WriteAsync(csv));

        Assert.True(code == 0, error);
        Assert.Contains("已导入 2027 年放假安排", output, StringComparison.Ordinal);
        Assert.Contains("重新计算了 1 件", output, StringComparison.Ordinal);
        var application = await ApplicationFixtures.LoadAsync(_factory, receipt.Id);
        var expected = WalkWorkingDays(new DateOnly(2026, 12, 21), 20, daysOff);
        Assert.Equal(expected, application.DueOn);
        var recomputed = application.Events.OrderBy(e => e.Sequence).Last();
        Assert.Equal(ApplicationEvent.Recomputed, recomputed.Action);
        Assert.Contains($"答复期限 未定 → {expected:yyyy-MM-dd}", recomputed.Summary, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(), a => a.Action == "application.deadline-recomputed" && a.Subject == $"application:{receipt.Id}");

        // The calculators use the platform's calendar now.
        (code, output, _) = await CliAsync("calendar", "add-working-days", "2026-12-21", "20");
        Assert.Equal((0, expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), (code, output.Trim()));
    }

    [Fact]
    public async Task ACorrectionOfALoadedYearMovesOnlyTheOpenApplicationsItAffects()
    {
        var department = await Demo.DepartmentIdAsync(_factory);
        var open = await ApplicationFixtures.SubmitAsync(_factory, department, ApplicationFixtures.Form(new Random(3)));
        var decided = await DecidedAsync(department);
        Assert.Equal(new DateOnly(2026, 12, 23), open.DueOn);
        var decidedDue = (await ApplicationFixtures.LoadAsync(_factory, decided)).DueOn;
        var affected = await OpenDueFromAsync(new DateOnly(2026, 12, 1));

        var year2026 = OfficialArrangement.CsvText().Split('\n').Where(l => l.StartsWith("date,", StringComparison.Ordinal) || l.TrimEnd().EndsWith(",2026", StringComparison.Ordinal));
        var corrected = string.Join("\n", year2026) + "\n2026-12-01,off,测试更正,二,2026\n";
        var (code, output, error) = await CliAsync("calendar", "import", await WriteAsync(corrected));

        Assert.True(code == 0, error);
        Assert.Equal("导入 2026 年放假安排（更正已载入的 2026 年）", (await ChangesAsync()).Single());
        Assert.Contains($"重新计算了 {affected} 件", output, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 24), (await ApplicationFixtures.LoadAsync(_factory, open.Id)).DueOn);
        var untouched = await ApplicationFixtures.LoadAsync(_factory, decided);
        Assert.Equal(decidedDue, untouched.DueOn);
        Assert.DoesNotContain(untouched.Events, e => e.Action == ApplicationEvent.Recomputed);
    }

    [Fact]
    public async Task AFileWithABadLineIsRefusedWithTheLineAndNothingIsSaved()
    {
        var csv = "date,kind,holiday,weekday,arrangement_year\n2027-01-01,off,元旦,五,2027\n2027-02-30,off,春节,一,2027\n2027-10-01,rest,国庆节,五,2027\n";
        var (code, output, error) = await CliAsync("calendar", "import", await WriteAsync(csv));

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("第 3 行: 日期“2027-02-30”无效，应为 YYYY-MM-DD", error, StringComparison.Ordinal);
        Assert.Contains("第 4 行: 类别“rest”无效，应为 off（放假）或 work（调休上班）", error, StringComparison.Ordinal);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.Equal(0, await db.Set<ImportedArrangementDay>().CountAsync());
        Assert.Equal(0, await db.Set<CalendarChange>().CountAsync());
    }

    [Fact]
    public async Task AGovernmentsExtraDayOffMovesItsDepartmentsDeadlinesAndRemovingItMovesThemBack()
    {
        var department = await Demo.DepartmentIdAsync(_factory);
        var government = await Demo.AgencyIdAsync(_factory, Application.Demo.DemoSeeder.DemoGovernment);
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, department, ApplicationFixtures.Form(new Random(4)));
        var outsider = await OutsideAgencyAsync();
        var elsewhere = await ApplicationFixtures.SubmitAsync(_factory, outsider, ApplicationFixtures.Form(new Random(5)));
        var admin = ApplicationFixtures.Staff("admin", government, "Admin");

        AgencyCalendarDay day;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            day = await scope.ServiceProvider.GetRequiredService<CalendarAdministration>()
                .AddOverrideAsync(admin, government, new DateOnly(2026, 12, 8), DayKind.Off, "内蒙古自治区人民政府通知（测试）");
        }

        var moved = await ApplicationFixtures.LoadAsync(_factory, receipt.Id);
        Assert.Equal(new DateOnly(2026, 12, 24), moved.DueOn);
        Assert.Contains("根河市人民政府将 2026-12-08（星期二）调整为放假", moved.Events[^1].Summary, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 23), (await ApplicationFixtures.LoadAsync(_factory, elsewhere.Id)).DueOn);

        var editor = ApplicationFixtures.Staff("editor", department, "Editor");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<CalendarAdministration>();
            var refused = await Assert.ThrowsAsync<Application.GongkaiException>(() => administration.RemoveOverrideAsync(editor, day.Id));
            Assert.Equal(Application.ProblemKind.Forbidden, refused.Kind);
            await administration.RemoveOverrideAsync(admin, day.Id);
        }

        Assert.Equal(new DateOnly(2026, 12, 23), (await ApplicationFixtures.LoadAsync(_factory, receipt.Id)).DueOn);
        Assert.Equal(2, (await ChangesAsync()).Count);
    }

    /// <summary>A year of random days off (Monday to Friday) and 调休 Saturdays, as its notice's CSV.</summary>
    private static (HashSet<DateOnly> Off, string Csv) RandomYear(Random random, int year)
    {
        var off = new HashSet<DateOnly>();
        var csv = new StringBuilder("date,kind,holiday,weekday,arrangement_year\n");
        string[] weekdays = ["日", "一", "二", "三", "四", "五", "六"];
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (!weekend && (day.Month == 1 && day.Day <= 8 || random.Next(25) == 0))
            {
                off.Add(day);
                csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},off,测试假日,{weekdays[(int)day.DayOfWeek]},{year}\n");
            }
        }

        return (off, csv.ToString());
    }

    /// <summary>The n-th working day after <paramref name="start"/>, walking day by day: the shipped CSV for 2026, <paramref name="off"/> after it.</summary>
    private static DateOnly WalkWorkingDays(DateOnly start, int n, HashSet<DateOnly> off)
    {
        var day = start;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            var working = day.Year == 2026 ? OfficialArrangement.Calendar.IsWorkingDay(day) : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !off.Contains(day);
            counted += working ? 1 : 0;
        }

        return day;
    }

    private async Task<int> DecidedAsync(int department)
    {
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, department, ApplicationFixtures.Form(new Random(6)));
        var editor = ApplicationFixtures.Staff("editor", department, "Editor");
        var reviewer = ApplicationFixtures.Staff("reviewer", department, "Reviewer");
        await ApplicationFixtures.ActAsync(_factory, editor, receipt.Id, ApplicationAction.Sign);
        await ApplicationFixtures.ActAsync(_factory, editor, receipt.Id, ApplicationAction.Accept);
        await ApplicationFixtures.ActAsync(_factory, editor, receipt.Id, ApplicationAction.SubmitDraft, new() { Outcome = DisclosureOutcome.Granted, Reply = "予以公开" });
        await ApplicationFixtures.ActAsync(_factory, reviewer, receipt.Id, ApplicationAction.ApproveDraft);
        await ApplicationFixtures.ActAsync(_factory, editor, receipt.Id, ApplicationAction.Decide);
        return receipt.Id;
    }

    private async Task<int> OutsideAgencyAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agency = new Domain.Agencies.Agency("某盟某局", Domain.Agencies.AgencyKind.Department);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        return agency.Id;
    }

    /// <summary>Open applications (the demo's included) whose deadline is on or after a date a correction makes a day off.</summary>
    private async Task<int> OpenDueFromAsync(DateOnly day)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var open = await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<DisclosureApplication>()
            .Where(a => a.State != ApplicationState.Decided && a.State != ApplicationState.Closed).Select(a => a.StepDueOn).ToListAsync();
        return open.Count(d => d >= day);
    }

    private async Task<List<string>> ChangesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<CalendarChange>().OrderBy(c => c.Id).Select(c => c.Summary).ToListAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().AuditEntries.ToListAsync();
    }

    private static async Task<string> WriteAsync(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-calendar-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv);
        return path;
    }

    private async Task<(int Code, string Output, string Error)> CliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GongkaiCommandLine.RunAsync(args, output, error, new Dictionary<string, string?>
        {
            ["Database:Provider"] = _factory.Database.Provider,
            ["ConnectionStrings:Default"] = _factory.Database.ConnectionString,
        });
        return (code, output.ToString(), error.ToString());
    }
}
