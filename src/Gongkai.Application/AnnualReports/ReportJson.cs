using System.Text.Json;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.AnnualReports;

/// <summary>The canonical JSON read for a use case: a document of the wrong shape is refused (422) with every problem's path.</summary>
public static class ReportJson
{
    public static ReportFigures Read(string json, string refusal) => Guard(() => ReportJsonReader.Read(json), refusal);

    public static ReportFigures Read(JsonElement json, string refusal) => Guard(() => ReportJsonReader.Read(json), refusal);

    private static ReportFigures Guard(Func<ReportFigures> read, string refusal)
    {
        try
        {
            return read();
        }
        catch (ReportJsonException ex)
        {
            throw GongkaiException.Invalid(refusal, ex.Problems);
        }
    }
}
