using System.Security.Cryptography;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// One version of an agency's 政府信息公开工作年度报告 for one year. Published versions are frozen:
/// a correction is a new version, and the old one is kept. Figures are held as canonical JSON so
/// that what is published is byte-for-byte what its SHA-256 describes.
/// </summary>
public sealed class AnnualReport
{
    private ReportFigures? _figures;

    private AnnualReport()
    {
        FiguresJson = "";
        Narrative = new ReportNarrative();
        UpdatedBy = "";
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public int Year { get; private set; }
    /// <summary>1 for the first publication; each correction adds one.</summary>
    public int Version { get; private set; }
    public ReportStatus Status { get; private set; }
    public string FiguresJson { get; private set; }
    public ReportNarrative Narrative { get; private set; }
    /// <summary>Bumped by every change; a save based on an older revision is refused (optimistic concurrency).</summary>
    public int Revision { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    /// <summary>Why a report with errors was published anyway, as the reviewer recorded it.</summary>
    public string? PublishReason { get; private set; }
    /// <summary>SHA-256 (hex) of the published canonical JSON.</summary>
    public string? ContentSha256 { get; private set; }
    public string? ReturnReason { get; private set; }

    public ReportFigures Figures => _figures ??= ReportJsonReader.Read(FiguresJson);

    public static AnnualReport Create(int agencyId, ReportFigures figures, ReportNarrative narrative, string by, DateTimeOffset at, int version = 1)
    {
        var report = new AnnualReport
        {
            AgencyId = agencyId,
            Year = figures.Year,
            Version = version,
            Status = ReportStatus.Draft,
            CreatedAt = at,
        };
        report.SetContent(figures, narrative, by, at);
        return report;
    }

    public void Edit(ReportFigures figures, ReportNarrative narrative, string by, DateTimeOffset at)
    {
        Status = ReportWorkflow.Next(Status, ReportAction.Edit);
        if (figures.Year != Year)
        {
            throw new WorkflowException($"这是 {Year} 年度的报告，不能改为 {figures.Year} 年度的数据");
        }

        SetContent(figures, narrative, by, at);
    }

    public void Submit(string by, DateTimeOffset at)
    {
        Status = ReportWorkflow.Next(Status, ReportAction.Submit);
        SubmittedAt = at;
        SubmittedBy = by;
        ReturnReason = null;
        Touch(by, at);
    }

    public void Return(string by, DateTimeOffset at, string? reason)
    {
        Status = ReportWorkflow.Next(Status, ReportAction.Return);
        ReturnReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Touch(by, at);
    }

    /// <summary>
    /// 审核发布. A report whose checks find errors is published only with the reviewer's reason on record.
    /// </summary>
    public void Publish(string by, DateTimeOffset at, IReadOnlyCollection<Finding> findings, string? reason)
    {
        if (findings.HasErrors() && string.IsNullOrWhiteSpace(reason))
        {
            throw new WorkflowException($"报告有 {findings.CountOf(FindingSeverity.Error)} 处错误，审核人须填写仍予发布的理由");
        }

        Status = ReportWorkflow.Next(Status, ReportAction.Publish);
        PublishedAt = at;
        PublishedBy = by;
        PublishReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        ContentSha256 = Sha256Hex(FiguresJson);
        Touch(by, at);
    }

    /// <summary>更正: a new draft version with this version's content; this version stays published until the correction is.</summary>
    public AnnualReport CreateCorrection(string by, DateTimeOffset at)
    {
        ReportWorkflow.Next(Status, ReportAction.Correct);
        return Create(AgencyId, Figures.Clone(), Narrative, by, at, Version + 1);
    }

    /// <summary>Marks this published version as replaced by a published correction.</summary>
    public void Supersede()
    {
        if (Status != ReportStatus.Published)
        {
            throw new WorkflowException("只有已发布的报告才会被更正版本取代");
        }

        Status = ReportStatus.Superseded;
    }

    public static string Sha256Hex(string canonicalJson) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonicalJson)));

    private void SetContent(ReportFigures figures, ReportNarrative narrative, string by, DateTimeOffset at)
    {
        if (ReportIntake.NarrativeProblems(narrative).FirstOrDefault() is { } problem)
        {
            throw new RefusedException(problem.Message);
        }

        FiguresJson = ReportJsonWriter.Write(figures);
        _figures = null;
        Narrative = narrative;
        Touch(by, at);
    }

    private void Touch(string by, DateTimeOffset at)
    {
        UpdatedAt = at;
        UpdatedBy = by;
        Revision++;
    }
}
