namespace Gongkai.Reading.Extraction;

/// <summary>Finding ruled tables: rules that touch make one table; its grid and merged cells come from which rules are there.</summary>
internal sealed partial class RuledTable
{
    private const int MaxGridPositions = 20_000;

    /// <summary>An open edge closes a row or column at least this wide (pt).</summary>
    private const double MinRow = 6;

    /// <summary>The tables the rules of a page draw, top to bottom; a frame drawn around another table is not one.</summary>
    public static List<RuledTable> Find(List<Rule> rules)
    {
        var groups = new UnionFind(rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (Touch(rules[i], rules[j]))
                {
                    groups.Union(i, j);
                }
            }
        }

        var tables = Enumerable.Range(0, rules.Count).GroupBy(groups.Find)
            .Select(g => Build([.. g.Select(i => rules[i])]))
            .OfType<RuledTable>().ToList();
        tables.RemoveAll(outer => tables.Any(inner => inner != outer && inner.Left >= outer.Left - Tolerance && inner.Right <= outer.Right + Tolerance
            && inner.Top <= outer.Top + Tolerance && inner.Bottom >= outer.Bottom - Tolerance));
        tables.Sort((a, b) => b.Top.CompareTo(a.Top));
        return tables;
    }

    private static bool Touch(Rule a, Rule b)
    {
        if (a.Horizontal == b.Horizontal)
        {
            return Math.Abs(a.At - b.At) <= Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
        }

        return a.At >= b.From - Tolerance && a.At <= b.To + Tolerance && b.At >= a.From - Tolerance && b.At <= a.To + Tolerance;
    }

    private static RuledTable? Build(List<Rule> rules)
    {
        var verticals = rules.Where(r => !r.Horizontal).ToList();
        var horizontals = rules.Where(r => r.Horizontal).ToList();
        var xs = Cluster(verticals.Select(r => r.At));
        var ys = Cluster(horizontals.Select(r => r.At));
        if (xs.Length == 0 || ys.Length == 0)
        {
            return null;
        }

        (xs, ys) = (OpenEdges(xs, ys, horizontals), OpenEdges(ys, xs, verticals));
        Array.Reverse(ys);
        int columns = xs.Length - 1, rows = ys.Length - 1;
        if (columns < 1 || rows < 1 || rows * columns > MaxGridPositions)
        {
            return null;
        }

        var vertical = Spans(verticals, xs);
        var horizontal = Spans(horizontals, ys);
        var merged = new UnionFind(rows * columns);
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var right = column + 1 < columns ? Separates(vertical[column + 1], ys[row + 1], ys[row]) : true;
                var below = row + 1 < rows ? Separates(horizontal[row + 1], xs[column], xs[column + 1]) : true;
                if (right is null || below is null)
                {
                    return null;
                }

                if (right == false)
                {
                    merged.Union(row * columns + column, row * columns + column + 1);
                }

                if (below == false)
                {
                    merged.Union(row * columns + column, (row + 1) * columns + column);
                }
            }
        }

        return WithCells(xs, ys, merged);
    }

    /// <summary>The merged grid positions as cells, or null where one is not a rectangle (or there is only one cell).</summary>
    private static RuledTable? WithCells(double[] xs, double[] ys, UnionFind merged)
    {
        int columns = xs.Length - 1, rows = ys.Length - 1;
        var cellOf = new int[rows * columns];
        var cells = new List<GridCell>();
        var index = new Dictionary<int, int>();
        for (var position = 0; position < cellOf.Length; position++)
        {
            var root = merged.Find(position);
            if (!index.TryGetValue(root, out var cell))
            {
                // The first position of a group in reading order is its top-left corner if it is a rectangle.
                int row = position / columns, column = position % columns, width = 1, height = 1;
                while (column + width < columns && merged.Find(position + width) == root)
                {
                    width++;
                }

                while (row + height < rows && merged.Find(position + height * columns) == root)
                {
                    height++;
                }

                cell = index[root] = cells.Count;
                cells.Add(new GridCell(row, column, height, width));
            }

            cellOf[position] = cell;
        }

        var counts = new int[cells.Count];
        foreach (var cell in cellOf)
        {
            counts[cell]++;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            if (c.RowSpan * c.ColumnSpan != counts[i]
                || Enumerable.Range(c.Row, c.RowSpan).Any(r => Enumerable.Range(c.Column, c.ColumnSpan).Any(k => cellOf[r * columns + k] != i)))
            {
                return null;
            }
        }

        return cells.Count < 2 ? null : new RuledTable(xs, ys, cellOf, cells);
    }

    /// <summary>
    /// The positions with an open edge added: where the rules across them (at both outermost of the other
    /// positions) run on past the last one, as the sides of a table continued on a new page do above its
    /// first row, the rules' common end closes the table there.
    /// </summary>
    private static double[] OpenEdges(double[] positions, double[] across, List<Rule> acrossRules)
    {
        List<Rule> first = [.. acrossRules.Where(r => Math.Abs(r.At - across[0]) <= Tolerance)];
        List<Rule> last = [.. acrossRules.Where(r => Math.Abs(r.At - across[^1]) <= Tolerance)];
        if (across.Length < 2 || first.Count == 0 || last.Count == 0)
        {
            return positions;
        }

        var low = Math.Max(first.Min(r => r.From), last.Min(r => r.From));
        var high = Math.Min(first.Max(r => r.To), last.Max(r => r.To));
        return [.. low < positions[0] - MinRow ? [low] : Array.Empty<double>(), .. positions, .. high > positions[^1] + MinRow ? [high] : Array.Empty<double>()];
    }

    /// <summary>Distinct positions, ascending: values within the tolerance of the previous one are the same rule.</summary>
    private static double[] Cluster(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var clusters = new List<List<double>>();
        foreach (var value in sorted)
        {
            if (clusters.Count > 0 && value - clusters[^1][^1] <= Tolerance)
            {
                clusters[^1].Add(value);
            }
            else
            {
                clusters.Add([value]);
            }
        }

        return [.. clusters.Select(c => c.Average())];
    }

    /// <summary>For each distinct position, the stretches its rules cover.</summary>
    private static List<(double From, double To)>[] Spans(IEnumerable<Rule> rules, double[] positions)
    {
        var spans = positions.Select(_ => new List<(double, double)>()).ToArray();
        foreach (var rule in rules)
        {
            var nearest = Enumerable.Range(0, positions.Length).MinBy(i => Math.Abs(positions[i] - rule.At));
            spans[nearest].Add((rule.From, rule.To));
        }

        return spans;
    }

    /// <summary>
    /// Whether the rules at one position separate the stretch [lo, hi]: true where they cover it, false
    /// where they hardly touch it, null (not a clean table) in between.
    /// </summary>
    private static bool? Separates(List<(double From, double To)> spans, double lo, double hi)
    {
        var inner = Math.Min(Tolerance, (hi - lo) / 4);
        double a = lo + inner, b = hi - inner;
        var covered = 0.0;
        var reached = a;
        foreach (var (from, to) in spans.OrderBy(s => s.From))
        {
            var start = Math.Max(from - Tolerance, reached);
            var end = Math.Min(to + Tolerance, b);
            if (end > start)
            {
                covered += end - start;
                reached = end;
            }
        }

        var share = covered / Math.Max(b - a, 1e-6);
        return share >= 0.9 ? true : share <= 0.1 ? false : null;
    }
}
