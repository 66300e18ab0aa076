using Gongkai.Application.Agencies;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.AnnualReports.FromRecords;

/// <summary>
/// One source of a report's figures in the platform's own records: it sets the cells of the tables it knows
/// (the applications: 三 and 四; the catalog: 二) for the agencies given, and leaves the others alone.
/// </summary>
public interface IReportRecordSource
{
    Task FillAsync(ReportFigures figures, IReadOnlyCollection<int> agencyIds, CancellationToken cancel);
}

/// <summary>Tables 三 and 四 from the applications and appeals (<see cref="ApplicationStatistics"/>).</summary>
public sealed class ApplicationRecordSource(ApplicationStatistics statistics) : IReportRecordSource
{
    public async Task FillAsync(ReportFigures figures, IReadOnlyCollection<int> agencyIds, CancellationToken cancel)
    {
        var (applications, appeals) = await statistics.ComputeAsync(agencyIds, figures.Year, cancel);
        RecordedFigures.Fill(figures, applications, appeals);
    }
}

/// <summary>The figures from the records and, cell by cell, where they differ from what was typed.</summary>
public sealed record RecordsComparison(ReportFigures Recorded, IReadOnlyList<(CellDef Cell, string Typed, string Recorded)> Differences);

/// <summary>
/// “从办理记录填入”: the figures of an agency's report for a year as its records give them (the agency with every
/// agency beneath it, so that a government's report counts its whole hierarchy with the same queries), and the
/// cells where they differ from what was typed. Nothing is saved: the workbench shows both and the user saves.
/// </summary>
public sealed class ReportFromRecords(AgencyDirectory agencies, IEnumerable<IReportRecordSource> sources)
{
    public async Task<RecordsComparison> CompareAsync(int agencyId, ReportFigures typed, CancellationToken cancel = default)
    {
        var ids = AgencyDirectory.SelfAndDescendants(await agencies.AllAsync(cancel), agencyId);
        var recorded = typed.Clone();
        foreach (var source in sources)
        {
            await source.FillAsync(recorded, ids, cancel);
        }

        var differences = recorded.ChangesSince(typed).Select(c => (c.Cell, c.Before, c.After)).ToList();
        return new RecordsComparison(recorded, differences);
    }
}
