using Gongkai.Reading.Extraction;

namespace Gongkai.Reading.Tests;

/// <summary>Tables of a PDF found from the rules drawn on the page: grid, merged cells, open edges, and what is not a table.</summary>
public sealed class RuledTableTests
{
    /// <summary>Rules of a 3 × 3 grid, x 0–300 and y 0–300, minus the segments a test leaves out.</summary>
    private static List<Rule> Grid(Func<Rule, bool>? without = null)
    {
        var rules = new List<Rule>();
        for (var i = 0; i < 3; i++)
        {
            for (var at = 0; at <= 300; at += 100)
            {
                rules.Add(new Rule(true, at, i * 100, (i + 1) * 100));
                rules.Add(new Rule(false, at, i * 100, (i + 1) * 100));
            }
        }

        return [.. rules.Where(r => without is null || !without(r))];
    }

    [Fact]
    public void AMissingRuleBetweenTwoPositionsMergesThemIntoOneCell()
    {
        // No vertical at x=100 in the top row; no horizontal at y=100 in the first column.
        var rules = Grid(r => (!r.Horizontal && r.At == 100 && r.From == 200) || (r.Horizontal && r.At == 100 && r.From == 0));

        var table = Assert.Single(RuledTable.Find(rules));

        Assert.Equal(
            [new(0, 0, 1, 2), new(0, 2, 1, 1), new(1, 0, 2, 1), new(1, 1, 1, 1), new(1, 2, 1, 1), new(2, 1, 1, 1), new(2, 2, 1, 1)],
            table.Cells);
        Assert.Equal((0.0, 300.0, 0.0, 300.0), (table.Left, table.Right, table.Bottom, table.Top));
    }

    [Fact]
    public void ARuleThatOnlyPartlySeparatesTwoPositionsIsNotATable()
    {
        var rules = Grid(r => !r.Horizontal && r.At == 100 && r.From == 200);
        rules.Add(new Rule(false, 100, 200, 250));

        Assert.Empty(RuledTable.Find(rules));
    }

    [Fact]
    public void MergedPositionsThatDoNotMakeARectangleAreNotATable()
    {
        // An L-shaped cell: no rule between (0,0) and (0,1), none between (0,0) and (1,0).
        var rules = Grid(r => (!r.Horizontal && r.At == 100 && r.From == 200) || (r.Horizontal && r.At == 200 && r.From == 0));

        Assert.Empty(RuledTable.Find(rules));
    }

    [Fact]
    public void SidesThatRunOnPastTheLastRuleCloseAnOpenEdge()
    {
        // A table continued on a new page: its first row has side rules but no top rule.
        var rules = Grid();
        rules.AddRange([new Rule(false, 0, 300, 340), new Rule(false, 100, 300, 340), new Rule(false, 300, 300, 340)]);

        var table = Assert.Single(RuledTable.Find(rules));

        Assert.Equal(340, table.Top, 3);
        Assert.Equal([new(0, 0, 1, 1), new(0, 1, 1, 2)], table.Cells.Take(2));
    }

    [Fact]
    public void AFrameAroundATableOrASingleBoxIsNotATable()
    {
        var rules = Grid();
        // A page frame with a header band: two cells of its own, around the table.
        rules.AddRange([new Rule(true, -50, -50, 350), new Rule(true, 330, -50, 350), new Rule(true, 350, -50, 350),
            new Rule(false, -50, -50, 350), new Rule(false, 350, -50, 350)]);

        var table = Assert.Single(RuledTable.Find(rules));

        Assert.Equal(300, table.Right);
        Assert.Empty(RuledTable.Find([new Rule(true, 0, 0, 100), new Rule(true, 50, 0, 100), new Rule(false, 0, 0, 50), new Rule(false, 100, 0, 50)]));
    }

    [Fact]
    public void OneRuleDrawnAcrossSeveralPositionsSeparatesEachOfThem()
    {
        var rules = Grid(r => r.Horizontal);
        rules.AddRange(Enumerable.Range(0, 4).Select(i => new Rule(true, i * 100, 0, 300)));

        var table = Assert.Single(RuledTable.Find(rules));

        Assert.Equal(9, table.Cells.Count);
    }
}
