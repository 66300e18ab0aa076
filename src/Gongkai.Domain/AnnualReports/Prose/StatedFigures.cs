using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.AnnualReports.Prose;

/// <summary>
/// Finds the figures a text states with one certain meaning: the 年报体检 reader (in a report's prose and an old
/// 统计表) and the workbench (in what staff write) use this one extractor. A statement is left out where its
/// sentence ties it to another year (“2019年…”, “较上年…”, “累计…”), to other things (信访, 人大建议,
/// 全市…), or to a part of the whole (“其中…”, a channel, an applicant); a figure whose statements disagree is
/// not stated at all.
/// </summary>
public static partial class StatedFigures
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；;！!？?\n");
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("。；;！!？?\n，,：:\u001F");
    private const int QuoteLength = 60;

    /// <summary>Every statement in <paramref name="text"/>, one meaning per printed figure.</summary>
    /// <param name="year">The report's year: a sentence about another year states no figure of this report.</param>
    /// <param name="shown">The same text as printed, offset for offset, for the quotes (the reader searches a normalised copy).</param>
    public static List<StatedFigure> Statements(string text, int? year = null, string? shown = null)
    {
        shown ??= text;
        if (shown.Length != text.Length)
        {
            throw new ArgumentException("The text as printed must have the searched text's length.", nameof(shown));
        }

        var taken = new Dictionary<int, StatedFigure>();
        foreach (var meaning in ProseMeanings.All)
        {
            foreach (Match m in meaning.Pattern.Matches(text))
            {
                var figure = m.Groups["n"];
                if (taken.ContainsKey(figure.Index) || !Meant(text, m, meaning, year) || Parse(figure.Value) is not { } value)
                {
                    continue;
                }

                var unit = m.Groups["u"].Success ? m.Groups["u"].Value : "";
                taken[figure.Index] = new StatedFigure(meaning.Key, meaning.Label, value, unit, Quote(shown, m.Index, m.Index + m.Length)) { At = figure.Index };
            }
        }

        return [.. taken.Values.OrderBy(s => s.At)];
    }

    /// <summary>The statements whose meaning is stated with one value; <paramref name="conflicts"/> gets the others (“label：“…”、“…””).</summary>
    public static List<StatedFigure> Certain(IEnumerable<StatedFigure> statements, List<string>? conflicts = null)
    {
        var certain = new List<StatedFigure>();
        foreach (var group in statements.GroupBy(f => f.Key))
        {
            if (group.Select(f => f.Value).Distinct().Count() == 1)
            {
                certain.Add(group.First());
            }
            else
            {
                conflicts?.Add($"{group.First().Label}：{string.Join("、", group.Select(f => $"“{f.Quote}”"))}");
            }
        }

        return certain;
    }

    /// <summary>The figures stated with certainty: <see cref="Statements"/> then <see cref="Certain"/>.</summary>
    public static List<StatedFigure> Find(string text, int? year = null, string? shown = null, List<string>? conflicts = null) =>
        Certain(Statements(text, year, shown), conflicts);

    /// <summary>
    /// The cell a stated figure is, where it is stated in the template's own words (本年新收, 制发, 废止): the
    /// evidence the reader may settle a cell by. “共收到…申请” may count last year's carried over as well: no cell.
    /// </summary>
    public static string? PathIn(ReportTemplate template, string key) => (template.Id, key) switch
    {
        (_, "applications_new") => CellPaths.Application("new_received", TemplateLabels.ApplicantTotalColumn),
        ("2021", "normative_documents_issued") => "proactive.normative_documents.issued",
        ("2021", "normative_documents_repealed") => "proactive.normative_documents.repealed",
        ("2021", "rules_issued") => "proactive.rules.issued",
        _ => null,
    };

    /// <summary>Whether the sentence around a match lets it mean what the wording says.</summary>
    private static bool Meant(string text, Match m, ProseMeaning meaning, int? year)
    {
        var sentenceStart = text.AsSpan(0, m.Index).LastIndexOfAny(SentenceEnds) + 1;
        var before = text[sentenceStart..m.Index];
        if (meaning.Row)
        {
            return true;
        }

        var clause = before[(before.AsSpan().LastIndexOfAny(ClauseEnds) + 1)..];
        var said = Neutral().Replace(clause + m.Groups["g"].Value, "");
        if (year is { } y && NearestYear(before) is { } other && other != y)
        {
            return false;
        }

        // Another region or other business anywhere before it in the sentence; a part only in its own clause.
        if (OtherTime().IsMatch(clause) || OtherThings().IsMatch(before + m.Groups["g"].Value) ||
            (meaning.Applications && Parts().IsMatch(said)) || (meaning.Whole && clause.Contains("其中", StringComparison.Ordinal)))
        {
            return false;
        }

        // “行政复议和行政诉讼共3件” is neither figure.
        if (meaning.Key.StartsWith("litigation", StringComparison.Ordinal) || meaning.Key == "reconsideration")
        {
            if (before.Length > 0 && "和及与、或".Contains(before[^1], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return meaning.Requires is null || (before + m.Value).Contains(meaning.Requires, StringComparison.Ordinal);
    }

    private static int? NearestYear(string before)
    {
        var years = Year().Matches(before);
        for (var i = years.Count - 1; i >= 0; i--)
        {
            if (Parse(years[i].Groups["y"].Value) is { } value && value is >= 1990 and <= 2100)
            {
                return (int)value;
            }
        }

        return null;
    }

    /// <summary>A printed figure (digits of any width, thousands separators) as a number.</summary>
    private static decimal? Parse(string printed)
    {
        var ascii = new StringBuilder(printed.Length);
        foreach (var c in printed)
        {
            if (char.IsDigit(c))
            {
                ascii.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
            else if (c is '.' or '．')
            {
                ascii.Append('.');
            }
        }

        return decimal.TryParse(ascii.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The sentence (or table row) around a statement, as printed; a long one cut to the part around it.</summary>
    private static string Quote(string shown, int from, int to)
    {
        var start = shown.AsSpan(0, from).LastIndexOfAny(SentenceEnds) + 1;
        var end = shown.AsSpan(to).IndexOfAny(SentenceEnds) is var e and >= 0 ? to + e : shown.Length;
        if (end - start > QuoteLength)
        {
            var (cutStart, cutEnd) = (Math.Max(start, from - 24), Math.Min(end, to + 16));
            return (cutStart > start ? "…" : "") + Tidy(shown[cutStart..cutEnd]) + (cutEnd < end ? "…" : "");
        }

        return Tidy(shown[start..end]);
    }

    private static string Tidy(string text) => text.Replace('\u001F', '|').Trim().Trim('|').Trim();

    [GeneratedRegex(@"(?<y>\d{4})\s*年")]
    private static partial Regex Year();

    /// <summary>Another time than the report's year: last year, a comparison, a running total, the future.</summary>
    [GeneratedRegex(@"去年|前年|往年|历年|上年(?!度?结转)|上一年(?!项目)|同比|同期|累计|以来|近[一二两三四五六七八九十\d]+年|明年|下一年|计划|预计|力争")]
    private static partial Regex OtherTime();

    /// <summary>Things that are not the disclosure work of this body: petitions, deputies' proposals, a whole region.</summary>
    [GeneratedRegex(@"信访|人大|政协|提案|投诉|举报|咨询|留言|来信|来访|热线|12345|全市|全县|全区|全省|全州|全盟|全旗|全国|各地|各级|各部门|各单位|各乡镇|各街道|全系统|下属|所属")]
    private static partial Regex OtherThings();

    /// <summary>A part of the applications: one channel or one kind of applicant.</summary>
    [GeneratedRegex(@"自然人|企业|科研|公益|法律服务|法人|当面|网上|网络|网站|信函|传真|邮件|邮寄|电话|平台")]
    private static partial Regex Parts();

    /// <summary>“公民、法人和其他组织” names every applicant: no part.</summary>
    [GeneratedRegex(@"公民、?法人(?:和|或|及|或者)其他组织")]
    private static partial Regex Neutral();
}
