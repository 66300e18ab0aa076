namespace Gongkai.Domain.Calendar;

/// <summary>
/// The national holiday arrangements shipped with Gongkai (Data/prc-holidays.csv, embedded; its header
/// comments record the notices it was taken from). Later years come by import, not by a new release.
/// </summary>
public static class OfficialArrangement
{
    private const string ResourceName = "Gongkai.Domain.Calendar.prc-holidays.csv";
    private static readonly Lazy<ArrangementCsvFile> Parsed = new(() => ArrangementCsv.Parse(CsvText()));
    private static readonly Lazy<WorkingDayCalendar> Shipped = new(() => WorkingDayCalendar.Create(Parsed.Value.Rows));

    /// <summary>The shipped CSV, exactly as it is in the repository.</summary>
    public static string CsvText()
    {
        using var stream = typeof(OfficialArrangement).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"缺少内嵌资源 {ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<ArrangementRow> Rows => Parsed.Value.Rows;

    /// <summary>The calendar of the shipped years alone, without overrides.</summary>
    public static WorkingDayCalendar Calendar => Shipped.Value;
}
