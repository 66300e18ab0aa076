using Gongkai.Reading.Text;

namespace Gongkai.Reading.Structure;

/// <summary>Where one of the six section headings was found: the stream offsets of its first and after its last character.</summary>
internal readonly record struct HeadingPlace(int Section, int Start, int End, string Printed);

/// <summary>
/// Finds the six section headings (条例 Art. 50; the templates) with the wording variants real reports use. A heading
/// is its number followed by one of the variant wordings, compared in heavy form, so punctuation and
/// line breaks do not matter; the number must agree, so “（一）主动公开情况” inside section 一 is not
/// mistaken for section 二.
/// </summary>
internal static class Headings
{
    private static readonly string[][] Variants =
    [
        ["总体情况", "基本情况", "概述"],
        ["主动公开政府信息情况", "主动公开政府信息", "主动公开情况"],
        ["收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请", "依申请公开政府信息情况"],
        ["政府信息公开行政复议行政诉讼情况", "因政府信息公开工作被申请行政复议提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况", "行政复议行政诉讼情况", "因政府信息公开申请行政复议提起行政诉讼情况"],
        ["存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况", "存在的主要问题和改进情况", "存在问题及改进情况", "存在的问题及改进情况", "主要问题及改进情况", "存在的主要问题及改进措施", "存在的不足及改进措施", "存在的问题和改进措施"],
        ["其他需要报告的事项", "其他报告事项", "其他需要报告事项", "其他事项"],
    ];

    private const string Numerals = "一二三四五六";

    /// <summary>
    /// Every occurrence of every heading, then one per section: the chain that keeps the document order,
    /// taking the latest occurrence that still precedes the next section's (a table of contents at the
    /// top names every heading once more, and the real ones come after it).
    /// </summary>
    public static HeadingPlace?[] Find(SegmentedText text)
    {
        var all = new List<HeadingPlace>[6];
        for (var s = 0; s < 6; s++)
        {
            all[s] = [];
        }

        for (var seg = 0; seg < text.Segments.Count; seg++)
        {
            if (text.Segments[seg].Kind == SegmentKind.Text)
            {
                Collect(text, seg, all);
            }
        }

        var chosen = new HeadingPlace?[6];
        var limit = int.MaxValue;
        for (var s = 5; s >= 0; s--)
        {
            var before = all[s].LastOrDefault(h => h.Start < limit);
            if (before.End > 0)
            {
                chosen[s] = before;
                limit = before.Start;
            }
        }

        // A heading that exists but fits nowhere in the order is kept at its own place (reported as S2).
        for (var s = 0; s < 6; s++)
        {
            if (chosen[s] is null && all[s].Count > 0)
            {
                chosen[s] = all[s][^1];
            }
        }

        return chosen;
    }

    private static void Collect(SegmentedText text, int segment, List<HeadingPlace>[] all)
    {
        var heavy = text.Heavy(segment);
        var value = heavy.Value;
        for (var i = 0; i < value.Length; i++)
        {
            var section = Numerals.IndexOf(value[i], StringComparison.Ordinal);
            if (section < 0 || (i > 0 && value[i - 1] == '第'))
            {
                continue;
            }

            foreach (var variant in Variants[section])
            {
                if (string.CompareOrdinal(value, i + 1, variant, 0, variant.Length) == 0)
                {
                    var start = heavy.OffsetOf(i);
                    var end = heavy.EndOffsetOf(i + variant.Length);
                    end = SkipClosingPunctuation(text.Norm, end);
                    all[section].Add(new HeadingPlace(section, start, end, text.Text.Simplified[start..end].Trim()));
                    i += variant.Length;
                    break;
                }
            }
        }
    }

    private static int SkipClosingPunctuation(string norm, int end)
    {
        while (end < norm.Length && norm[end] is ')' or '）' or ':' or '：')
        {
            end++;
        }

        return end;
    }
}
