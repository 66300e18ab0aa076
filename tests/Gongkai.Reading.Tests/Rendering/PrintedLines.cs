using System.Text;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>The printed lines of a converted report, in spaced text or Markdown, with page footers dropped in.</summary>
internal sealed class PrintedLines(Random random, Mishaps mishaps)
{
    private readonly StringBuilder _text = new();
    private bool _tableOpen;
    private bool _delimiterDue;
    private int _page = 1;

    public void Text(string line) => Line(line);

    public void StartTable()
    {
        _tableOpen = true;
        _delimiterDue = mishaps.Markdown;
    }

    public void EndTable() => _tableOpen = false;

    public void Header(IReadOnlyList<string> cells) =>
        Line(mishaps.Markdown ? $"| {string.Join(" | ", cells)} |" : string.Join(Spacer(), cells), cells.Count);

    /// <param name="figures">null for a line with a label piece only.</param>
    public void Row(string label, IReadOnlyList<string>? figures, int columns, bool glueFirst = false)
    {
        if (mishaps.Markdown)
        {
            var cells = new List<string> { label };
            cells.AddRange(figures ?? []);
            while (cells.Count < columns + 1)
            {
                cells.Add("");
            }

            Line($"| {string.Join(" | ", cells)} |", cells.Count);
            return;
        }

        var spacer = Spacer();
        if (figures is null)
        {
            Line(label);
        }
        else if (label.Length == 0)
        {
            Line(string.Join(spacer, figures));
        }
        else
        {
            Line(label + (glueFirst ? "" : spacer) + string.Join(spacer, figures));
        }
    }

    public override string ToString() => _text.ToString();

    private string Spacer() => new(' ', random.Next(1, 4));

    private void Line(string line, int cells = 0)
    {
        _text.Append(line).Append('\n');
        if (_delimiterDue && cells > 0)
        {
            _text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", cells))).Append('\n');
            _delimiterDue = false;
        }

        if (mishaps.Footers && random.Next(25) == 0)
        {
            _page++;
            var footer = random.Next(4) switch
            {
                0 => $"— {_page} —",
                1 => $"-{_page}-",
                2 => $"- {_page} -",
                _ => $"第 {_page} 页",
            };
            _text.Append(mishaps.Markdown && _tableOpen && random.Next(2) == 0 ? $"| {footer} | | |" : footer).Append('\n');
        }
    }
}
