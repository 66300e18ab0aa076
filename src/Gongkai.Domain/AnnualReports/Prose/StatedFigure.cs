namespace Gongkai.Domain.AnnualReports.Prose;

/// <summary>
/// A figure a report states in words (“共收到政府信息公开申请35件”) or in a row of an old-style 统计表
/// (“（一）收到申请数 | 件 | 35”), with what it counts and where it was printed.
/// </summary>
/// <param name="Key">What it counts (applications_received, reconsideration…; see <see cref="StatedFigures"/>).</param>
/// <param name="Label">The same in Chinese.</param>
/// <param name="Quote">The sentence or table row, as printed (a short excerpt of a long sentence).</param>
public sealed record StatedFigure(string Key, string Label, decimal Value, string Unit, string Quote)
{
    /// <summary>Where the figure itself stands in the text searched (two meanings never share one figure).</summary>
    internal int At { get; init; }
}
