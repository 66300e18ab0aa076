using Gongkai.Domain.AnnualReports;
using Gongkai.Reading;

namespace Gongkai.Application.Reading.Supervision;

/// <summary>The dashboard of a 年报体检 batch: one row per agency and year read (the first file where several are).</summary>
public static class BatchDashboard
{
    public static IReadOnlyList<SupervisionRow> Rows(ReadBatch batch)
    {
        var files = batch.Results
            .Select((result, i) => (Result: result, Number: i + 1, Agency: result.Figures?.Agency ?? result.Agency, Year: result.Figures?.Year ?? result.Year))
            .Where(f => f.Result.Outcome is ReadOutcome.Read or ReadOutcome.Pre2019 && f.Agency is not null && f.Year is not null)
            .GroupBy(f => (f.Agency!, f.Year!.Value))
            .Select(g => g.First())
            .ToList();
        var present = files.Select(f => (f.Agency!, f.Year!.Value)).ToHashSet();
        return files.Select(f =>
        {
            var findings = f.Result.Findings;
            var c11 = findings.FirstOrDefault(x => x.Rule == "C11");
            var compared = present.Contains((f.Agency!, f.Year!.Value - 1)) || findings.Any(x => x.Rule is "C6" or "C11");
            var checkedFigures = f.Result.Figures is not null;
            return new SupervisionRow(
                f.Agency!,
                f.Year,
                Deadline: null,
                PublishedOn: null,
                Timeliness.Unknown,
                checkedFigures ? findings.CountOf(FindingSeverity.Error) : null,
                checkedFigures ? findings.CountOf(FindingSeverity.Warning) : null,
                compared && checkedFigures ? findings.Count(x => x.Rule == "C6") : null,
                c11 is null ? null : SupervisionRow.C11PercentOf(c11),
                c11?.Severity == FindingSeverity.Warning,
                checkedFigures ? findings.Count(x => x.Rule == "C12") : null,
                $"/checkup/{batch.Id}/{f.Number}",
                findings);
        }).ToList();
    }

    /// <summary>Files left out of the dashboard: not read as a report of a known agency and year.</summary>
    public static int LeftOut(ReadBatch batch, IReadOnlyList<SupervisionRow> rows) =>
        batch.Results.Count - rows.Count;
}
