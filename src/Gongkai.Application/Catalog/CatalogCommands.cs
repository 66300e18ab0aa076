using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Catalog.Data;
using Gongkai.Application.Catalog.Items;
using Gongkai.Application.Catalog.Review;
using Gongkai.Application.Data;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog;

/// <summary>What a change did, and what the office should know about it (a duplicate 文号, a policy without its interpretation).</summary>
public sealed record CatalogOutcome(CatalogItem Item, IReadOnlyList<string> Warnings);

/// <summary>
/// Registering and reviewing items: each call is one transaction with its audit entry; a change based on an
/// older revision is refused, never merged. Publication (签发, 废止) goes through <see cref="CatalogPublication"/>.
/// </summary>
public sealed class CatalogCommands(GongkaiDbContext db, CatalogQueries queries, CatalogSettingsStore settings, CatalogPublication publication,
    AgencyDirectory agencies, InterpretationRule interpretations, AuditLog audit, TimeProvider clock)
{
    public async Task<CatalogOutcome> RegisterAsync(StaffContext staff, int agencyId, CatalogContent content, CancellationToken cancel = default)
    {
        _ = await agencies.FindAsync(agencyId, cancel) ?? throw GongkaiException.NotFound("机关");
        CatalogAccess.RequireRegister(staff, agencyId);
        var item = Refusing(() => CatalogItem.Register(agencyId, Clean(content), staff.UserName, clock.GetUtcNow()));
        db.CatalogItems.Add(item);
        var warnings = await WarningsAsync(item, cancel);
        audit.Record(staff.UserName, "catalog.registered", $"agency:{agencyId}", $"登记目录信息“{item.Working.Content.Title}”（草稿）");
        await CommitAsync(cancel);
        return new CatalogOutcome(item, warnings);
    }

    public async Task<CatalogOutcome> EditAsync(StaffContext staff, int id, int revision, CatalogContent content, CancellationToken cancel = default)
    {
        var item = await LoadForAsync(staff, id, revision, CatalogAction.Edit, cancel);
        Refusing(() => item.Edit(Clean(content), staff.UserName, clock.GetUtcNow()));
        audit.Record(staff.UserName, "catalog.edited", Subject(item), $"修改“{item.Working.Content.Title}”第 {item.Working.Number} 版");
        var warnings = await WarningsAsync(item, cancel);
        await CommitAsync(cancel);
        return new CatalogOutcome(item, warnings);
    }

    /// <summary>提交保密审查: the body and every attachment are scanned now; the findings go to the reviewer and the ledger.</summary>
    public async Task<CatalogOutcome> SubmitAsync(StaffContext staff, int id, int revision, CancellationToken cancel = default)
    {
        var item = await LoadForAsync(staff, id, revision, CatalogAction.Submit, cancel);
        var working = item.Working;
        var findings = LeakScanner.ScanText(BodyHtml.Text(working.Content.BodyHtml), "正文");
        findings.AddRange(LeakScanner.ScanText(string.Join('\n', working.Content.Title, working.Content.Summary, working.Content.Keywords), "名称、关键词或内容概述"));
        foreach (var attachment in working.Attachments)
        {
            var blob = await db.Set<CatalogBlob>().AsNoTracking().FirstAsync(b => b.Sha256 == attachment.Sha256, cancel);
            findings.AddRange(LeakScanner.ScanFile(attachment.FileName, blob.Content));
        }

        item.Submit(findings, staff.UserName, clock.GetUtcNow());
        audit.Record(staff.UserName, "catalog.submitted", Subject(item), $"提交保密审查：“{working.Content.Title}”，扫描发现 {findings.Count} 项");
        await CommitAsync(cancel);
        return new CatalogOutcome(item, findings.Count > 0 ? [$"扫描发现 {findings.Count} 项，审核人须逐项确认"] : []);
    }

    public Task<CatalogOutcome> AcknowledgeAsync(StaffContext staff, int id, int revision, long findingId, CancellationToken cancel = default) =>
        StepAsync(staff, id, revision, CatalogAction.Acknowledge, item => item.Acknowledge(findingId, staff.UserName, clock.GetUtcNow()), "catalog.acknowledged", "确认扫描发现", cancel);

    public Task<CatalogOutcome> PassAsync(StaffContext staff, int id, int revision, string? opinion, CancellationToken cancel = default) =>
        StepAsync(staff, id, revision, CatalogAction.Pass, item => item.Pass(opinion, staff.UserName, clock.GetUtcNow()), "catalog.reviewed", "保密审查通过", cancel);

    public Task<CatalogOutcome> ReturnAsync(StaffContext staff, int id, int revision, string opinion, CancellationToken cancel = default) =>
        StepAsync(staff, id, revision, CatalogAction.Return, item => item.Return(opinion, staff.UserName, clock.GetUtcNow()), "catalog.returned", "保密审查不通过，退回修改", cancel);

    public Task<CatalogOutcome> RejectAsync(StaffContext staff, int id, int revision, string opinion, CancellationToken cancel = default) =>
        StepAsync(staff, id, revision, CatalogAction.Reject, item => item.Reject(opinion, staff.UserName, clock.GetUtcNow()), "catalog.rejected", "不予签发，退回修改", cancel);

    public Task<CatalogOutcome> ReReviewAsync(StaffContext staff, int id, int revision, DateOnly next, string opinion, CancellationToken cancel = default)
    {
        if (next <= ShanghaiTime.Today(clock))
        {
            throw GongkaiException.Invalid("下次复查日期应在今天之后");
        }

        return StepAsync(staff, id, revision, CatalogAction.ReReview, item => item.ReReview(next, opinion, staff.UserName, clock.GetUtcNow()), "catalog.rereviewed", $"定期复查，仍不公开，下次复查 {next:yyyy-MM-dd}", cancel);
    }

    /// <summary>
    /// 签发: published (or, withheld, registered), with its 索引号 the first time. A policy needing its 政策解读
    /// without one (三同步) is refused unless <paramref name="confirmWithoutInterpretation"/>; the override is kept in the ledger.
    /// </summary>
    public async Task<CatalogOutcome> SignOffAsync(StaffContext staff, int id, int revision, string? opinion, bool confirmWithoutInterpretation = false, CancellationToken cancel = default)
    {
        var item = await LoadForAsync(staff, id, revision, CatalogAction.SignOff, cancel);
        CatalogWorkflow.Next(item.Working.Status, CatalogAction.SignOff);
        var overridden = await interpretations.RequireConfirmedAsync(item, confirmWithoutInterpretation, cancel);
        var agencySettings = await settings.GetAsync(item.AgencyId, cancel);
        var today = ShanghaiTime.Today(clock);
        await publication.InTransactionAsync(async () =>
        {
            var indexNo = item.IndexNo ?? await publication.NextIndexNoAsync(agencySettings, item.Working.Content.PublishedOn ?? today, cancel);
            item.SignOff(() => indexNo, today, opinion, staff.UserName, clock.GetUtcNow(), overridden);
            audit.Record(staff.UserName, "catalog.published", Subject(item),
                $"签发“{item.Working.Content.Title}”第 {item.Working.Number} 版，索引号 {item.IndexNo}（{DisclosureModes.Name(item.Working.Content.Disclosure)}）"
                + (overridden is null ? "" : "；签发人确认在没有政策解读的情况下仍然签发（三同步提示）"));
            await publication.SaveAsync(item, cancel);
        }, cancel);
        return new CatalogOutcome(item, overridden is null ? [] : [overridden]);
    }

    /// <summary>更正: a new draft version; the published one stays public until the correction is signed off.</summary>
    public async Task<CatalogOutcome> CorrectAsync(StaffContext staff, int id, int revision, CancellationToken cancel = default)
    {
        var item = await LoadForAsync(staff, id, revision, CatalogAction.Correct, cancel);
        var correction = item.Correct(staff.UserName, clock.GetUtcNow());
        audit.Record(staff.UserName, "catalog.version", Subject(item), $"为“{correction.Content.Title}”创建更正版本（第 {correction.Number} 版）");
        await CommitAsync(cancel);
        return new CatalogOutcome(item, []);
    }

    /// <summary>废止: 有效性 becomes 废止 from that date; withdrawn items leave the portal entirely.</summary>
    public async Task<CatalogOutcome> RepealAsync(StaffContext staff, int id, int revision, DateOnly on, bool withdraw, string? reason, CancellationToken cancel = default)
    {
        var item = await LoadForAsync(staff, id, revision, CatalogAction.Repeal, cancel);
        await publication.InTransactionAsync(async () =>
        {
            item.Repeal(on, withdraw, reason, staff.UserName, clock.GetUtcNow());
            audit.Record(staff.UserName, "catalog.repealed", Subject(item), $"废止“{item.Working.Content.Title}”，自 {on:yyyy-MM-dd}{(withdraw ? "，并撤下" : "")}");
            await publication.SaveAsync(item, cancel);
        }, cancel);
        return new CatalogOutcome(item, []);
    }

    public async Task<CatalogOutcome> AttachAsync(StaffContext staff, int id, int revision, string fileName, byte[] content, CancellationToken cancel = default)
    {
        var item = await LoadForAsync(staff, id, revision, CatalogAction.Edit, cancel);
        var attachment = AttachmentFiles.Check(fileName, content);
        item.AddAttachment(attachment, staff.UserName, clock.GetUtcNow());
        if (!await db.Set<CatalogBlob>().AnyAsync(b => b.Sha256 == attachment.Sha256, cancel))
        {
            db.Set<CatalogBlob>().Add(new CatalogBlob { Sha256 = attachment.Sha256, Content = content });
        }

        audit.Record(staff.UserName, "catalog.attached", Subject(item), $"上传附件“{attachment.FileName}”（{attachment.Length} 字节，SHA-256 {attachment.Sha256}）");
        await CommitAsync(cancel);
        return new CatalogOutcome(item, []);
    }

    public Task<CatalogOutcome> DetachAsync(StaffContext staff, int id, int revision, long attachmentId, CancellationToken cancel = default) =>
        StepAsync(staff, id, revision, CatalogAction.Edit, item => item.RemoveAttachment(attachmentId, staff.UserName, clock.GetUtcNow()), "catalog.detached", "删除附件", cancel);

    private async Task<CatalogOutcome> StepAsync(StaffContext staff, int id, int revision, CatalogAction action, Action<CatalogItem> step, string code, string what, CancellationToken cancel)
    {
        var item = await LoadForAsync(staff, id, revision, action, cancel);
        step(item);
        audit.Record(staff.UserName, code, Subject(item), $"{what}：“{item.Working.Content.Title}”第 {item.Working.Number} 版");
        await CommitAsync(cancel);
        return new CatalogOutcome(item, []);
    }

    /// <summary>A duplicate 文号 in the same agency is allowed (joint documents, re-issues) but said.</summary>
    private async Task<List<string>> WarningsAsync(CatalogItem item, CancellationToken cancel)
    {
        var documentNo = item.Working.Content.DocumentNo;
        if (documentNo is null)
        {
            return [];
        }

        var others = await db.Set<CatalogItemVersion>().AsNoTracking()
            .Where(v => v.ItemId != item.Id && v.Content.DocumentNo == documentNo && v.Status != CatalogItemStatus.Superseded)
            .Join(db.CatalogItems.IgnoreAutoIncludes().Where(i => i.AgencyId == item.AgencyId), v => v.ItemId, i => i.Id, (v, i) => v.Content.Title)
            .Distinct().Take(3).ToListAsync(cancel);
        return others.Count == 0 ? [] : [$"本机关已有文号为“{documentNo}”的信息：{string.Join("；", others)}"];
    }

    private static CatalogContent Clean(CatalogContent content) => content with { BodyHtml = BodyHtml.Sanitise(content.BodyHtml) };

    private static T Refusing<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ContentRefusedException refused)
        {
            throw GongkaiException.Invalid(refused.Message, refused.Problems);
        }
    }

    private static void Refusing(Action change) => Refusing(() => { change(); return 0; });

    private async Task<CatalogItem> LoadForAsync(StaffContext staff, int id, int revision, CatalogAction action, CancellationToken cancel)
    {
        var item = await queries.GetAsync(staff, id, cancel);
        CatalogAccess.Require(staff, item, action);
        if (item.Revision != revision)
        {
            throw GongkaiException.Conflict($"该信息已被 {item.Working.UpdatedBy} 于 {ShanghaiTime.Format(item.Working.UpdatedAt)} 修改，您的操作未执行。请刷新后重试。");
        }

        return item;
    }

    private async Task CommitAsync(CancellationToken cancel)
    {
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw GongkaiException.Conflict("该信息刚被他人修改，您的操作未执行。请刷新后重试。");
        }
    }

    private static string Subject(CatalogItem item) => $"catalog:{item.Id}";
}
