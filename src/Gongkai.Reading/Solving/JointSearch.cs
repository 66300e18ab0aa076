namespace Gongkai.Reading.Solving;

/// <summary>
/// The combination search of <see cref="ApplicationsSolver"/>. For each candidate of （七）总计 it finds the
/// (一, 二, 四) triples satisfying C1 and, by depth-first search with per-column bounds, the leaf
/// combinations satisfying C3; given the total both are independent, so only the candidates they use are
/// recorded, not their product. It stops early once every split cell has shown two values.
/// </summary>
internal sealed partial class JointSearch
{
    private const int Columns = 7;

    private readonly List<SplitCandidate>?[] _options;
    private readonly long[][][] _vectors;
    private readonly bool[][] _known;
    private readonly bool[][] _used;
    private readonly ApplicationRoles _roles;
    private readonly SolveBudget _budget;
    private readonly bool[] _c1 = new bool[Columns];
    private readonly bool[] _c3 = new bool[Columns];
    private readonly bool[] _split;
    private readonly decimal?[][] _firstValue;
    private readonly bool[][] _ambiguous;
    private int _undecided;

    public JointSearch(SolvedRow?[] solved, List<SplitCandidate>?[] options, List<int> split, ApplicationRoles roles, SolveBudget budget)
    {
        _options = options;
        _roles = roles;
        _budget = budget;
        var rows = solved.Length;
        _split = new bool[rows];
        split.ForEach(r => _split[r] = true);
        _vectors = new long[rows][][];
        _known = new bool[rows][];
        _used = new bool[rows][];
        _firstValue = new decimal?[rows][];
        _ambiguous = new bool[rows][];
        for (var r = 0; r < rows; r++)
        {
            if (options[r] is { } list)
            {
                _vectors[r] = [.. list.Select(o => o.Values.Select(v => (long)v).ToArray())];
                _known[r] = Enumerable.Repeat(true, Columns).ToArray();
                _firstValue[r] = new decimal?[Columns];
                _ambiguous[r] = new bool[Columns];
                _undecided += Columns;
            }
            else
            {
                var row = solved[r]!;
                _known[r] = [.. row.Values.Select(v => v is { } d && decimal.IsInteger(d) && d >= 0)];
                _vectors[r] = [[.. row.Values.Select(v => v is { } d && decimal.IsInteger(d) ? (long)d : 0)]];
            }

            _used[r] = new bool[_vectors[r].Length];
        }

        for (var c = 0; c < Columns; c++)
        {
            _c1[c] = Known(roles.NewReceived, c) && Known(roles.CarriedOver, c) && Known(roles.Total, c) && Known(roles.CarriedForward, c);
            _c3[c] = Known(roles.Total, c) && roles.Leaves.All(l => Known(l, c));
        }
    }

    public long Solutions { get; private set; }

    /// <summary>True where the search stopped because every split cell already had two values.</summary>
    public bool AllAmbiguous => _undecided == 0 && _split.Contains(true);

    public List<SplitCandidate> Used(int row) => [.. _options[row]!.Where((_, i) => _used[row][i])];

    public void Run()
    {
        var anyC1 = _c1.Contains(true);
        var anyC3 = _c3.Contains(true);
        var totals = _vectors[_roles.Total];
        for (var t = 0; t < totals.Length && !Stopped; t++)
        {
            var triples = anyC1 ? Triples(totals[t]) : null;
            if (triples is { Count: 0 })
            {
                continue;
            }

            var leafSolutions = anyC3 ? Leaves(totals[t]) : 1;
            if (leafSolutions == 0 || Stopped)
            {
                continue;
            }

            Mark(_roles.Total, t);
            foreach (var (n, c, f) in triples ?? [])
            {
                Mark(_roles.NewReceived, n);
                Mark(_roles.CarriedOver, c);
                Mark(_roles.CarriedForward, f);
            }

            Solutions = Saturate(Solutions + Saturate((triples?.Count ?? 1) * leafSolutions));
        }

        if (Solutions > 0 && !Stopped)
        {
            MarkAllUnless(anyC1, _roles.NewReceived, _roles.CarriedOver, _roles.CarriedForward);
            MarkAllUnless(anyC3, _roles.Leaves);
        }
    }

    private bool Stopped => _budget.Exhausted || AllAmbiguous;

    private bool Known(int row, int column) => _known[row][column];

    private List<(int, int, int)> Triples(long[] total)
    {
        var found = new List<(int, int, int)>();
        var received = _vectors[_roles.NewReceived];
        var carried = _vectors[_roles.CarriedOver];
        var forward = _vectors[_roles.CarriedForward];
        for (var n = 0; n < received.Length; n++)
        {
            for (var c = 0; c < carried.Length; c++)
            {
                for (var f = 0; f < forward.Length; f++)
                {
                    if (!_budget.Tick())
                    {
                        return found;
                    }

                    if (Balances(received[n], carried[c], total, forward[f]))
                    {
                        found.Add((n, c, f));
                    }
                }
            }
        }

        return found;
    }

    private bool Balances(long[] received, long[] carried, long[] total, long[] forward)
    {
        for (var col = 0; col < Columns; col++)
        {
            if (_c1[col] && received[col] + carried[col] != total[col] + forward[col])
            {
                return false;
            }
        }

        return true;
    }

    private long Leaves(long[] total) => new LeafSearch(this, total).Run();

    private void MarkAllUnless(bool constrained, params int[] rows)
    {
        if (constrained)
        {
            return;
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < _used[row].Length; i++)
            {
                Mark(row, i);
            }
        }
    }

    private void Mark(int row, int option)
    {
        if (_used[row][option])
        {
            return;
        }

        _used[row][option] = true;
        if (!_split[row])
        {
            return;
        }

        var values = _options[row]![option].Values;
        for (var c = 0; c < Columns; c++)
        {
            if (_firstValue[row][c] is not { } first)
            {
                _firstValue[row][c] = values[c];
            }
            else if (first != values[c] && !_ambiguous[row][c])
            {
                _ambiguous[row][c] = true;
                _undecided--;
            }
        }
    }

    private static long Saturate(long value) => value is < 0 or > long.MaxValue / 4 ? long.MaxValue / 4 : value;
}
