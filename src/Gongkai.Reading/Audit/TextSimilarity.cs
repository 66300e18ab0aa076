using System.Globalization;
using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Text;

namespace Gongkai.Reading;

/// <summary>A sentence of this year's text and the most similar one of last year's.</summary>
public sealed record SimilarSentence(string Current, string Previous, double Similarity);

/// <summary>C11: how much of this year's narrative repeats last year's.</summary>
/// <param name="Sentences">Sentences of this year's text that were compared (very short ones are left out).</param>
/// <param name="Identical">Sentences identical to one of last year's once punctuation and spaces are ignored.</param>
/// <param name="NearIdentical">Further sentences whose character-bigram Jaccard similarity to one of last year's is at least 0.8.</param>
public sealed record SimilarityResult(int Sentences, int Identical, int NearIdentical, double Threshold, IReadOnlyList<SimilarSentence> Examples)
{
    /// <summary>The share of sentences identical or near-identical to last year's, 0–1.</summary>
    public double Share => Sentences == 0 ? 0 : (double)(Identical + NearIdentical) / Sentences;

    public bool AboveThreshold => Sentences > 0 && Share > Threshold;

    /// <summary>The C11 finding for the later report: a warning above the threshold, else an info.</summary>
    public Finding ToFinding(int previousYear)
    {
        var percent = (Share * 100).ToString("0", CultureInfo.InvariantCulture);
        var threshold = (Threshold * 100).ToString("0", CultureInfo.InvariantCulture);
        var message = $"与{previousYear}年度报告相比，{percent}%的句子（{Identical + NearIdentical}/{Sentences}，其中完全相同 {Identical} 句）相同或几乎相同（警告阈值 {threshold}%）";
        return AboveThreshold ? Finding.Warning("C11", null, message) : Finding.Info("C11", null, message);
    }
}

/// <summary>
/// C11 (docs/checks.md): splits the narrative (sections 一, 五, 六) into sentences at 。！？； and line
/// breaks, compares them without punctuation or spaces, and counts this year's sentences that are
/// identical or near-identical to a sentence of last year's. Near-identical means a character-bigram
/// Jaccard similarity of at least 0.8: changing the year or one figure in a sentence of 30 characters
/// changes about 3 of its 29 bigrams (Jaccard ≈ 0.85), while a rewritten sentence shares far fewer.
/// Sentences under 6 characters (numbering, “一是”) are left out.
/// </summary>
public static class TextSimilarity
{
    public const double NearIdentical = 0.8;
    private const int MinLength = 6;

    public static SimilarityResult Compare(ReportText current, ReportText previous, double threshold = 0.5)
    {
        var now = Sentences(current);
        var before = Sentences(previous);
        var exact = before.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var index = new Dictionary<int, List<int>>();
        var bigramsBefore = before.Select(s => Bigrams(s.Key)).ToList();
        for (var i = 0; i < bigramsBefore.Count; i++)
        {
            foreach (var bigram in bigramsBefore[i])
            {
                (index.TryGetValue(bigram, out var list) ? list : index[bigram] = []).Add(i);
            }
        }

        int identical = 0, near = 0;
        var examples = new List<SimilarSentence>();
        foreach (var (key, printed) in now)
        {
            if (exact.Contains(key))
            {
                identical++;
                continue;
            }

            var (best, score) = MostSimilar(Bigrams(key), bigramsBefore, index);
            if (score >= NearIdentical)
            {
                near++;
                if (examples.Count < 5)
                {
                    examples.Add(new SimilarSentence(printed, before[best].Printed, Math.Round(score, 3)));
                }
            }
        }

        return new SimilarityResult(now.Count, identical, near, threshold, examples);
    }

    private static (int Best, double Score) MostSimilar(HashSet<int> bigrams, List<HashSet<int>> before, Dictionary<int, List<int>> index)
    {
        var shared = new Dictionary<int, int>();
        foreach (var bigram in bigrams)
        {
            if (index.TryGetValue(bigram, out var sentences))
            {
                foreach (var s in sentences)
                {
                    shared[s] = shared.GetValueOrDefault(s) + 1;
                }
            }
        }

        var best = -1;
        var score = 0.0;
        foreach (var (s, common) in shared)
        {
            var jaccard = (double)common / (bigrams.Count + before[s].Count - common);
            if (jaccard > score)
            {
                (best, score) = (s, jaccard);
            }
        }

        return (best, score);
    }

    internal static List<(string Key, string Printed)> Sentences(ReportText text)
    {
        var sentences = new List<(string, string)>();
        foreach (var part in text.Parts)
        {
            foreach (var piece in part.Split(['。', '！', '？', '；', '!', '?', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var key = Keys.Heavy(piece);
                if (key.Length >= MinLength)
                {
                    sentences.Add((key, piece));
                }
            }
        }

        return sentences;
    }

    private static HashSet<int> Bigrams(string key)
    {
        var set = new HashSet<int>(key.Length);
        for (var i = 0; i + 1 < key.Length; i++)
        {
            set.Add((key[i] << 16) | key[i + 1]);
        }

        return set;
    }
}
