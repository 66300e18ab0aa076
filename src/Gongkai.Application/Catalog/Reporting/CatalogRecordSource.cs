using Gongkai.Application.AnnualReports.FromRecords;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.Catalog.Reporting;

/// <summary>
/// Table 二 (一) from the catalog for “从办理记录填入”: each agency's 规章 and 规范性文件 counted
/// (<see cref="TableTwoFigures"/>) and summed over the agencies given (a government's report counts its
/// departments' too).
/// </summary>
public sealed class CatalogRecordSource(TableTwoFigures tableTwo) : IReportRecordSource
{
    public async Task FillAsync(ReportFigures figures, IReadOnlyCollection<int> agencyIds, CancellationToken cancel)
    {
        var sums = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var agency in agencyIds)
        {
            foreach (var figure in await tableTwo.ComputeAsync(agency, figures.Year, cancel))
            {
                sums[figure.Path] = sums.GetValueOrDefault(figure.Path) + figure.Value;
            }
        }

        foreach (var (path, value) in sums)
        {
            figures[path] = value;
        }
    }
}
