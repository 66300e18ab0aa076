using System.Text.Json;
using Gongkai.Domain.AnnualReports;
using Gongkai.TestSupport;

namespace Gongkai.IntegrationTests.AnnualReports;

/// <summary>Request bodies for the report API built from real figures.</summary>
internal static class ReportFiguresJson
{
    public static JsonElement Element(ReportFigures figures) => JsonDocument.Parse(ReportJsonWriter.Write(figures)).RootElement.Clone();

    public static object Update(ReportFigures figures, ReportNarrative? narrative = null) =>
        narrative is null ? new { figures = Element(figures) } : new { figures = Element(figures), narrative };

    public static ReportFigures Valid(int year, string agency, int seed = 1) => RandomReports.Valid(new Random(seed), year, agency);
}
