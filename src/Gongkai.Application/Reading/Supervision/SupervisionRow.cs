using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Calendar;

namespace Gongkai.Application.Reading.Supervision;

/// <summary>Whether an annual report was published by the 条例 Art. 49 date.</summary>
public enum Timeliness
{
    OnTime,
    /// <summary>Published after the date.</summary>
    Late,
    /// <summary>Not published, and the date has passed.</summary>
    Missing,
    /// <summary>Not published yet, and the date has not passed.</summary>
    Pending,
    /// <summary>A report read from a file: the file does not say when it was published.</summary>
    Unknown,
}

/// <summary>
/// One agency's report of one year on the supervisor's dashboard (监督看板): when it was due and published,
/// its errors and warnings, and the checks a supervisor asks about first — C6 (carry-over against last
/// year's report), C11 (text repeated from last year's), C12 (text against tables).
/// </summary>
/// <param name="C6">C6 findings, or null where last year's report was not there to compare.</param>
/// <param name="C11Percent">Share of sentences repeated from last year's report, or null where not compared.</param>
/// <param name="Link">The page of the report (public page, or the 年报体检 page of the file).</param>
/// <param name="Findings">Every finding of the report, for the chart of error classes.</param>
public sealed partial record SupervisionRow(
    string Agency,
    int? Year,
    DateOnly? Deadline,
    DateOnly? PublishedOn,
    Timeliness Timeliness,
    int? Errors,
    int? Warnings,
    int? C6,
    int? C11Percent,
    bool C11Warning,
    int? C12,
    string? Link,
    IReadOnlyList<Finding> Findings)
{
    public static Timeliness TimelinessOf(AgencyKind kind, int year, DateOnly? publishedOn, DateOnly today)
    {
        var deadline = ReportingDeadline.For(kind, year);
        return publishedOn is { } published
            ? (published <= deadline ? Timeliness.OnTime : Timeliness.Late)
            : (today > deadline ? Timeliness.Missing : Timeliness.Pending);
    }

    public static string Chinese(Timeliness timeliness) => timeliness switch
    {
        Timeliness.OnTime => "按时发布",
        Timeliness.Late => "逾期发布",
        Timeliness.Missing => "逾期未发布",
        Timeliness.Pending => "尚未到期",
        _ => "不详（文件未载明发布日期）",
    };

    /// <summary>The dashboard's columns, in order, as the page and the workbook head them.</summary>
    public static readonly IReadOnlyList<(string Key, string Header)> Columns =
    [
        ("agency", "机关"), ("year", "年度"), ("deadline", "公开期限（第四十九条）"), ("published", "发布日期"), ("timeliness", "是否按时"),
        ("errors", "错误"), ("warnings", "警告"), ("c6", "C6 上年结转不一致"), ("c11", "C11 与上年雷同（%）"), ("c12", "C12 文字与表格不一致"),
    ];

    /// <summary>The row's values in the order of <see cref="Columns"/>: numbers as numbers, empty where not known.</summary>
    public IReadOnlyList<object?> Values() =>
    [
        Agency, Year, Date(Deadline), Date(PublishedOn), Chinese(Timeliness), Errors, Warnings, C6, C11Percent, C12,
    ];

    /// <summary>Rows ordered by a column of <see cref="Columns"/> (unknown values last), then by agency and year.</summary>
    public static IReadOnlyList<SupervisionRow> Sort(IEnumerable<SupervisionRow> rows, string? key, bool descending)
    {
        var index = Columns.Select(c => c.Key).ToList().IndexOf(key ?? "");
        var ordered = rows.OrderBy(r => r.Agency, StringComparer.Ordinal).ThenBy(r => r.Year).ToList();
        if (index < 0)
        {
            return ordered;
        }

        // Timeliness sorts from on time to missing, not by its Chinese name.
        object? Key(SupervisionRow r) => Columns[index].Key == "timeliness" ? (int)r.Timeliness : r.Values()[index];
        var known = ordered.Where(r => Key(r) is not null);
        var sorted = descending ? known.OrderByDescending(Key, ValueOrder.Instance) : known.OrderBy(Key, ValueOrder.Instance);
        return [.. sorted, .. ordered.Where(r => Key(r) is null)];
    }

    /// <summary>The share a C11 finding states (“…，62%的句子…”).</summary>
    public static int? C11PercentOf(Finding finding) =>
        Percent().Match(finding.Message) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(\d+)%的句子")]
    private static partial Regex Percent();

    private sealed class ValueOrder : IComparer<object?>
    {
        public static readonly ValueOrder Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (int a, int b) => a.CompareTo(b),
            (string a, string b) => string.CompareOrdinal(a, b),
            _ => string.CompareOrdinal(Convert.ToString(x, CultureInfo.InvariantCulture), Convert.ToString(y, CultureInfo.InvariantCulture)),
        };
    }
}
