namespace Gongkai.Application.Reporting.Xlsx;

/// <summary>Placeholder until the renderers branch lands.</summary>
public static class XlsxReportRenderer
{
    public static byte[] Render(ReportDocument document) => throw new NotSupportedException(document.Title);
}
