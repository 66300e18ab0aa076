using Gongkai.Application.Accounts;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.DisclosureApplications.Letters.Templates;

/// <summary>The template in force for one kind of letter at one agency: the agency's version, 0 for the default.</summary>
public sealed record TemplateInForce(string Key, string Name, int Version, byte[] Content, string? UploadedBy, DateTimeOffset? UploadedAt, string Fields)
{
    public bool IsDefault => Version == 0;
}

/// <summary>
/// Each agency's letter templates: any member of its staff may download the one in force (its own or the default);
/// its 审核人 or administrator uploads a new version — a real DOCX within the size limits whose fields are all known
/// (unknown ones refused by name) — or restores the default. Every version is kept and audited.
/// </summary>
public sealed class LetterTemplates(GongkaiDbContext db, ApplicationClocks clocks, AuditLog audit)
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const long MaxExpandedBytes = 32L * 1024 * 1024;

    public async Task<IReadOnlyList<TemplateInForce>> ListAsync(StaffContext staff, CancellationToken cancel = default)
    {
        var agency = AgencyOf(staff);
        // Versions without their content: a few dozen rows per agency at most.
        var versions = await db.Set<LetterTemplate>().AsNoTracking().Where(t => t.AgencyId == agency)
            .Select(t => new { t.Key, t.Version, t.UploadedBy, t.UploadedAt, t.Fields, HasContent = t.Content != null }).ToListAsync(cancel);
        var latest = versions.GroupBy(t => t.Key).Select(g => g.MaxBy(t => t.Version)!).ToList();
        return LetterTemplateKeys.All.Select(k => latest.FirstOrDefault(t => t.Key == k.Key) is { } t
                ? new TemplateInForce(k.Key, k.Name, t.HasContent ? t.Version : 0, [], t.UploadedBy, t.UploadedAt, t.HasContent ? t.Fields : "")
                : new TemplateInForce(k.Key, k.Name, 0, [], null, null, ""))
            .ToList();
    }

    /// <summary>The template in force, with its content (the default's when the agency has none of its own).</summary>
    public async Task<TemplateInForce> InForceAsync(int agencyId, string key, CancellationToken cancel = default)
    {
        var latest = await db.Set<LetterTemplate>().AsNoTracking().Where(t => t.AgencyId == agencyId && t.Key == key)
            .OrderByDescending(t => t.Version).FirstOrDefaultAsync(cancel);
        return latest is { Content: { } content }
            ? new TemplateInForce(key, LetterTemplateKeys.NameOf(key), latest.Version, content, latest.UploadedBy, latest.UploadedAt, latest.Fields)
            : new TemplateInForce(key, LetterTemplateKeys.NameOf(key), 0, DefaultLetterTemplates.For(key), null, null, "");
    }

    public async Task<LetterFile> DownloadAsync(StaffContext staff, string key, CancellationToken cancel = default)
    {
        var template = await InForceAsync(AgencyOf(staff), Known(key), cancel);
        var version = template.Version == 0 ? "默认" : $"第{template.Version}版";
        return new LetterFile($"{template.Name}（模板，{version}）.docx", LetterDocuments.Docx, template.Content);
    }

    /// <summary>Adds the uploaded DOCX as the agency's next version; refuses (422, in Chinese) anything else.</summary>
    public async Task<int> UploadAsync(StaffContext staff, string key, string fileName, byte[] content, CancellationToken cancel = default)
    {
        var agency = MayEdit(staff);
        Known(key);
        if (content.Length == 0)
        {
            throw GongkaiException.Invalid("请选择要上传的模板文件（.docx）", [new JsonProblem("$.file", "未选择文件")]);
        }

        if (content.Length > MaxBytes)
        {
            throw GongkaiException.Invalid($"模板文件不能超过 {MaxBytes / 1024 / 1024} MB（所传文件 {content.Length / 1024} KB）", [new JsonProblem("$.file", "文件过大")]);
        }

        if (DocxFields.Refusal(content, MaxExpandedBytes) is { } refusal)
        {
            throw GongkaiException.Invalid(refusal, [new JsonProblem("$.file", refusal)]);
        }

        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(content), isEditable: false);
        var fields = DocxFields.Used(document);
        var unknown = fields.Where(f => !LetterFields.IsKnown(f)).ToList();
        if (unknown.Count > 0)
        {
            var message = $"模板中有未知字段：{string.Join("、", unknown.Select(f => "{{" + f + "}}"))}。可用字段：{string.Join("、", LetterFields.All.Select(f => f.Name))}";
            throw GongkaiException.Invalid(message, [new JsonProblem("$.file", message)]);
        }

        return await AddVersionAsync(staff, agency, key, content, Path.GetFileName(fileName), string.Join("、", fields), cancel);
    }

    /// <summary>The product's default applies again (as a new version, so the history stays).</summary>
    public async Task<int> RestoreDefaultAsync(StaffContext staff, string key, CancellationToken cancel = default)
    {
        var agency = MayEdit(staff);
        return await AddVersionAsync(staff, agency, Known(key), null, null, "", cancel);
    }

    private async Task<int> AddVersionAsync(StaffContext staff, int agency, string key, byte[]? content, string? fileName, string fields, CancellationToken cancel)
    {
        var version = 1 + (await db.Set<LetterTemplate>().Where(t => t.AgencyId == agency && t.Key == key).MaxAsync(t => (int?)t.Version, cancel) ?? 0);
        db.Add(new LetterTemplate
        {
            AgencyId = agency, Key = key, Version = version, Content = content, FileName = fileName?.Length > 200 ? fileName[..200] : fileName,
            Fields = fields.Length > 1000 ? fields[..1000] : fields, UploadedBy = staff.UserName, UploadedAt = clocks.Now,
        });
        var what = content is null ? "恢复默认模板" : $"上传模板第{version}版（{fileName}）";
        audit.Record(staff.UserName, "letter-template." + (content is null ? "restore" : "upload"), $"agency:{agency}/{key}", $"《{LetterTemplateKeys.NameOf(key)}》{what}");
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            throw GongkaiException.Conflict("同一模板刚有他人上传了新版本，请刷新后重试");
        }

        return version;
    }

    private static int AgencyOf(StaffContext staff) =>
        staff.AgencyId ?? throw GongkaiException.Forbidden("文书模板按机关保存，请以本机关工作人员的账号操作");

    private static int MayEdit(StaffContext staff)
    {
        var agency = AgencyOf(staff);
        return staff.IsReviewer || staff.IsAdmin ? agency : throw GongkaiException.Forbidden("文书模板由本机关的审核人或系统管理员修改");
    }

    private static string Known(string key) => LetterTemplateKeys.Exists(key)
        ? key
        : throw GongkaiException.NotFound($"文书模板“{key}”（可用：{LetterTemplateKeys.List()}）");
}
