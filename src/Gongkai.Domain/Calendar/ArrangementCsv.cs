using System.Globalization;

namespace Gongkai.Domain.Calendar;

/// <summary>One problem (or, for <see cref="ArrangementCsvFile.Notices"/>, one remark) at a line of the file.</summary>
public sealed record CsvLineProblem(int Line, string Message)
{
    public override string ToString() => $"第 {Line} 行：{Message}";
}

/// <summary>The file has at least one bad line; none of its rows may be used.</summary>
public sealed class ArrangementCsvException(IReadOnlyList<CsvLineProblem> problems)
    : CalendarException("放假安排文件有误：" + string.Join("；", problems.Take(5)) + (problems.Count > 5 ? $"；等共 {problems.Count} 处" : ""))
{
    public IReadOnlyList<CsvLineProblem> Problems { get; } = problems;
}

/// <summary>A parsed arrangement file: its rows, the notice years they belong to, and remarks that did not refuse it.</summary>
public sealed record ArrangementCsvFile(IReadOnlyList<ArrangementRow> Rows, IReadOnlyList<CsvLineProblem> Notices)
{
    public IReadOnlyList<int> Years { get; } = Rows.Select(r => r.ArrangementYear).Distinct().Order().ToList();
}

/// <summary>
/// Reads the arrangement CSV (<c>date,kind,holiday,weekday,arrangement_year</c>; <c>#</c> starts a comment
/// line). All or nothing: every bad line is reported with its number and what was expected, and a file
/// with any bad line yields no rows at all. Refused: a missing header, a wrong number of columns, a date
/// that is not YYYY-MM-DD, a kind other than off/work, an empty holiday name, a weekday that is not the
/// date's, a notice year that cannot own the date, and the same date listed as both off and work.
/// Accepted with a remark: the same date listed twice alike (used once), and <c>work</c> on a Monday to
/// Friday, which changes nothing: the shipped file marks 2020-02-03 that way, the first working day after
/// the COVID-extended Spring Festival.
/// </summary>
public static class ArrangementCsv
{
    public const string Header = "date,kind,holiday,weekday,arrangement_year";
    private const int MaxProblems = 200;

    public static ArrangementCsvFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<CsvLineProblem>();
        var notices = new List<CsvLineProblem>();
        var rows = new List<ArrangementRow>();
        var seen = new Dictionary<DateOnly, (DayKind Kind, int Line)>();
        var headerSeen = false;
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length && problems.Count < MaxProblems; index++)
        {
            var lineNumber = index + 1;
            var line = lines[index].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split(',').Select(Unquote).ToArray();
            if (!headerSeen)
            {
                headerSeen = true;
                if (string.Join(",", fields) == Header)
                {
                    continue;
                }

                if (!ChineseDateText.TryParseIso(fields[0], out _))
                {
                    problems.Add(new(lineNumber, $"表头应为 {Header}，实际为“{line}”"));
                    continue;
                }

                problems.Add(new(lineNumber, $"缺少表头 {Header}（应在第一个非注释行）"));
            }

            var lineProblems = new List<string>();
            var row = ParseRow(fields, lineProblems);
            problems.AddRange(lineProblems.Select(p => new CsvLineProblem(lineNumber, p)));
            if (row is null)
            {
                continue;
            }

            if (seen.TryGetValue(row.Date, out var earlier))
            {
                if (earlier.Kind != row.Kind)
                {
                    problems.Add(new(lineNumber, $"{ChineseDateText.Iso(row.Date)} 已在第 {earlier.Line} 行列为 {Code(earlier.Kind)}，此处又列为 {Code(row.Kind)}，前后矛盾"));
                }
                else
                {
                    notices.Add(new(lineNumber, $"{ChineseDateText.Iso(row.Date)} 与第 {earlier.Line} 行重复，只计一次"));
                }

                continue;
            }

            seen.Add(row.Date, (row.Kind, lineNumber));
            if (row.Kind == DayKind.Work && row.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                notices.Add(new(lineNumber, $"{ChineseDateText.WithWeekday(row.Date)} 本为工作日，列为 work 不改变日历（如 2020-02-03 标记延长的春节假期结束）"));
            }

            rows.Add(row);
        }

        if (!headerSeen)
        {
            problems.Add(new(1, $"文件中没有表头 {Header}，也没有任何放假安排行"));
        }
        else if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(lines.Length, "文件中没有任何放假安排行"));
        }

        return problems.Count > 0 ? throw new ArrangementCsvException(problems) : new ArrangementCsvFile(rows, notices);
    }

    private static ArrangementRow? ParseRow(string[] fields, List<string> problems)
    {
        if (fields.Length != 5)
        {
            problems.Add($"应有 5 列（{Header}），实际为 {fields.Length} 列");
            return null;
        }

        var dateOk = ChineseDateText.TryParseIso(fields[0], out var date);
        if (!dateOk)
        {
            problems.Add($"日期“{fields[0]}”无效，应为 YYYY-MM-DD 格式的日期，如 2025-10-01");
        }

        DayKind? kind = fields[1].ToLowerInvariant() switch
        {
            "off" => DayKind.Off,
            "work" => DayKind.Work,
            _ => null,
        };
        if (kind is null)
        {
            problems.Add($"类别“{fields[1]}”无效，应为 off（放假）或 work（调休上班）");
        }

        if (fields[2].Length == 0)
        {
            problems.Add("节日名称（holiday）为空，应为如“国庆节”");
        }

        var weekday = Array.IndexOf(WeekdayNames, fields[3]);
        if (weekday < 0)
        {
            problems.Add($"星期“{fields[3]}”无效，应为 一、二、三、四、五、六、日 之一");
        }
        else if (dateOk && (DayOfWeek)weekday != date.DayOfWeek)
        {
            problems.Add($"星期“{fields[3]}”与日期 {ChineseDateText.Iso(date)} 不符，该日为星期{ChineseDateText.WeekdayName(date.DayOfWeek)}");
        }

        var year = 0;
        var yearOk = fields[4].Length == 4 && int.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out year);
        if (!yearOk)
        {
            problems.Add($"放假安排年度“{fields[4]}”无效，应为 4 位年份，如 2025");
        }
        else if (dateOk && ArrangementRules.YearProblem(date, year) is { } yearProblem)
        {
            problems.Add(yearProblem);
        }

        return problems.Count == 0 ? new ArrangementRow(date, kind!.Value, fields[2], year) : null;
    }

    private static readonly string[] WeekdayNames = ["日", "一", "二", "三", "四", "五", "六"];

    private static string Code(DayKind kind) => kind == DayKind.Off ? "off（放假）" : "work（调休上班）";

    private static string Unquote(string field)
    {
        var trimmed = field.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"' ? trimmed[1..^1].Trim() : trimmed;
    }
}
