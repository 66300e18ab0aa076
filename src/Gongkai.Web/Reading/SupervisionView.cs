using Gongkai.Application.Reading.Supervision;

namespace Gongkai.Web.Reading;

/// <summary>What the dashboard partial draws: the rows in their order, the chart, and the links to sort and export.</summary>
/// <param name="Path">The page's address without query, for the sort and export links.</param>
public sealed record SupervisionView(string Title, IReadOnlyList<SupervisionRow> Rows, string Chart, string Path, string? Sort, bool Descending, string? Note)
{
    public static SupervisionView Of(string title, IReadOnlyList<SupervisionRow> rows, string path, string? sort, bool descending, string? note = null) =>
        new(title, SupervisionRow.Sort(rows, sort, descending), ErrorClassChart.Render(ErrorClassChart.Classes(rows), "各类问题数量（错误/警告）"), path, sort, descending, note);

    /// <summary>The link that sorts by a column: descending first for counts, and the other way on a second click.</summary>
    public string SortLink(string key)
    {
        var descending = Sort == key ? !Descending : key is not ("agency" or "year" or "deadline" or "published");
        return $"{Path}?sort={key}&desc={(descending ? "true" : "false")}";
    }

    public string AriaSort(string key) => Sort != key ? "none" : Descending ? "descending" : "ascending";

    public string ExportLink => $"{Path}/xlsx?sort={Sort}&desc={(Descending ? "true" : "false")}";
}
