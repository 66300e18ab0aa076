using Gongkai.Domain.AnnualReports;

namespace Gongkai.Reading.Solving;

/// <summary>
/// Enumerates every way to cut a run of printed characters into the cells of a row: each cell a valid
/// figure of its kind (no leading zeros), no cell across a forced cut, and every sum of the row holding.
/// Depth-first, one node per cell length tried, bounded by the <see cref="SolveBudget"/>.
/// </summary>
internal sealed partial class RowSplitter
{
    private readonly string _chars;
    private readonly SplitInput _input;
    private readonly RowShape _shape;
    private readonly bool _respectSoft;
    private readonly SolveBudget _budget;
    private readonly int _stopAfter;
    private readonly long[] _whole;
    private readonly decimal[] _values;
    private readonly bool[] _dash;
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[]?[] _sumEndingAt;
    private readonly int[] _sumOfLastTotal;
    private readonly int[] _cutLimit;

    /// <summary>The most characters a figure can take: nine digits, a decimal part, separators and a unit.</summary>
    private const int LongestCell = CellReading.MaxDigits + 8;
    private readonly List<SplitCandidate> _found = [];

    private RowSplitter(SplitInput input, RowShape shape, bool respectSoft, SolveBudget budget, int stopAfter)
    {
        _input = input;
        _chars = input.Chars;
        _shape = shape;
        _respectSoft = respectSoft;
        _budget = budget;
        _stopAfter = stopAfter;
        var k = shape.Count;
        _whole = new long[k];
        _values = new decimal[k];
        _dash = new bool[k];
        _starts = new int[k];
        _ends = new int[k];
        _sumEndingAt = new int[]?[k];
        foreach (var sum in shape.Sums)
        {
            _sumEndingAt[sum[^1]] = sum;
        }

        // Parts of a sum whose total is the row's last cell: their running sum can be bounded early.
        _sumOfLastTotal = shape.Sums.FirstOrDefault(s => s[^1] == k - 1) is { } last ? last[..^1] : [];
        _cutLimit = CutLimits(input, respectSoft);
    }

    /// <summary>For each start, the furthest end a cell may reach: the next forced cut, or the end.</summary>
    private static int[] CutLimits(SplitInput input, bool respectSoft)
    {
        var n = input.Chars.Length;
        var limits = new int[n + 1];
        var next = n;
        for (var k = n; k >= 0; k--)
        {
            limits[k] = next;
            if (k > 0 && k < n && (input.HardBefore[k] || (respectSoft && input.SoftBefore[k])))
            {
                next = k;
            }
        }

        return limits;
    }

    /// <summary>
    /// Every split (up to <paramref name="stopAfter"/>), including those without the optional last digit.
    /// </summary>
    public static List<SplitCandidate> Enumerate(SplitInput input, RowShape shape, bool respectSoft, SolveBudget budget, int stopAfter = int.MaxValue)
    {
        var splitter = new RowSplitter(input, shape, respectSoft, budget, stopAfter);
        if (TotalFirstSplitter.Applies(input, shape))
        {
            TotalFirstSplitter.Enumerate(input, shape, splitter._cutLimit, budget, stopAfter, splitter._found);
        }
        else
        {
            splitter.Run();
        }

        if (input.OptionalLastDigit && input.Chars.Length > 1 && char.IsAsciiDigit(input.Chars[^1]) && splitter._found.Count < stopAfter)
        {
            splitter._found.AddRange(Enumerate(input.WithoutLastChar(), shape, respectSoft, budget, stopAfter - splitter._found.Count));
        }

        return splitter._found;
    }

    private void Run()
    {
        if (_chars.Length >= _shape.Count)
        {
            Cell(0, 0);
        }
    }

    private void Cell(int cell, int start)
    {
        var n = _chars.Length;
        var limit = _cutLimit[start];
        if (cell == _shape.Count - 1)
        {
            if (limit == n && _budget.Tick() && !CellReading.IsDeadPrefix(_chars.AsSpan(start), _shape.Kinds[cell]) &&
                Read(_chars.AsSpan(start), _shape.Kinds[cell], cell) && (_sumEndingAt[cell] is not { } lastSum || _whole[cell] == SumOfParts(lastSum)))
            {
                _starts[cell] = start;
                _ends[cell] = n;
                Emit();
            }

            return;
        }

        var maxEnd = Math.Min(limit, n - (_shape.Count - cell - 1));
        var kind = _shape.Kinds[cell];
        var whole = kind is CellKind.Count or CellKind.SignedCount;
        long running = 0;
        var plainDigits = true;
        for (var end = start + 1; end <= maxEnd; end++)
        {
            if (_found.Count >= _stopAfter || !_budget.Tick())
            {
                return;
            }

            // Digits are read as the cell grows; anything else (a unit, a comma, a sign) goes the slow way.
            var added = _chars[end - 1];
            plainDigits &= char.IsAsciiDigit(added);
            if (plainDigits && whole)
            {
                if (end - start > CellReading.MaxDigits || (end - start == 2 && _chars[start] == '0'))
                {
                    return;
                }

                running = (running * 10) + (added - '0');
                _whole[cell] = running;
                _values[cell] = running;
                _dash[cell] = false;
            }
            else
            {
                var text = _chars.AsSpan(start, end - start);
                if (CellReading.IsDeadPrefix(text, kind))
                {
                    return;
                }

                if (!Read(text, kind, cell))
                {
                    continue;
                }
            }

            // The cells after this one cannot hold more than their longest figures: a longer cell is needed.
            if (n - end > (_shape.Count - cell - 1) * LongestCell)
            {
                continue;
            }

            if (_sumEndingAt[cell] is { } sum)
            {
                var parts = SumOfParts(sum);
                if (_whole[cell] > parts)
                {
                    return;
                }

                if (_whole[cell] != parts)
                {
                    continue;
                }
            }
            else if (_sumOfLastTotal.Length > 0)
            {
                var verdict = AgainstLastTotal(cell, start, end);
                if (verdict < 0)
                {
                    return;
                }

                if (verdict > 0)
                {
                    continue;
                }
            }

            _starts[cell] = start;
            _ends[cell] = end;
            Cell(cell + 1, end);
        }
    }

    private bool Read(ReadOnlySpan<char> text, CellKind kind, int cell)
    {
        if (kind is CellKind.Count or CellKind.SignedCount && text.Length <= CellReading.MaxDigits && (text[0] != '0' || text.Length == 1) && !text.ContainsAnyExceptInRange('0', '9'))
        {
            long value = 0;
            foreach (var c in text)
            {
                value = (value * 10) + (c - '0');
            }

            _whole[cell] = value;
            _values[cell] = value;
            _dash[cell] = false;
            return true;
        }

        if (CellReading.Read(text, kind) is not { } token)
        {
            return false;
        }

        _values[cell] = token.Value;
        _whole[cell] = decimal.IsInteger(token.Value) ? (long)token.Value : long.MinValue / 4;
        _dash[cell] = token.Dash;
        return true;
    }

    private void Emit() =>
        _found.Add(new SplitCandidate([.. _values], [.. _dash], [.. _starts.Select(s => _input.Offsets[s])], [.. _ends.Select(e => _input.Offsets[e - 1] + 1)]));
}
