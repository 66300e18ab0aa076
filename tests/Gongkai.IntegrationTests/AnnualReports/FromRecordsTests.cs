using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Application.AnnualReports.FromRecords;
using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>
/// Tables 三 and 四 from the records: random histories driven through the real workflow (registration, review,
/// decision, correction and fee abandonments) and appeals, counted again by the test in plain loops; one
/// department, and its government's whole hierarchy with the same query; the workbench's “从办理记录填入”.
/// </summary>
public sealed partial class FromRecordsTests : IDisposable
{
    private const int Year = 2024;
    private readonly GongkaiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>One application as the test planned it: its column, receipt, and (if decided) outcome and date.</summary>
    private sealed record Planned(int Agency, ApplicantType Type, DateOnly Received, DisclosureOutcome? Outcome, DateOnly? Decided);

    [Fact]
    public async Task TheTablesFromRandomHistoriesAreTheHandCountForAnAgencyAndItsGovernment()
    {
        var government = await TestStaff.AgencyAsync(_factory, "某县人民政府", null);
        var first = await TestStaff.AgencyAsync(_factory, "某县交通运输局", government);
        var second = await TestStaff.AgencyAsync(_factory, "某县交通运输局运政科", first);
        var random = new Random(Year);
        var planned = new List<Planned>();
        foreach (var agency in new[] { first, first, second })
        {
            for (var i = 0; i < 18; i++)
            {
                planned.Add(await DriveAsync(random, agency));
            }
        }

        var appeals = await AppealsAsync(random, planned);
        await using var scope = _factory.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<ReportFromRecords>();
        foreach (var (agency, included) in new[] { (second, new[] { second }), (first, new[] { first, second }), (government, new[] { first, second }) })
        {
            var comparison = await records.CompareAsync(agency, ReportFigures.Blank(Year), default);
            var expected = HandCount(planned.Where(p => included.Contains(p.Agency)), appeals.Where(a => included.Contains(a.Agency)));
            foreach (var (path, value) in expected)
            {
                Assert.True(value == comparison.Recorded[path], $"agency {agency} {path}: expected {value}, recorded {comparison.Recorded[path]}");
            }

            var errors = ReportChecker.Check(comparison.Recorded, new CheckOptions(FlagBlanks: false))
                .Where(f => f.Severity == FindingSeverity.Error && f.Where?.StartsWith("proactive", StringComparison.Ordinal) != true).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Rule} {e.Where} {e.Message}")));
        }
    }

    [Fact]
    public async Task TheWorkbenchFillsTheTablesFromTheRecordsAndListsWhatDiffered()
    {
        var agency = await TestStaff.AgencyAsync(_factory, "某县住房和城乡建设局", null);
        var editor = await TestStaff.UserAsync(_factory, "zhujian", agency, "Editor");
        var form = ApplicationFixtures.Form(new Random(7), ApplicantType.ResearchInstitution);
        var receipt = await ApplicationFixtures.SubmitAsync(_factory, agency, form);
        var staff = ApplicationFixtures.Staff("zhujian", agency, "Editor");
        var reviewer = ApplicationFixtures.Staff("reviewer-test", agency, "Reviewer");
        await ApplicationFixtures.ActAsync(_factory, staff, receipt.Id, ApplicationAction.Sign);
        await ApplicationFixtures.ActAsync(_factory, staff, receipt.Id, ApplicationAction.Accept);
        await ApplicationFixtures.ActAsync(_factory, staff, receipt.Id, ApplicationAction.SubmitDraft, new() { Outcome = DisclosureOutcome.PartiallyGranted, Reply = "部分公开" });
        await ApplicationFixtures.ActAsync(_factory, reviewer, receipt.Id, ApplicationAction.ApproveDraft);
        await ApplicationFixtures.ActAsync(_factory, staff, receipt.Id, ApplicationAction.Decide);

        var report = await editor.JsonAsync(HttpMethod.Post, "/api/reports", new { agencyId = agency, year = 2026 });
        var url = $"/workbench/reports/{report.GetProperty("id").GetInt32()}";
        var page = await editor.Http.GetStringAsync(url);
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = StaffClient.FormToken(page), ["revision"] = "1", ["cell:applications.granted[2]"] = "4" };
        var filled = await (await editor.Http.PostAsync($"{url}?handler=FillFromRecords", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();

        Assert.Contains("办理记录与所填数据的差异", filled, StringComparison.Ordinal);
        Assert.Equal("1", InputValue(filled, "applications.new_received[2]"));
        Assert.Equal("1", InputValue(filled, "applications.partially_granted[6]"));
        Assert.Equal("0", InputValue(filled, "applications.granted[2]"));
        Assert.Matches(@"data-path=""applications\.granted\[2\]""><td>[^<]*<small>[^<]*</small></td><td>4</td><td>0</td>", filled);
        Assert.Matches(@"data-path=""applications\.partially_granted\[2\]""><td>[^<]*<small>[^<]*</small></td><td>空</td><td>1</td>", filled);

        // Nothing was saved: the report is as it was until the user saves.
        var saved = await editor.Http.GetFromJsonAsync<JsonElement>($"/api/reports/{report.GetProperty("id").GetInt32()}");
        Assert.Equal(1, saved.GetProperty("revision").GetInt32());
    }

    /// <summary>Registers an application received on a random day of 2023–2025 and takes it to a random fate through the use cases.</summary>
    private async Task<Planned> DriveAsync(Random random, int agency)
    {
        var calendar = OfficialArrangement.Calendar;
        var received = new DateOnly(2023, 7, 1).AddDays(random.Next(0, 900));
        var type = (ApplicantType)random.Next(6);
        IntakeReceipt receipt;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var form = ApplicationFixtures.Form(random, type) with { Channel = "InPerson", SubmittedOn = received.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
            receipt = await scope.ServiceProvider.GetRequiredService<ApplicationIntake>()
                .RegisterAsync(ApplicationFixtures.Staff("editor", agency, "Editor"), agency, form, [], Guid.NewGuid().ToString());
        }

        var office = ApplicationFixtures.Staff("editor", agency, "Editor");
        var head = ApplicationFixtures.Staff("reviewer", agency, "Reviewer");
        Task Act(Application.Accounts.StaffContext who, ApplicationAction action, DateOnly on, ActionInput? input = null) =>
            ApplicationFixtures.ActAsync(_factory, who, receipt.Id, action, (input ?? new ActionInput()) with { On = on });
        var fate = random.Next(20);
        if (fate < 5)
        {
            return new Planned(agency, type, received, null, null);
        }

        if (fate < 7)
        {
            await Act(office, ApplicationAction.RequestCorrection, received, new() { Note = "请写明年份", PeriodDays = 5 });
            var abandoned = calendar.AddWorkingDays(received, 5).AddDays(random.Next(1, 40));
            await Act(office, ApplicationAction.AbandonUncorrected, abandoned);
            return new Planned(agency, type, received, DisclosureOutcome.OtherNoCorrection, abandoned);
        }

        await Act(office, ApplicationAction.Accept, received);
        if (fate < 9)
        {
            await Act(office, ApplicationAction.NoticeFee, received, new() { FeeMethod = FeeMethod.PerPage, Pages = 50, Amount = 200m });
            var abandoned = new StatutoryClock(calendar).FeePaymentDue(received).Due.AddDays(random.Next(1, 30));
            await Act(office, ApplicationAction.AbandonUnpaid, abandoned);
            return new Planned(agency, type, received, DisclosureOutcome.OtherNoFee, abandoned);
        }

        var outcomes = DecisionBases.Decidable.Where(o => o != DisclosureOutcome.UnableUnclearAfterCorrection).ToList();
        var outcome = outcomes[random.Next(outcomes.Count)];
        var decided = received.AddDays(random.Next(0, 60));
        await Act(office, ApplicationAction.SubmitDraft, received, new() { Outcome = outcome, Basis = outcome == DisclosureOutcome.OtherOther ? "依申请人撤回申请处理" : null, Reply = "答复" });
        await Act(head, ApplicationAction.ApproveDraft, decided);
        await Act(office, ApplicationAction.Decide, decided);
        return new Planned(agency, type, received, outcome, decided);
    }

    private sealed record PlannedAppeal(int Agency, AppealKind Kind, DateOnly Filed, AppealResult Result, DateOnly? Concluded);

    private async Task<List<PlannedAppeal>> AppealsAsync(Random random, List<Planned> planned)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agencies = planned.Select(p => p.Agency).Distinct().ToList();
        var decided = await db.Set<DisclosureApplication>().Where(a => agencies.Contains(a.AgencyId) && a.DecidedOn != null && a.Outcome != null).OrderBy(a => a.Id).ToListAsync();
        var appeals = new List<PlannedAppeal>();
        foreach (var application in decided.Where(_ => random.Next(3) == 0))
        {
            var filed = application.DecidedOn!.Value.AddDays(random.Next(1, 120));
            var appeal = DisclosureAppeal.File(application, (AppealKind)random.Next(3), "某县人民政府行政复议机构", filed);
            DateOnly? concluded = random.Next(3) == 0 ? null : filed.AddDays(random.Next(10, 200));
            if (concluded is { } on)
            {
                appeal.Conclude((AppealResult)random.Next(3), on);
            }

            db.Add(appeal);
            appeals.Add(new PlannedAppeal(application.AgencyId, appeal.Kind, filed, appeal.Result, concluded));
        }

        await db.SaveChangesAsync();
        Assert.Equal(planned.Count(p => p.Outcome is not null), decided.Count);
        return appeals;
    }

    /// <summary>The expected cells, counted application by application.</summary>
    private static Dictionary<string, decimal> HandCount(IEnumerable<Planned> applications, IEnumerable<PlannedAppeal> appeals)
    {
        var template = ReportTemplate.ForYear(Year);
        var cells = template.Cells.Where(c => c.Section is CellSection.Applications or CellSection.Appeals).ToDictionary(c => c.Path, _ => 0m);
        void Add(string row, int column)
        {
            cells[$"applications.{row}[{column}]"]++;
            cells[$"applications.{row}[6]"]++;
        }

        var (start, end) = (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        foreach (var a in applications)
        {
            var column = (int)a.Type;
            var openAtStart = a.Received < start && (a.Decided is null || a.Decided >= start);
            if (a.Received >= start && a.Received <= end)
            {
                Add("new_received", column);
            }
            else if (openAtStart)
            {
                Add("carried_over", column);
            }

            if (a.Decided is { } d && d >= start && d <= end)
            {
                Add(RecordedFigures.RowKey(a.Outcome!.Value, template), column);
                Add("total", column);
            }
            else if (a.Received <= end && (a.Decided is null || a.Decided > end))
            {
                Add("carried_forward", column);
            }
        }

        foreach (var appeal in appeals.Where(a => a.Filed >= start && a.Filed <= end))
        {
            var group = RecordedFigures.GroupKey(appeal.Kind);
            var result = appeal.Concluded is { } c && c <= end ? appeal.Result : AppealResult.Pending;
            cells[$"appeals.{group}[{(int)result}]"]++;
            cells[$"appeals.{group}[4]"]++;
        }

        return cells;
    }

    internal static string InputValue(string html, string path) =>
        InputPattern().Matches(html).First(m => m.Groups[1].Value == path).Groups[2].Value;

    [GeneratedRegex(@"name=""cell:([^""]+)"" value=""([^""]*)""")]
    private static partial Regex InputPattern();
}
