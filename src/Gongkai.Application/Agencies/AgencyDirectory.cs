using Gongkai.Application.Accounts;
using Gongkai.Application.Data;
using Gongkai.Domain.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Agencies;

/// <summary>The agency hierarchy, and which part of it a member of staff may see (their agency and those beneath it).</summary>
public sealed class AgencyDirectory(GongkaiDbContext db)
{
    private List<Agency>? _all;

    public async Task<IReadOnlyList<Agency>> AllAsync(CancellationToken cancel = default) =>
        _all ??= await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancel);

    /// <summary>The names of a few agencies (a page of search results), without reading all of them.</summary>
    public async Task<Dictionary<int, string>> NamesAsync(IReadOnlyCollection<int> ids, CancellationToken cancel = default) =>
        _all is not null
            ? _all.Where(a => ids.Contains(a.Id)).ToDictionary(a => a.Id, a => a.Name)
            : await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancel);

    /// <summary>Drops the cached list after agencies change in this unit of work.</summary>
    public void Forget() => _all = null;

    /// <summary>One agency: from the list when this unit of work has read it, else by its key (a public form need not read 2,000 agencies).</summary>
    public async Task<Agency?> FindAsync(int id, CancellationToken cancel = default) =>
        _all is not null ? _all.FirstOrDefault(a => a.Id == id) : await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancel);

    public async Task<Agency?> FindByNameAsync(string name, CancellationToken cancel = default) =>
        (await AllAsync(cancel)).FirstOrDefault(a => a.Name == name.Trim());

    /// <summary>The agencies a member of staff may see; an administrator sees all.</summary>
    public async Task<IReadOnlySet<int>> VisibleToAsync(StaffContext staff, CancellationToken cancel = default)
    {
        var all = await AllAsync(cancel);
        if (staff.IsAdmin)
        {
            return all.Select(a => a.Id).ToHashSet();
        }

        return staff.AgencyId is { } own ? SelfAndDescendants(all, own) : new HashSet<int>();
    }

    public async Task<IReadOnlyList<Agency>> ChildrenAsync(int parentId, CancellationToken cancel = default) =>
        (await AllAsync(cancel)).Where(a => a.ParentId == parentId).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();

    public static HashSet<int> SelfAndDescendants(IReadOnlyList<Agency> all, int root)
    {
        var result = new HashSet<int> { root };
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in all.Where(a => a.ParentId == id && result.Add(a.Id)))
            {
                queue.Enqueue(child.Id);
            }
        }

        return result;
    }

    /// <summary>The agency's name with its parents, for display: 根河市人民政府 / 根河市城市管理综合执法局.</summary>
    public static string PathOf(IReadOnlyList<Agency> all, Agency agency)
    {
        var names = new List<string>();
        for (Agency? current = agency; current is not null && names.Count < 10; current = all.FirstOrDefault(a => a.Id == current.ParentId))
        {
            names.Insert(0, current.Name);
        }

        return string.Join(" / ", names);
    }
}
