namespace Gongkai.Reading.Solving;

/// <summary>
/// The split of a table 三 row (six parts, then their 总计) by the total first: for each length of the
/// total at the end of the digits, the rest must split into six parts no longer than the total whose sum
/// is exactly that total. Knowing the target makes the search tight: a partial sum above it, or a rest too
/// long or too short to make up the difference, ends a branch at once. Used for rows of plain digits;
/// rows with units, signs or dashes go through the general <see cref="RowSplitter"/>.
/// </summary>
internal sealed class TotalFirstSplitter
{
    private readonly SplitInput _input;
    private readonly int[] _cutLimit;
    private readonly SolveBudget _budget;
    private readonly int _stopAfter;
    private readonly int _parts;
    private readonly long[] _values;
    private readonly int[] _ends;
    private readonly List<SplitCandidate> _found;
    private int _totalLength;
    private long _total;

    private TotalFirstSplitter(SplitInput input, int cells, int[] cutLimit, SolveBudget budget, int stopAfter, List<SplitCandidate> found)
    {
        _input = input;
        _cutLimit = cutLimit;
        _budget = budget;
        _stopAfter = stopAfter;
        _parts = cells - 1;
        _values = new long[cells];
        _ends = new int[cells];
        _found = found;
    }

    /// <summary>True where the row is plain digits and its only sum is all cells but the last into the last.</summary>
    public static bool Applies(SplitInput input, RowShape shape) =>
        shape.Sums.Length == 1 && shape.Sums[0].Length == shape.Count && shape.Sums[0][^1] == shape.Count - 1 &&
        !input.Chars.AsSpan().ContainsAnyExceptInRange('0', '9');

    public static void Enumerate(SplitInput input, RowShape shape, int[] cutLimit, SolveBudget budget, int stopAfter, List<SplitCandidate> found) =>
        new TotalFirstSplitter(input, shape.Count, cutLimit, budget, stopAfter, found).Run();

    private void Run()
    {
        var chars = _input.Chars;
        var n = chars.Length;
        for (var length = 1; length <= Math.Min(CellReading.MaxDigits, n - _parts); length++)
        {
            var start = n - length;
            if (_cutLimit[start] < n || (length > 1 && chars[start] == '0') || start > _parts * length || !_budget.Tick())
            {
                continue;
            }

            _totalLength = length;
            _total = long.Parse(chars.AsSpan(start), System.Globalization.CultureInfo.InvariantCulture);
            _values[_parts] = _total;
            _ends[_parts] = n;
            Part(0, 0, 0, 0);
            if (_found.Count >= _stopAfter || _budget.Exhausted)
            {
                return;
            }
        }
    }

    /// <param name="longest">The longest part so far: six parts all shorter than the total by two digits sum to less than it.</param>
    private void Part(int part, int start, long partial, int longest)
    {
        var prefix = _input.Chars.Length - _totalLength;
        var left = _parts - part;
        if (left == 0)
        {
            if (start == prefix && partial == _total)
            {
                Emit();
            }

            return;
        }

        var rest = prefix - start;
        var need = _total - partial;
        if (rest < left || rest > left * _totalLength || need < MinimumSum(rest, left) || need > MaximumSum(rest, left) ||
            (longest < _totalLength - 1 && rest - (left - 1) < _totalLength - 1))
        {
            return;
        }

        var chars = _input.Chars;
        if (left == 1)
        {
            // The last part is what remains: it must be exactly the missing amount.
            if (_budget.Tick() && _cutLimit[start] >= prefix && (rest == 1 || chars[start] != '0') &&
                long.Parse(chars.AsSpan(start, rest), System.Globalization.CultureInfo.InvariantCulture) == need)
            {
                _values[part] = need;
                _ends[part] = prefix;
                Emit();
            }

            return;
        }

        var maxEnd = Math.Min(Math.Min(start + _totalLength, _cutLimit[start]), prefix - (left - 1));
        long value = 0;
        for (var end = start + 1; end <= maxEnd; end++)
        {
            if (_found.Count >= _stopAfter || !_budget.Tick())
            {
                return;
            }

            value = (value * 10) + (chars[end - 1] - '0');
            if (value > need)
            {
                return;
            }

            _values[part] = value;
            _ends[part] = end;
            Part(part + 1, end, partial + value, Math.Max(longest, end - start));
            if (chars[start] == '0')
            {
                return;
            }
        }
    }

    /// <summary>Some part of <paramref name="left"/> parts over <paramref name="rest"/> digits is at least ⌈rest/left⌉ long, and a part longer than one digit does not start with 0.</summary>
    private static long MinimumSum(int rest, int left)
    {
        var longest = (rest + left - 1) / left;
        return longest >= 2 ? Pow10(longest - 1) : 0;
    }

    /// <summary>Each part has at most as many digits as the longest either the rest or the total allows.</summary>
    private long MaximumSum(int rest, int left) => left * (Pow10(Math.Min(_totalLength, rest - (left - 1))) - 1);

    private void Emit()
    {
        var cells = _parts + 1;
        var values = new decimal[cells];
        var starts = new int[cells];
        var ends = new int[cells];
        var start = 0;
        for (var c = 0; c < cells; c++)
        {
            values[c] = _values[c];
            starts[c] = _input.Offsets[start];
            ends[c] = _input.Offsets[_ends[c] - 1] + 1;
            start = _ends[c];
        }

        _found.Add(new SplitCandidate(values, new bool[cells], starts, ends));
    }

    private static readonly long[] Powers = [.. Enumerable.Range(0, 19).Select(n => (long)Math.Pow(10, n))];

    private static long Pow10(int n) => Powers[Math.Clamp(n, 0, 18)];
}
