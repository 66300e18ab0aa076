using Gongkai.Domain.AnnualReports;
using Gongkai.Reading.Audit;
using Gongkai.Reading.Text;

namespace Gongkai.Reading;

/// <summary>
/// Audits several reports together: reports of the same agency (compared without punctuation or spaces)
/// for consecutive years get the cross-year findings on the later report: C6 and C7 (CrossYearChecks)
/// where both were read into figures, and C11 (TextSimilarity) where both have narrative text.
/// </summary>
public static class SeriesAudit
{
    /// <returns>The results in the same order, the later report of each consecutive pair with the extra findings.</returns>
    public static IReadOnlyList<ReadResult> Audit(IReadOnlyList<ReadResult> results, double similarityThreshold = 0.5)
    {
        var output = results.ToArray();
        var byAgencyYear = new Dictionary<(string, int), int>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i] is { Year: { } year, Agency: { } agency } && Keys.Heavy(agency) is { Length: > 0 } key)
            {
                byAgencyYear.TryAdd((key, year), i);
            }
        }

        Settle(results, byAgencyYear, output);
        foreach (var ((agency, year), later) in byAgencyYear)
        {
            if (!byAgencyYear.TryGetValue((agency, year - 1), out var earlier))
            {
                continue;
            }

            var added = new List<Finding>();
            if (output[later].Figures is { } current && output[earlier].Figures is { } previous)
            {
                added.AddRange(CrossYearChecks.Check(current, previous));
            }

            if (!results[later].Text.IsEmpty && !results[earlier].Text.IsEmpty)
            {
                added.Add(TextSimilarity.Compare(results[later].Text, results[earlier].Text, similarityThreshold).ToFinding(year - 1));
            }

            if (added.Count > 0)
            {
                output[later] = output[later] with { Findings = [.. output[later].Findings, .. added] };
            }
        }

        return output;
    }

    /// <summary>
    /// Rows a report leaves open that the neighbouring years' reports settle (issue 10 §5): each report's
    /// figures are copied, never changed in place; a settled row is read with an R15 note of the evidence.
    /// </summary>
    private static void Settle(IReadOnlyList<ReadResult> results, Dictionary<(string, int), int> byAgencyYear, ReadResult[] output)
    {
        var settling = new Settling?[results.Count];
        var identities = new List<Identity>();
        foreach (var ((agency, year), later) in byAgencyYear)
        {
            if (byAgencyYear.TryGetValue((agency, year - 1), out var earlier) && results[later].Figures is { } laterFigures && results[earlier].Figures is { } earlierFigures)
            {
                settling[later] ??= new Settling(laterFigures.Clone(), results[later].Open, results[later].Findings);
                settling[earlier] ??= new Settling(earlierFigures.Clone(), results[earlier].Open, results[earlier].Findings);
                identities.AddRange(Identities.Between(settling[earlier]!.Figures, earlier, settling[later]!.Figures, later));
            }
        }

        Settlement.Apply(settling, identities);
        for (var i = 0; i < results.Count; i++)
        {
            if (settling[i] is { SettledCells: > 0 } settled)
            {
                output[i] = output[i] with { Figures = settled.Figures, Findings = settled.Findings, Stats = settled.Adjust(results[i].Stats), Open = settled.Open };
            }
        }
    }
}
