using Gongkai.Application.AnnualReports.FromRecords;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.Catalog.Reporting;

/// <summary>Table 二 (一) from the catalog for “从办理记录填入”, over the agencies given (<see cref="TableTwoFigures"/>).</summary>
public sealed class CatalogRecordSource(TableTwoFigures tableTwo) : IReportRecordSource
{
    public async Task FillAsync(ReportFigures figures, IReadOnlyCollection<int> agencyIds, CancellationToken cancel)
    {
        foreach (var figure in await tableTwo.ComputeAsync(agencyIds, figures.Year, cancel))
        {
            figures[figure.Path] = figure.Value;
        }
    }
}
