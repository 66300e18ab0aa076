using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Gongkai.Reading.Extraction;

/// <summary>A horizontal (at y, from x to x) or vertical (at x, from y to y) rule drawn on a page.</summary>
internal readonly record struct Rule(bool Horizontal, double At, double From, double To);

/// <summary>
/// The straight horizontal and vertical rules a page draws: table borders. A border may be a stroked line,
/// the edge of a stroked rectangle, or a thin filled rectangle (as some Word exports draw it). Wide filled
/// shapes (cell shading) and curves are not rules.
/// </summary>
internal static class PdfRules
{
    /// <summary>At most this thick a filled shape counts as a line.</summary>
    private const double Thin = 2.5;

    /// <summary>At least this long a segment counts as a rule (shorter ones are glyph-like marks).</summary>
    private const double MinLength = 4;

    /// <summary>A page with more segments than this is a drawing, not a document with tables.</summary>
    public const int MaxRules = 3000;

    public static List<Rule> Of(Page page)
    {
        var rules = new List<Rule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                if (box.Width <= Thin && box.Height >= MinLength)
                {
                    rules.Add(new Rule(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
                else if (box.Height <= Thin && box.Width >= MinLength)
                {
                    rules.Add(new Rule(true, (box.Bottom + box.Top) / 2, box.Left, box.Right));
                }
                else if (path.IsStroked)
                {
                    Segments(subpath, rules);
                }

                if (rules.Count > MaxRules)
                {
                    return [];
                }
            }
        }

        return rules;
    }

    private static void Segments(PdfSubpath subpath, List<Rule> rules)
    {
        PdfPoint start = default, current = default;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, rules);
                    current = line.To;
                    break;
                case PdfSubpath.Close:
                    Add(current, start, rules);
                    current = start;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, List<Rule> rules)
    {
        double dx = Math.Abs(to.X - from.X), dy = Math.Abs(to.Y - from.Y);
        if (dy < 0.5 && dx >= MinLength)
        {
            rules.Add(new Rule(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (dx < 0.5 && dy >= MinLength)
        {
            rules.Add(new Rule(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }
}
