namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The text sections of a report: section 一 in its five parts (国办公开办函〔2021〕30号), with the
/// opening paragraph before it, and sections 五 and 六. Plain text; paragraphs are separated by line breaks.
/// </summary>
public sealed record ReportNarrative
{
    public string Preamble { get; init; } = "";
    public string OverviewProactive { get; init; } = "";
    public string OverviewOnRequest { get; init; } = "";
    public string OverviewManagement { get; init; } = "";
    public string OverviewPlatform { get; init; } = "";
    public string OverviewSupervision { get; init; } = "";
    public string Problems { get; init; } = "";
    public string OtherMatters { get; init; } = "";

    public const int MaxPartLength = 20000;

    /// <summary>The five parts of 一、总体情况 with their headings.</summary>
    public IReadOnlyList<(string Heading, string Text)> OverviewParts =>
    [
        (TemplateLabels.OverviewParts[0], OverviewProactive),
        (TemplateLabels.OverviewParts[1], OverviewOnRequest),
        (TemplateLabels.OverviewParts[2], OverviewManagement),
        (TemplateLabels.OverviewParts[3], OverviewPlatform),
        (TemplateLabels.OverviewParts[4], OverviewSupervision),
    ];

    /// <summary>Every part with its key (as the API's JSON names it), for validation.</summary>
    public IEnumerable<(string Name, string? Text)> Named =>
    [
        ("preamble", Preamble), ("overviewProactive", OverviewProactive), ("overviewOnRequest", OverviewOnRequest),
        ("overviewManagement", OverviewManagement), ("overviewPlatform", OverviewPlatform), ("overviewSupervision", OverviewSupervision),
        ("problems", Problems), ("otherMatters", OtherMatters),
    ];

    /// <summary>Every part, for length checks and similarity (C11).</summary>
    public IEnumerable<string> AllText =>
        [Preamble, OverviewProactive, OverviewOnRequest, OverviewManagement, OverviewPlatform, OverviewSupervision, Problems, OtherMatters];

    /// <summary>Paragraphs of a part, without blank lines.</summary>
    public static IEnumerable<string> Paragraphs(string text) =>
        text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0);
}
