using System.Globalization;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.TestSupport;

/// <summary>A sentence of generated prose, what it speaks of, and the cell a C12 finding about it would be at (null: none expected).</summary>
public sealed record ProseSentence(string Key, string Text, string? Cell);

/// <summary>
/// Sentences as reports write them about their own figures: true ones (the tables' figures), wrong ones
/// (a figure no reading of the tables allows) and decoys (another year, other things, a part, a joint count)
/// that carry wrong figures but state nothing about the tables. The base of the C12 property tests.
/// </summary>
public static class ProseSentences
{
    private const int Total = TemplateLabels.ApplicantTotalColumn;
    private const int AppealTotal = TemplateLabels.AppealTotalColumn;

    /// <summary>Statements of the report's own figures, in random wordings.</summary>
    public static List<ProseSentence> True(Random random, ReportFigures f)
    {
        var (a, b) = (f.Application("new_received", Total)!.Value, f.Application("carried_over", Total)!.Value);
        var (direct, after) = (f.Appeal("litigation_direct", AppealTotal)!.Value, f.Appeal("litigation_after_reconsideration", AppealTotal)!.Value);
        var sentences = new List<(string, string)>
        {
            ("new", Pick(random, "本年新收政府信息公开申请{0}件。", "本年度新收政府信息公开申请{0}件，均在法定期限内答复。", "其中本年新收{0}件。").F(a)),
            ("received", Pick(random, "全年共收到政府信息公开申请{0}件。", "本年度我局共受理公民、法人和其他组织提出的政府信息公开申请{0}件，较上年有所增加。")
                .F(random.Next(2) == 0 ? a : a + b)),
            ("carried_over", Pick(random, "上年结转政府信息公开申请{0}件。", "上年度结转{0}件。").F(b)),
            ("carried_forward", Pick(random, "结转下年度继续办理{0}件。", "另有{0}件结转下年度继续办理。").F(f.Application("carried_forward", Total)!.Value)),
            ("concluded", "本年度办结政府信息公开申请{0}件。".F(f.Application("total", Total)!.Value)),
            ("reconsideration", Pick(random, "因政府信息公开被申请行政复议{0}件。", "本年度因政府信息公开申请引发行政复议{0}件，均已审结。").F(f.Appeal("reconsideration", AppealTotal)!.Value)),
            ("litigation", Pick(random, "因政府信息公开被提起行政诉讼{0}件。", "因政府信息公开提起行政诉讼{0}起。").F(direct + after)),
            ("litigation_parts", $"在因政府信息公开引发的诉讼中，未经复议直接起诉{N(direct)}件，复议后起诉{N(after)}件。"),
            ("history", "2020年以来依申请公开工作不断规范，依申请公开政府信息{0}件。".Replace("2020", N(f.Year - 2), StringComparison.Ordinal).F(a + b + random.Next(1, 9))),
            ("proactive", Pick(random, "全年主动公开政府信息{0}条。", "主动公开政府信息{0}条，其中政策解读{1}篇。").F(random.Next(1, 900), random.Next(1, 50))),
            ("fees", "收取信息处理费{0}元。".F(random.Next(0, 3000))),
        };
        if (f.Template.Id == "2021")
        {
            sentences.Add(("normative", "本年制发行政规范性文件{0}件，废止行政规范性文件{1}件。".F(f.Proactive("normative_documents", "issued")!.Value, f.Proactive("normative_documents", "repealed")!.Value)));
            sentences.Add(("rules", "制发规章{0}件。".F(f.Proactive("rules", "issued")!.Value)));
        }

        if (a + b > 0)
        {
            sentences.Add(("any", "依申请公开政府信息相关数据{0}个。".F(random.Next(0, 99))));
        }

        return [.. sentences.Select(s => new ProseSentence(s.Item1, s.Item2, null))];
    }

    /// <summary>Wrong figures in sentences that do not state this report's figures: no finding.</summary>
    public static List<ProseSentence> Decoys(Random random, ReportFigures f)
    {
        var wrong = f.Application("new_received", Total)!.Value + f.Application("carried_over", Total)!.Value + random.Next(1, 500);
        string[] decoys =
        [
            $"{N(f.Year - 1)}年共收到政府信息公开申请{N(wrong)}件。",
            "上年共收到政府信息公开申请{0}件。",
            "自2008年以来累计收到政府信息公开申请{0}件。",
            "全市共收到政府信息公开申请{0}件，办结政府信息公开申请{0}件。",
            "其中网上收到政府信息公开申请{0}件。",
            "收到自然人提出的政府信息公开申请{0}件。",
            "共收到信访件和政府信息公开申请{0}件。",
            "全年办理行政复议案件{0}件、行政诉讼案件{0}件。",
            "因政府信息公开引发的行政复议和行政诉讼共{0}件。",
            "按期办结政府信息公开申请{0}件。",
            "办理人大建议{0}件、政协提案{0}件。",
            $"{N(f.Year - 1)}年度依申请公开政府信息相关数据{N(wrong)}个。",
            "预计下一年度结转申请将有所减少。",
            "与上年相比，本年新收政府信息公开申请增加{0}件。",
        ];
        return [.. decoys.OrderBy(_ => random.Next()).Take(random.Next(3, decoys.Length + 1)).Select(s => new ProseSentence("decoy", s.F(wrong), null))];
    }

    /// <summary>
    /// One sentence whose figure no reading of the tables allows, with the cell its C12 belongs at. Leave out the
    /// true sentence of the same <see cref="ProseSentence.Key"/>: two statements that disagree state nothing.
    /// </summary>
    public static ProseSentence Wrong(Random random, ReportFigures f)
    {
        var (a, b) = (f.Application("new_received", Total)!.Value, f.Application("carried_over", Total)!.Value);
        var choices = new List<Func<ProseSentence>>
        {
            () => new("new", "本年新收政府信息公开申请{0}件。".F(Other(random, a)), CellPaths.Application("new_received", Total)),
            () => new("received", "全年共收到政府信息公开申请{0}件。".F(Other(random, a, a + b)), CellPaths.Application("new_received", Total)),
            () => new("carried_over", "上年结转政府信息公开申请{0}件。".F(Other(random, b)), CellPaths.Application("carried_over", Total)),
            () => new("carried_forward", "另有{0}件结转下年度继续办理。".F(Other(random, f.Application("carried_forward", Total)!.Value)), CellPaths.Application("carried_forward", Total)),
            () => new("concluded", "本年度办结政府信息公开申请{0}件。".F(Other(random, f.Application("total", Total)!.Value)), CellPaths.Application("total", Total)),
            () => new("reconsideration", "因政府信息公开被申请行政复议{0}件。".F(Other(random, f.Appeal("reconsideration", AppealTotal)!.Value)), CellPaths.Appeal("reconsideration", AppealTotal)),
            () => new("litigation", "因政府信息公开被提起行政诉讼{0}件。".F(Other(random, f.Appeal("litigation_direct", AppealTotal)!.Value + f.Appeal("litigation_after_reconsideration", AppealTotal)!.Value)),
                CellPaths.Appeal("litigation_direct", AppealTotal)),
        };
        if (a + b == 0)
        {
            choices.Add(() => new("any", $"{N(f.Year)}年度依申请公开政府信息相关数据{{0}}个。".F(random.Next(1, 40)), CellPaths.Application("new_received", Total)));
        }

        if (f.Template.Id == "2021")
        {
            choices.Add(() => new("normative", "本年制发行政规范性文件{0}件。".F(Other(random, f.Proactive("normative_documents", "issued")!.Value)), "proactive.normative_documents.issued"));
        }

        return choices[random.Next(choices.Count)]();
    }

    /// <summary>Sentences joined into the paragraphs of a narrative, in random order.</summary>
    public static ReportNarrative Narrative(Random random, IEnumerable<ProseSentence> sentences)
    {
        var parts = new List<string>[5];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = [];
        }

        foreach (var sentence in sentences.OrderBy(_ => random.Next()))
        {
            parts[random.Next(parts.Length)].Add(sentence.Text);
        }

        string Join(int i) => string.Join(random.Next(3) == 0 ? "\n" : "", parts[i]);
        return new ReportNarrative
        {
            OverviewProactive = Join(0), OverviewOnRequest = Join(1), OverviewManagement = Join(2), OverviewSupervision = Join(3), OtherMatters = Join(4),
        };
    }

    private static decimal Other(Random random, params decimal[] not)
    {
        while (true)
        {
            var value = random.Next(3) == 0 ? random.Next(0, 10) : random.Next(0, 5000);
            if (!not.Contains(value))
            {
                return value;
            }
        }
    }

    private static string Pick(Random random, params string[] wordings) => wordings[random.Next(wordings.Length)];

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(this string format, params decimal[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, [.. values.Select(v => (object)N(v))]);
}
