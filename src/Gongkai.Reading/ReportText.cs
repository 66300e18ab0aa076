namespace Gongkai.Reading;

/// <summary>
/// The narrative of a report in Simplified Chinese: section 一 (总体情况), 五 (问题及改进) and 六 (其他事项).
/// These are the parts that should change from year to year; C11 compares them.
/// </summary>
public sealed record ReportText(string Overview, string Problems, string OtherMatters)
{
    public static readonly ReportText Empty = new("", "", "");

    public IEnumerable<string> Parts => [Overview, Problems, OtherMatters];

    public bool IsEmpty => Overview.Length == 0 && Problems.Length == 0 && OtherMatters.Length == 0;
}
