namespace Gongkai.Reading.Solving;

/// <summary>The pruning that the sums of a row allow while it is being split.</summary>
internal sealed partial class RowSplitter
{
    /// <summary>
    /// Where the row's last cell is the 总计 of the cells before it (C2): that total is at least as long as
    /// any part and at most 9 digits. Returns −1 where this part is already too long or its running sum
    /// too large (a longer part only makes it worse), +1 where the rest would leave the total too long
    /// (a longer part may help), 0 where the split may go on.
    /// </summary>
    private int AgainstLastTotal(int cell, int start, int end)
    {
        if (Array.IndexOf(_sumOfLastTotal, cell) < 0)
        {
            return 0;
        }

        var partsLeft = _shape.Count - 2 - cell;
        var rest = _chars.Length - end;
        var longest = 0;
        long partial = 0;
        foreach (var part in _sumOfLastTotal)
        {
            if (part > cell)
            {
                break;
            }

            if (part < cell)
            {
                longest = Math.Max(longest, _ends[part] - _starts[part]);
            }

            partial += _whole[part];
        }

        longest = Math.Max(longest, end - start);
        var longestTotal = rest - partsLeft;
        if (longestTotal < longest || (longestTotal <= 18 && partial > Pow10(longestTotal) - 1))
        {
            return -1;
        }

        return rest - (partsLeft * CellReading.MaxDigits) > CellReading.MaxDigits ? 1 : 0;
    }

    private long SumOfParts(int[] sum)
    {
        long total = 0;
        for (var i = 0; i < sum.Length - 1; i++)
        {
            total += _whole[sum[i]];
        }

        return total;
    }

    private static long Pow10(int n)
    {
        long p = 1;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }
}
