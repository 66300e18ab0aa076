using Gongkai.Domain.Agencies;

namespace Gongkai.Domain.Calendar;

/// <summary>条例 Art. 49: by when last year's annual report must be published.</summary>
public static class ReportingDeadline
{
    /// <summary>Departments by 31 January, the 本级人民政府 by 31 March, of the year after the report year.</summary>
    public static DateOnly For(AgencyKind kind, int reportYear) =>
        kind == AgencyKind.Government ? new DateOnly(reportYear + 1, 3, 31) : new DateOnly(reportYear + 1, 1, 31);
}
