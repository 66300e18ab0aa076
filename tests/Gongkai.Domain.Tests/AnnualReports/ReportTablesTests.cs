using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Layout;

namespace Gongkai.Domain.Tests.AnnualReports;

public sealed class ReportTablesTests
{
    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void EveryTableFillsItsGridExactlyOnce(string id)
    {
        foreach (var table in ReportTables.For(ReportTemplate.ById(id)!))
        {
            var covered = new Dictionary<(int, int), int>();
            foreach (var placed in table.Place())
            {
                for (var r = 0; r < placed.Cell.RowSpan; r++)
                {
                    for (var c = 0; c < placed.Cell.ColSpan; c++)
                    {
                        covered[(placed.Row + r, placed.Column + c)] = covered.GetValueOrDefault((placed.Row + r, placed.Column + c)) + 1;
                    }
                }
            }

            Assert.All(covered.Values, n => Assert.Equal(1, n));
            Assert.Equal(table.Rows.Count * table.ColumnCount, covered.Count);
            Assert.All(covered.Keys, k => Assert.InRange(k.Item2, 0, table.ColumnCount - 1));
        }
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void TheTablesShowEveryFigureOfTheCanonicalJsonButDerivedOnes(string id)
    {
        var template = ReportTemplate.ById(id)!;
        var shown = ReportTables.For(template).SelectMany(t => t.Figures).Select(c => c.Path).ToList();
        var expected = template.Cells.Where(c => c.Kind != CellKind.AmountWan || c.Row == "fees").Select(c => c.Path);
        Assert.Equal(expected, shown);
    }

    [Fact]
    public void TableThreeHasTheOfficialMergedHeaderAndNesting()
    {
        var table = ReportTables.Applications(ReportTemplate.ForYear(2021));
        var note = table.Rows[0][0];
        Assert.Equal((3, 3), (note.RowSpan, note.ColSpan));
        Assert.Equal(TemplateLabels.ApplicationsNote, note.Text);
        Assert.Equal(("申请人情况", 7), (table.Rows[0][1].Text, table.Rows[0][1].ColSpan));
        var outcomes = table.Rows.SelectMany(r => r).Single(c => c.Text == "三、本年度办理结果");
        Assert.Equal(22, outcomes.RowSpan);
        Assert.Equal(8, table.Rows.SelectMany(r => r).Single(c => c.Text == "（三）不予公开").RowSpan);
        Assert.Equal(3, table.Rows.SelectMany(r => r).Single(c => c.Text == "（六）其他处理").RowSpan);
    }

    [Fact]
    public void In2019OtherHandlingIsOneRowAcrossBothLabelColumns()
    {
        var table = ReportTables.Applications(ReportTemplate.ForYear(2020));
        Assert.Equal(20, table.Rows.SelectMany(r => r).Single(c => c.Text == "三、本年度办理结果").RowSpan);
        Assert.Equal(2, table.Rows.SelectMany(r => r).Single(c => c.Text == "（六）其他处理").ColSpan);
    }
}
