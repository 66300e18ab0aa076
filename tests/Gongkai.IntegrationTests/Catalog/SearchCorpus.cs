using Gongkai.Application.Catalog.Search;
using Gongkai.Application.Data;
using Gongkai.Domain.Catalog;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// A random public catalog for search tests (seeded): titles, 文号, keywords and bodies from the phrases of
/// real 城管 documents, some in Traditional script, two agencies, several years and categories, some items
/// repealed, withdrawn or withheld. Items are stored and indexed as publication stores them.
/// </summary>
public sealed class SearchCorpus
{
    private static readonly string[] Subjects = ["城管执法", "行政处罚", "市容环境", "户外广告", "渣土运输", "占道经营", "违法建设", "园林绿化", "市政设施", "行政許可", "處罰決定", "环境卫生"];
    private static readonly string[] Kinds = ["通知", "意见", "通告", "公告", "决定", "办法"];
    private static readonly string[] Categories = ["城乡建设、环境保护", "公安、安全、司法", "综合政务"];

    public List<(CatalogItem Item, CatalogContent Content)> Items { get; } = [];

    public static async Task<SearchCorpus> CreateAsync(GongkaiFactory factory, int seed, int count)
    {
        var corpus = new SearchCorpus();
        var random = new Random(seed);
        var department = await Demo.DepartmentIdAsync(factory);
        var office = await Demo.AgencyIdAsync(factory, Application.Demo.DemoSeeder.DemoOffice);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var indexing = scope.ServiceProvider.GetRequiredService<SearchIndexing>();
        for (var i = 0; i < count; i++)
        {
            var content = Content(random, i);
            var agency = random.Next(4) == 0 ? office : department;
            var repealed = random.Next(8) == 0;
            var item = CatalogItem.Imported(agency, content, $"TEST/{content.PublishedOn!.Value.Year}-{i:00000}", repealed, new DateOnly(2026, 11, 25), "test", GongkaiFactory.Now);
            await StoreAsync(db, indexing, item);
            corpus.Items.Add((item, content));
        }

        return corpus;
    }

    /// <summary>Stores an item and indexes it, as publication does.</summary>
    public static async Task StoreAsync(GongkaiDbContext db, SearchIndexing indexing, CatalogItem item)
    {
        db.CatalogItems.Add(item);
        await db.SaveChangesAsync();
        await indexing.UpdateAsync(item, default);
    }

    private static CatalogContent Content(Random random, int i)
    {
        string Pick(string[] from) => from[random.Next(from.Length)];
        var subject = Pick(Subjects);
        var other = Pick(Subjects);
        var written = new DateOnly(2022, 1, 1).AddDays(random.Next(1400));
        var mode = random.Next(10) switch { 0 => DisclosureMode.OnRequest, 1 => DisclosureMode.Withheld, _ => DisclosureMode.Proactive };
        return new CatalogContent
        {
            Title = $"关于{subject}工作的{Pick(Kinds)}" + (random.Next(3) == 0 ? $"（{other}）" : ""),
            DocumentNo = random.Next(5) == 0 ? null : $"根城管发〔{written.Year}〕{random.Next(1, 40)}号",
            Publisher = "根河市城市管理综合执法局",
            WrittenOn = written,
            PublishedOn = written.AddDays(random.Next(0, 30)),
            Category = random.Next(6) == 0 ? null : Pick(Categories),
            Keywords = $"{other} {Pick(Kinds)}",
            Summary = random.Next(2) == 0 ? null : $"本文件规定了{other}的有关事项。",
            BodyHtml = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => $"<p>为做好{Pick(Subjects)}工作，依据《中华人民共和国行政处罚法》，现就{Pick(Subjects)}提出如下要求。第{random.Next(1, 30)}条。</p>")),
            Disclosure = mode,
            DisclosureReason = mode == DisclosureMode.Proactive ? null : "内部事务",
        };
    }

    /// <summary>The search as its definition says (ADR), computed here without any database: the reference both engines must equal.</summary>
    public List<int> Expected(string text, SearchFilters filters)
    {
        var query = SearchQuery.Parse(text);
        if (query.IsEmpty)
        {
            return [];
        }

        var docs = Items.Where(x => x.Item.Public is not null).Select(x => SearchDocument.For(x.Item, x.Item.Public!))
            .Where(d => (filters.AgencyId is null || d.AgencyId == filters.AgencyId) && (filters.Year is null || d.Year == filters.Year)
                && (filters.Category is null || d.Category == filters.Category) && (filters.InForce is null || d.InForce == filters.InForce))
            .Where(d => query.Phrases.All(p => d.Fields.Any(f => Contains(f, p))))
            .ToList();
        bool InTitle(SearchDocument d) => query.Phrases.All(p => Contains(d.Fields[0], p));
        return docs.OrderBy(d => InTitle(d) ? 0 : 1).ThenByDescending(d => d.SortKey).Select(d => d.ItemId).ToList();
    }

    private static bool Contains(IReadOnlyList<string> field, SearchPhrase phrase)
    {
        for (var start = 0; start + phrase.Tokens.Count <= field.Count; start++)
        {
            var all = true;
            for (var k = 0; k < phrase.Tokens.Count && all; k++)
            {
                var token = field[start + k];
                var wanted = phrase.Tokens[k];
                all = k == phrase.Tokens.Count - 1 && phrase.LastIsPrefix ? token.StartsWith(wanted, StringComparison.Ordinal) && token != SearchTokens.Placeholder : token == wanted;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
