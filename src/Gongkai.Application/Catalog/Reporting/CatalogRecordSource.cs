using Gongkai.Application.AnnualReports.FromRecords;
using Gongkai.Application.Catalog.Enforcement;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Application.Catalog.Reporting;

/// <summary>
/// Table 二 for “从办理记录填入”, over the agencies given: (一) from the catalog (<see cref="TableTwoFigures"/>),
/// (五)(六)(八)(九) from the enforcement register (<see cref="EnforcementFigures"/>).
/// </summary>
public sealed class CatalogRecordSource(TableTwoFigures tableTwo, EnforcementFigures enforcement) : IReportRecordSource
{
    public async Task FillAsync(ReportFigures figures, IReadOnlyCollection<int> agencyIds, CancellationToken cancel)
    {
        foreach (var figure in await tableTwo.ComputeAsync(agencyIds, figures.Year, cancel))
        {
            figures[figure.Path] = figure.Value;
        }

        await enforcement.FillAsync(figures, agencyIds, cancel);
    }
}
