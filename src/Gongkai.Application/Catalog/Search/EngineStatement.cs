namespace Gongkai.Application.Catalog.Search;

/// <summary>
/// One statement of a search: rows of (sort key, 1 if a title match), newest first, up to each list's cap. <see cref="Fills"/>
/// is the list its rows make (null: both, by the flag). A tier's statements are asked in order, each holding all
/// that the one before held (a wider window of days): the first whose list is full answers, or the last.
/// </summary>
public sealed record EngineStatement(string Sql, object[] Parameters, SearchTier? Fills);

/// <summary>A row of an <see cref="EngineStatement"/>.</summary>
public sealed class EngineRow
{
    public long Key { get; init; }

    public int Title { get; init; }
}

/// <summary>Runs a search's statements (the engines and the benchmarks' bare replay share it).</summary>
public static class EngineStatements
{
    public static async Task<EngineMatches> RunAsync(IEnumerable<EngineStatement> statements, SearchCaps caps, Func<EngineStatement, Task<IReadOnlyList<EngineRow>>> run)
    {
        List<int>? titled = null;
        List<int>? all = null;
        foreach (var statement in statements)
        {
            var title = statement.Fills is null or SearchTier.Title && !(titled?.Count >= caps.Titles);
            var rest = statement.Fills is null or SearchTier.All or SearchTier.Rest && !(all?.Count >= caps.All);
            if (!title && !rest)
            {
                continue;
            }

            var rows = await run(statement);
            List<int> Of(int flag, int cap) => rows.Where(r => r.Title == flag).Take(cap).Select(r => SearchDocument.ItemIdOf(r.Key)).ToList();
            titled = title ? Of(1, caps.Titles) : titled;
            all = rest ? Of(0, caps.All) : all;
        }

        return new EngineMatches(titled ?? [], all ?? []);
    }
}
