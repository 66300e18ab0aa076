using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.AnnualReports;

/// <summary>
/// Changing reports: create, save, submit, return, publish, correct, import. Each call is one
/// transaction with its audit entry; a save based on an older revision is refused, never merged.
/// </summary>
public sealed class ReportCommands(GongkaiDbContext db, ReportQueries queries, AgencyDirectory agencies, AuditLog audit, TimeProvider clock, PublicContent publicContent)
{
    public async Task<AnnualReport> CreateAsync(StaffContext staff, int agencyId, int year, CancellationToken cancel = default)
    {
        var agency = await agencies.FindAsync(agencyId, cancel) ?? throw GongkaiException.NotFound("机关");
        ReportAccess.RequireCreate(staff, agencyId);
        if (ReportIntake.YearProblem(year, ShanghaiTime.Today(clock)) is { } problem)
        {
            throw GongkaiException.Invalid(problem.Message, [problem]);
        }

        if (await db.AnnualReports.AnyAsync(r => r.AgencyId == agencyId && r.Year == year, cancel))
        {
            throw GongkaiException.Conflict($"{agency.Name}已有{year}年度报告，请打开后修改或更正");
        }

        var report = AnnualReport.Create(agencyId, ReportFigures.Blank(year, agency.Name), new ReportNarrative(), staff.UserName, clock.GetUtcNow());
        db.AnnualReports.Add(report);
        audit.Record(staff.UserName, "report.created", $"agency:{agencyId}", $"新建{agency.Name}{year}年度报告草稿");
        await CommitAsync(cancel, $"{agency.Name}已有{year}年度报告，请打开后修改或更正");
        return report;
    }

    public async Task<AnnualReport> SaveAsync(StaffContext staff, int id, int revision, ReportFigures figures, ReportNarrative narrative, CancellationToken cancel = default)
    {
        var report = await LoadForAsync(staff, id, revision, ReportAction.Edit, cancel);
        RefuseInvalid(figures, narrative);
        var (figuresBefore, narrativeBefore) = (report.Figures, report.Narrative);
        report.Edit(figures, narrative, staff.UserName, clock.GetUtcNow());
        RecordChanges(staff, report, figuresBefore, narrativeBefore, "report.edited");
        await CommitAsync(cancel);
        return report;
    }

    public async Task<AnnualReport> SubmitAsync(StaffContext staff, int id, int revision, CancellationToken cancel = default)
    {
        var report = await LoadForAsync(staff, id, revision, ReportAction.Submit, cancel);
        report.Submit(staff.UserName, clock.GetUtcNow());
        audit.Record(staff.UserName, "report.submitted", Subject(report), $"提交审核：{Describe(report)}");
        await CommitAsync(cancel);
        return report;
    }

    public async Task<AnnualReport> ReturnAsync(StaffContext staff, int id, int revision, string? reason, CancellationToken cancel = default)
    {
        var report = await LoadForAsync(staff, id, revision, ReportAction.Return, cancel);
        report.Return(staff.UserName, clock.GetUtcNow(), reason);
        audit.Record(staff.UserName, "report.returned", Subject(report), $"退回修改：{Describe(report)}{(reason is null ? "" : "，理由：" + reason)}");
        await CommitAsync(cancel);
        return report;
    }

    /// <summary>审核发布: freezes the figures, records their SHA-256, and retires the version this one corrects.</summary>
    public async Task<AnnualReport> PublishAsync(StaffContext staff, int id, int revision, string? reason, CancellationToken cancel = default)
    {
        var report = await LoadForAsync(staff, id, revision, ReportAction.Publish, cancel);
        var findings = await queries.CheckAsync(report, cancel);
        report.Publish(staff.UserName, clock.GetUtcNow(), findings, reason);
        var earlier = await db.AnnualReports
            .Where(r => r.AgencyId == report.AgencyId && r.Year == report.Year && r.Id != report.Id && r.Status == ReportStatus.Published)
            .ToListAsync(cancel);
        earlier.ForEach(r => r.Supersede());
        var errors = findings.CountOf(FindingSeverity.Error);
        audit.Record(staff.UserName, "report.published", Subject(report),
            $"发布{Describe(report)}，SHA-256 {report.ContentSha256}" + (errors > 0 ? $"；有 {errors} 处错误，理由：{report.PublishReason}" : ""));
        await CommitAsync(cancel);
        // The public report pages are cached until public content changes (the catalog's portal pages too).
        await publicContent.ChangedAsync(cancel);
        return report;
    }

    /// <summary>更正: a new draft version of a published report; the published one stays until the correction is published.</summary>
    public async Task<AnnualReport> CorrectAsync(StaffContext staff, int id, CancellationToken cancel = default)
    {
        var report = await queries.GetAsync(staff, id, cancel);
        ReportAccess.Require(staff, report, ReportAction.Correct);
        if (await db.AnnualReports.AnyAsync(r => r.AgencyId == report.AgencyId && r.Year == report.Year && r.Version > report.Version, cancel))
        {
            throw GongkaiException.Conflict("该报告已有更新的版本，请在最新版本上更正");
        }

        var correction = report.CreateCorrection(staff.UserName, clock.GetUtcNow());
        db.AnnualReports.Add(correction);
        audit.Record(staff.UserName, "report.version", Subject(report), $"为{Describe(report)}创建更正版本（第 {correction.Version} 版）");
        await CommitAsync(cancel, "该报告已有更新的版本，请在最新版本上更正");
        return correction;
    }

    /// <summary>Imports canonical JSON (the workbench's import, the API's): see <see cref="ImportAsync(StaffContext, int, ReportFigures, CancellationToken)"/>.</summary>
    public async Task<AnnualReport> ImportAsync(StaffContext staff, int agencyId, string json, CancellationToken cancel = default)
    {
        // Who may import is answered before the file is looked at.
        _ = await agencies.FindAsync(agencyId, cancel) ?? throw GongkaiException.NotFound("机关");
        ReportAccess.RequireCreate(staff, agencyId);
        return await ImportAsync(staff, agencyId, ReportJson.Read(json, "导入的数据不符合年度报告数据格式，未导入任何内容"), cancel);
    }

    /// <summary>
    /// Brings figures from outside (an imported file, a report read by 年报体检) into the agency's report of
    /// that year: a new draft, the current draft updated, or a correction of the published version. All
    /// or nothing.
    /// </summary>
    public async Task<AnnualReport> ImportAsync(StaffContext staff, int agencyId, ReportFigures figures, CancellationToken cancel = default)
    {
        var agency = await agencies.FindAsync(agencyId, cancel) ?? throw GongkaiException.NotFound("机关");
        ReportAccess.RequireCreate(staff, agencyId);
        if (figures.Agency is { } named && named != agency.Name)
        {
            throw GongkaiException.Invalid($"数据中的机关“{ReportIntake.Excerpt(named)}”与导入的机关“{agency.Name}”不一致，未导入");
        }

        figures.Agency = agency.Name;
        RefuseInvalid(figures, narrative: null);
        var latest = await db.AnnualReports.Where(r => r.AgencyId == agencyId && r.Year == figures.Year)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancel);
        var now = clock.GetUtcNow();
        var report = latest switch
        {
            null => db.AnnualReports.Add(AnnualReport.Create(agencyId, figures, new ReportNarrative(), staff.UserName, now)).Entity,
            { Status: ReportStatus.Draft } => latest,
            { Status: ReportStatus.Published } => db.AnnualReports.Add(latest.CreateCorrection(staff.UserName, now)).Entity,
            _ => throw GongkaiException.Conflict($"{agency.Name}{figures.Year}年度报告正在审核，退回后才能导入"),
        };
        var before = report.Figures;
        report.Edit(figures, report.Narrative, staff.UserName, now);
        audit.Record(staff.UserName, "report.imported", $"agency:{agencyId}", $"导入{agency.Name}{figures.Year}年度报告数据（第 {report.Version} 版草稿）");
        RecordChanges(staff, report, before, report.Narrative, "report.imported");
        await CommitAsync(cancel, $"{agency.Name}{figures.Year}年度报告刚被他人新建或更正，请刷新后重试");
        return report;
    }

    /// <summary>The one validation of every way a report comes in (<see cref="ReportIntake"/>): nothing of a refused report is saved.</summary>
    private void RefuseInvalid(ReportFigures figures, ReportNarrative? narrative)
    {
        var problems = ReportIntake.Check(figures, narrative, ShanghaiTime.Today(clock));
        if (problems.Count > 0)
        {
            throw GongkaiException.Invalid($"有 {problems.Count} 处数值或文字不合要求，未保存：{problems[0].Message}", problems);
        }
    }

    private async Task<AnnualReport> LoadForAsync(StaffContext staff, int id, int revision, ReportAction action, CancellationToken cancel)
    {
        var report = await queries.GetAsync(staff, id, cancel);
        ReportAccess.Require(staff, report, action);
        if (report.Revision != revision)
        {
            throw StaleEdit(report);
        }

        return report;
    }

    /// <summary>
    /// Who changed which cells from what to what, and which text sections (their lengths, never their
    /// words: the text may name people). One entry per save, under the report's subject.
    /// </summary>
    private void RecordChanges(StaffContext staff, AnnualReport report, ReportFigures before, ReportNarrative narrativeBefore, string action)
    {
        var cells = report.Figures.ChangesSince(before)
            .Select(c => $"{c.Cell.Path}（{c.Cell.Label}）{Shown(c.Before)} → {Shown(c.After)}").ToList();
        var texts = report.Narrative.Named.Zip(narrativeBefore.Named)
            .Where(p => p.First.Text != p.Second.Text)
            .Select(p => $"{p.First.Name} {p.Second.Text?.Length ?? 0} 字 → {p.First.Text?.Length ?? 0} 字").ToList();
        if (cells.Count + texts.Count == 0)
        {
            return;
        }

        audit.Record(staff.UserName, action, Subject(report),
            $"修改{Describe(report)}：{cells.Count} 个单元格{(cells.Count > 0 ? "（" + string.Join("；", cells) + "）" : "")}" +
            (texts.Count > 0 ? $"，文字 {texts.Count} 部分（{string.Join("；", texts)}）" : ""));
    }

    private static string Shown(string text) => text.Length == 0 ? "空" : ReportIntake.Excerpt(text);

    /// <param name="raced">What to tell the user when a unique index shows that another request created the same thing first.</param>
    private async Task CommitAsync(CancellationToken cancel, string? raced = null)
    {
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException ex) when (raced is not null && DatabaseErrors.IsUniqueViolation(ex))
        {
            throw GongkaiException.Conflict(raced);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var entry = ex.Entries.FirstOrDefault(e => e.Entity is AnnualReport);
            var current = entry is null ? null : await entry.GetDatabaseValuesAsync(cancel);
            throw GongkaiException.Conflict(current is null
                ? "报告已被删除"
                : $"报告已被 {current[nameof(AnnualReport.UpdatedBy)]} 修改，您的修改未保存。请重新打开报告，在最新内容上修改。");
        }
    }

    private static GongkaiException StaleEdit(AnnualReport report) =>
        GongkaiException.Conflict($"报告已被 {report.UpdatedBy} 于 {ShanghaiTime.Format(report.UpdatedAt)} 修改，您的修改未保存。请重新打开报告，在最新内容上修改。");

    private static string Subject(AnnualReport report) => $"report:{report.Id}";

    private static string Describe(AnnualReport report) => $"{report.Year}年度报告第 {report.Version} 版";
}
