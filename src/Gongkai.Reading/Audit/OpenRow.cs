using Gongkai.Domain.AnnualReports;

namespace Gongkai.Reading.Audit;

/// <summary>
/// A row its own report leaves open: several whole readings fit it (digits that ran together, a stray
/// figure, a cell floated away, a placement of figure rows), so the cells they disagree on are null.
/// Evidence from outside the row (the report's prose, the neighbouring year) may leave one.
/// </summary>
internal sealed record OpenRow(string Path, string Caption, IReadOnlyList<CellDef> Cells, IReadOnlyList<decimal[]> Candidates);

/// <summary>
/// An equation over cells of one report, or of two consecutive ones (<see cref="Term.Report"/>):
/// Σ coefficient × cell = <see cref="Constant"/>. <see cref="Evidence"/> says in Chinese what it is.
/// </summary>
internal sealed record Identity(string Evidence, IReadOnlyList<Identity.Term> Terms, decimal Constant = 0)
{
    public sealed record Term(int Report, string Path, int Coefficient);
}
