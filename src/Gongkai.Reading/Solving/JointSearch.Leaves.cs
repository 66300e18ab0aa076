namespace Gongkai.Reading.Solving;

/// <summary>The C3 part of the joint search: the leaf rows of table 三.</summary>
internal sealed partial class JointSearch
{
    /// <summary>Depth-first over the leaf rows with several candidates, bounded per active column.</summary>
    private sealed class LeafSearch
    {
        private readonly JointSearch _owner;
        private readonly long[] _target;
        private readonly int[] _multi;
        private readonly long[][] _minRest;
        private readonly long[][] _maxRest;
        private readonly int[] _choice;
        private readonly int[] _singles;
        private readonly long[][] _partials;
        private long _solutions;

        public LeafSearch(JointSearch owner, long[] total)
        {
            _owner = owner;
            _target = [.. total];
            var leaves = owner._roles.Leaves;
            _multi = [.. leaves.Where(l => owner._vectors[l].Length > 1).OrderBy(l => owner._vectors[l].Length)];
            foreach (var single in leaves.Where(l => owner._vectors[l].Length == 1))
            {
                for (var c = 0; c < Columns; c++)
                {
                    _target[c] -= owner._vectors[single][0][c];
                }
            }

            _minRest = new long[_multi.Length + 1][];
            _maxRest = new long[_multi.Length + 1][];
            _minRest[_multi.Length] = new long[Columns];
            _maxRest[_multi.Length] = new long[Columns];
            for (var d = _multi.Length - 1; d >= 0; d--)
            {
                var vectors = owner._vectors[_multi[d]];
                _minRest[d] = new long[Columns];
                _maxRest[d] = new long[Columns];
                for (var c = 0; c < Columns; c++)
                {
                    _minRest[d][c] = _minRest[d + 1][c] + vectors.Min(v => v[c]);
                    _maxRest[d][c] = _maxRest[d + 1][c] + vectors.Max(v => v[c]);
                }
            }

            _choice = new int[_multi.Length];
            _singles = [.. leaves.Where(l => owner._vectors[l].Length == 1)];
            _partials = [.. Enumerable.Range(0, _multi.Length + 1).Select(_ => new long[Columns])];
        }

        public long Run()
        {
            if (Fits(_partials[0], 0))
            {
                Depth(0, _partials[0]);
            }

            return _solutions;
        }

        private void Depth(int depth, long[] partial)
        {
            if (depth == _multi.Length)
            {
                Record();
                return;
            }

            var vectors = _owner._vectors[_multi[depth]];
            var next = _partials[depth + 1];
            for (var i = 0; i < vectors.Length && !_owner.Stopped; i++)
            {
                if (!_owner._budget.Tick())
                {
                    return;
                }

                for (var c = 0; c < Columns; c++)
                {
                    next[c] = partial[c] + vectors[i][c];
                }

                if (Fits(next, depth + 1))
                {
                    _choice[depth] = i;
                    Depth(depth + 1, next);
                }
            }
        }

        private bool Fits(long[] partial, int depth)
        {
            for (var c = 0; c < Columns; c++)
            {
                if (_owner._c3[c] && (partial[c] + _minRest[depth][c] > _target[c] || partial[c] + _maxRest[depth][c] < _target[c]))
                {
                    return false;
                }
            }

            return true;
        }

        private void Record()
        {
            _solutions = Saturate(_solutions + 1);
            for (var d = 0; d < _multi.Length; d++)
            {
                _owner.Mark(_multi[d], _choice[d]);
            }

            foreach (var single in _singles)
            {
                _owner.Mark(single, 0);
            }
        }
    }
}
