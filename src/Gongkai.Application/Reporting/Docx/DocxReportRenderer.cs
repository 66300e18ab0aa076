namespace Gongkai.Application.Reporting.Docx;

/// <summary>Placeholder until the renderers branch lands.</summary>
public static class DocxReportRenderer
{
    public static byte[] Render(ReportDocument document) => throw new NotSupportedException(document.Title);
}
