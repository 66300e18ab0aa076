using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications.Letters.Templates;
using Gongkai.Application.Documents;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.DisclosureApplications.Letters;

/// <summary>A file to download: a letter or an evidence pack.</summary>
public sealed record LetterFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The 文书 of an application: listed from its event log (<see cref="ReplyLetters"/>), written with the receiving
/// agency's template in force for its kind (or the default, ADR 0013) to DOCX and to PDF (the DOCX through
/// LibreOffice), and served by e-mail where the applicant chose e-mail and SMTP is configured; each sending is a
/// line in the event log and in the audit log, and the letter served is kept (DOCX and PDF) with the application:
/// from then on that copy is the letter, whatever the templates become. Staff who may open the application only
/// (404 otherwise).
/// </summary>
public sealed class LetterDocuments(GongkaiDbContext db, ApplicationQueries queries, AgencyDirectory agencies, PdfConverter pdf, LetterMail mail,
    ApplicationClocks clocks, AuditLog audit, LetterTemplates templates)
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Pdf = "application/pdf";

    public async Task<(DisclosureApplication Application, IReadOnlyList<ReplyLetter> Letters)> ListAsync(StaffContext staff, int id, CancellationToken cancel = default)
    {
        var application = await queries.LoadAsync(staff, id, cancel);
        return (application, ReplyLetters.Of(application, await AgencyNameAsync(application, cancel)));
    }

    public async Task<LetterFile> FileAsync(StaffContext staff, int id, int number, string format, CancellationToken cancel = default)
    {
        if (format is not ("docx" or "pdf"))
        {
            throw GongkaiException.NotFound($"格式“{format}”（可用：docx、pdf）");
        }

        var (application, letter, agency) = await FindAsync(staff, id, number, cancel);
        var served = await ServedAsync(id, number, cancel);
        var docx = served?.Docx ?? (await RenderAsync(application, letter, agency, cancel)).Docx;
        audit.Record(staff.UserName, "application.letter", $"application:{id}", $"{(served is null ? "生成" : "下载已送达的")}申请 {application.TrackingNumber} 的《{letter.Title}》（{format}）");
        await db.SaveChangesAsync(cancel);
        var name = letter.Reference(application.TrackingNumber);
        return format == "docx"
            ? new LetterFile(name + ".docx", Docx, docx)
            : new LetterFile(name + ".pdf", Pdf, served?.Pdf ?? await pdf.ConvertAsync(docx, cancel));
    }

    /// <summary>E-mails the letter (its text, with the PDF and DOCX attached) to the applicant and records it.</summary>
    public async Task<ApplicationEvent> SendAsync(StaffContext staff, int id, int number, CancellationToken cancel = default)
    {
        var (application, letter, agency) = await FindAsync(staff, id, number, cancel);
        MayServe(staff, application, letter);

        if (application.Request.Way != DeliveryWay.Email || string.IsNullOrWhiteSpace(application.Applicant.Email))
        {
            throw GongkaiException.Conflict("申请人未选择以电子邮件获取（或未留电子邮箱），请以其选择的方式送达");
        }

        var served = await KeepAsync(staff, application, letter, agency, cancel);
        var reference = letter.Reference(application.TrackingNumber);
        var text = string.Join("\n\n", new[] { letter.Title, $"编号：{reference}", application.Applicant.Name + "：" }
            .Concat(Body(letter)).Concat(ReplyLetters.Signature(agency, letter.On)));
        await mail.SendAsync(application.Applicant.Email!, $"{letter.Title}（申请编号 {application.TrackingNumber}）", text,
            [(reference + ".pdf", Pdf, served.Pdf), (reference + ".docx", Docx, served.Docx)], cancel);

        application.RecordLetterSent(staff.UserName, clocks.Now, clocks.Today, letter.Title, application.Applicant.Email!);
        audit.Record(staff.UserName, "application.letter-sent", $"application:{id}", $"以电子邮件送达申请 {application.TrackingNumber} 的《{letter.Title}》");
        await db.SaveChangesAsync(cancel);
        return application.Events[^1];
    }

    /// <summary>
    /// Records that the letter was served to the applicant by post, in person or on the platform (e-mail is
    /// <see cref="SendAsync"/>), and keeps it as served.
    /// </summary>
    public async Task<ApplicationEvent> ServeAsync(StaffContext staff, int id, int number, DeliveryWay way, CancellationToken cancel = default)
    {
        var (application, letter, agency) = await FindAsync(staff, id, number, cancel);
        MayServe(staff, application, letter);
        if (way == DeliveryWay.Email)
        {
            throw GongkaiException.Conflict("以电子邮件送达请使用“以电子邮件送达申请人”，由平台发送并记录");
        }

        await KeepAsync(staff, application, letter, agency, cancel);
        application.RecordLetterServed(staff.UserName, clocks.Now, clocks.Today, letter.Title, way);
        audit.Record(staff.UserName, "application.letter-served", $"application:{id}", $"记录申请 {application.TrackingNumber} 的《{letter.Title}》以{InformationRequest.WayName(way)}方式送达");
        await db.SaveChangesAsync(cancel);
        return application.Events[^1];
    }

    /// <summary>The numbers of the letters kept as served.</summary>
    public Task<List<int>> ServedNumbersAsync(int applicationId, CancellationToken cancel) =>
        db.Set<ServedLetter>().Where(l => l.ApplicationId == applicationId).Select(l => l.Number).ToListAsync(cancel);

    private static void MayServe(StaffContext staff, DisclosureApplication application, ReplyLetter letter)
    {
        if (!staff.IsEditor || staff.AgencyId != application.AgencyId)
        {
            throw GongkaiException.Forbidden("文书由受理机关公开办的工作人员送达");
        }

        if (!letter.ToApplicant)
        {
            throw GongkaiException.Conflict($"《{letter.Title}》不是送达申请人的文书");
        }
    }

    /// <summary>The copy kept as served (made now, DOCX and PDF, from the template in force, if not kept already); saved with the caller's changes.</summary>
    private async Task<ServedLetter> KeepAsync(StaffContext staff, DisclosureApplication application, ReplyLetter letter, string agency, CancellationToken cancel)
    {
        // Served again, a letter already served is the same copy.
        if (await ServedAsync(application.Id, letter.Number, cancel) is { } kept)
        {
            return kept;
        }

        var (docx, key, version) = await RenderAsync(application, letter, agency, cancel);
        var served = new ServedLetter
        {
            ApplicationId = application.Id, Number = letter.Number, Title = letter.Title, TemplateKey = key, TemplateVersion = version, Docx = docx,
            Pdf = await pdf.ConvertAsync(docx, cancel), ServedBy = staff.UserName, ServedAt = clocks.Now,
        };
        db.Add(served);
        return served;
    }

    /// <summary>The letter as a DOCX from the agency's template in force for its kind; which template and version (0: the default).</summary>
    public async Task<(byte[] Docx, string Key, int Version)> RenderAsync(DisclosureApplication application, ReplyLetter letter, string agency, CancellationToken cancel)
    {
        var key = LetterTemplateKeys.Of(letter);
        var template = await templates.InForceAsync(application.AgencyId, key, cancel);
        return (DocxFields.Fill(template.Content, LetterFields.Of(application, letter, agency)), key, template.Version);
    }

    /// <summary>The copy kept when the letter was served, if it was.</summary>
    public Task<ServedLetter?> ServedAsync(int applicationId, int number, CancellationToken cancel) =>
        db.Set<ServedLetter>().AsNoTracking().FirstOrDefaultAsync(l => l.ApplicationId == applicationId && l.Number == number, cancel);

    /// <summary>The letter in the evidence pack's fixed layout: title, reference, addressee, body, basis, remedies where due, signature.</summary>

    internal static LetterDocx Write(LetterDocx docx, DisclosureApplication application, ReplyLetter letter, string agency)
    {
        docx.Title(letter.Title).Reference($"编号：{letter.Reference(application.TrackingNumber)}").Addressee(letter.Addressee);
        foreach (var paragraph in Body(letter))
        {
            docx.Paragraph(paragraph);
        }

        return docx.Signature(ReplyLetters.Signature(agency, letter.On));
    }

    internal static IEnumerable<string> Body(ReplyLetter letter) =>
        letter.Paragraphs.Append($"法律依据：{letter.Basis}。").Concat(letter.StatesRemedies ? [ReplyLetters.Remedies] : []);

    internal async Task<string> AgencyNameAsync(DisclosureApplication application, CancellationToken cancel) =>
        (await agencies.FindAsync(application.AgencyId, cancel))?.Name ?? "";

    private async Task<(DisclosureApplication, ReplyLetter, string)> FindAsync(StaffContext staff, int id, int number, CancellationToken cancel)
    {
        var (application, letters) = await ListAsync(staff, id, cancel);
        var letter = letters.FirstOrDefault(l => l.Number == number)
            ?? throw GongkaiException.NotFound($"文书 {number}（本申请共 {letters.Count} 份：{string.Join("、", letters.Select(l => $"{l.Number} {l.Title}"))}）");
        return (application, letter, await AgencyNameAsync(application, cancel));
    }

    /// <summary>For the evidence pack's list: 2024-03-05 补正申请告知书 (条例第三十条).</summary>
    internal static string Line(ReplyLetter letter) => $"{ChineseDateText.Iso(letter.On)} {letter.Title}（{letter.Basis}）";
}
