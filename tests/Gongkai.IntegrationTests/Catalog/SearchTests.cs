using Gongkai.Application.Catalog.Items;
using Gongkai.Application.Catalog.Search;
using Gongkai.Application.Data;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// The portal's search on the database of the lane (SQLite, or PostgreSQL with GONGKAI_TEST_DB=postgres): every
/// query returns exactly the items, in exactly the order, that the search's definition computed without a
/// database gives — so both databases give the same results. 2-character words, 繁/简, 文号, filters and
/// hostile strings included.
/// </summary>
public sealed class SearchTests(SearchTests.Fixture fixture) : IClassFixture<SearchTests.Fixture>
{
    private readonly GongkaiFactory _factory = fixture.Factory;
    private readonly SearchCorpus _corpus = fixture.Corpus;

    /// <summary>One host and corpus for every query of the class: the tests only read.</summary>
    public sealed class Fixture : IAsyncLifetime, IDisposable
    {
        public GongkaiFactory Factory { get; } = new();
        public SearchCorpus Corpus { get; private set; } = null!;

        public async Task InitializeAsync() => Corpus = await SearchCorpus.CreateAsync(Factory, seed: 20261130, count: 160);

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Factory.Dispose();
    }

    public static TheoryData<string> Queries() =>
    [
        "城管", "处罚", "處罰", "行政处罚", "执法", "市容环境", "广告", "许可", "行政許可", "决定", "根城管发", "〔2024〕", "根城管发〔2023〕1",
        "13号", "城管 处罚", "處罰 決定", "中华人民共和国行政处罚法", "条", "第1", "关于 通知", "ＣＨＧ", "2025",
    ];

    public static TheoryData<string> Hostile() =>
    [
        "\"", "\"\"", "*", "城管*", "\"城管\" OR \"处罚\"", "城管 NOT 处罚", "NEAR(城管 处罚)", "title:城管", "{title}:城管", "^城管",
        "'", "城管' | '处罚", "城管 & !处罚", "城管 <-> 处罚", "城管:*", "\\", "(城管", "城管)", "\uD800城管", "城\uDC00管", "💡城管💡",
        "-城管", "+城管", "城管;DROP TABLE \"CatalogItems\";--", "\u0000城管", new string('城', 5000), string.Concat(Enumerable.Repeat("城管 ", 400)), "\uE000", " ", "",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    [MemberData(nameof(Hostile))]
    public async Task EveryQueryReturnsExactlyWhatTheDefinitionGivesInTheSameOrder(string query)
    {
        var (ids, total) = await SearchAsync(query, new SearchFilters());
        var expected = _corpus.Expected(query, new SearchFilters());

        Assert.Equal(expected.Take(100), ids);
        Assert.Equal(Math.Min(expected.Count, CatalogSearch.CountCap), total);
    }

    [Fact]
    public async Task TwoCharacterWordsTraditionalAndSimplifiedAndDocumentNumbersAreFound()
    {
        foreach (var word in new[] { "城管", "处罚", "绿化" })
        {
            Assert.NotEmpty((await SearchAsync(word, new SearchFilters())).Ids);
        }

        Assert.Equal((await SearchAsync("处罚决定", new SearchFilters())).Ids, (await SearchAsync("處罰決定", new SearchFilters())).Ids);
        Assert.Contains((await SearchAsync("行政许可", new SearchFilters())).Ids, id => _corpus.Items.Any(x => x.Item.Id == id && x.Content.Title.Contains("行政許可", StringComparison.Ordinal)));

        var numbered = _corpus.Items.First(x => x.Item.Public is not null && x.Content.DocumentNo is not null);
        Assert.Contains(numbered.Item.Id, (await SearchAsync(numbered.Content.DocumentNo!, new SearchFilters(), 100)).Ids);
    }

    [Fact]
    public async Task AnySubstringOfAPublicTitleFindsItsItemAndNoWithheldItemIsEverFound()
    {
        var random = new Random(5);
        foreach (var (item, content) in _corpus.Items.OrderBy(_ => random.Next()).Take(40))
        {
            var start = random.Next(content.Title.Length - 2);
            var piece = content.Title.Substring(start, 2 + random.Next(Math.Min(6, content.Title.Length - start - 1)));
            var ids = new List<int>();
            for (var page = 1; page <= 3; page++)
            {
                ids.AddRange((await SearchAsync(piece, new SearchFilters(), 100, page)).Ids);
            }

            Assert.Equal(item.Public is not null, ids.Contains(item.Id));
        }
    }

    [Fact]
    public async Task WordsMeetingHanCharactersFindWhatTheDefinitionGives()
    {
        // PostgreSQL answers these from joined lexemes (发2023, 17号) instead of positions: random pieces of 文号 and
        // of bodies' 第N条 that hold a number beside a character, each a prefix or not, alone or with a word.
        var random = new Random(11);
        var texts = _corpus.Items.Select(x => x.Content.DocumentNo).OfType<string>()
            .Concat(_corpus.Items.Select(x => BodyText.Of(x.Content.BodyHtml))).ToList();
        var queries = new HashSet<string>(StringComparer.Ordinal) { "2023年", "第1", "1条", "17号", "发〔2024" };
        while (queries.Count < 60)
        {
            var text = texts[random.Next(texts.Count)];
            var digit = text.IndexOfAny("0123456789".ToCharArray(), random.Next(text.Length));
            if (digit < 0)
            {
                continue;
            }

            var start = Math.Max(0, digit - random.Next(4));
            var piece = text.Substring(start, Math.Min(text.Length - start, 2 + random.Next(6)));
            if (piece.Any(char.IsAsciiDigit) && piece.Any(c => SearchTokens.IsHan(c)))
            {
                queries.Add(random.Next(4) == 0 ? "处罚 " + piece : piece);
            }
        }

        var found = 0;
        foreach (var query in queries)
        {
            var (ids, total) = await SearchAsync(query, new SearchFilters());
            var expected = _corpus.Expected(query, new SearchFilters());
            Assert.True(expected.Take(100).SequenceEqual(ids), $"{query}: {expected.Count} expected, {total} found");
            found += ids.Count > 0 ? 1 : 0;
        }

        Assert.True(found > 30, $"only {found} of the pieces found anything");
    }

    [Fact]
    public async Task FiltersCombineWithTheWords()
    {
        var department = await Demo.DepartmentIdAsync(_factory);
        SearchFilters[] filters =
        [
            new(AgencyId: department), new(Year: 2024), new(Category: "城乡建设、环境保护"), new(InForce: false), new(InForce: true),
            new(AgencyId: department, Year: 2023, Category: "综合政务", InForce: true),
        ];
        foreach (var filter in filters)
        {
            foreach (var query in new[] { "城管", "处罚", "通知" })
            {
                var (ids, total) = await SearchAsync(query, filter);
                var expected = _corpus.Expected(query, filter);
                Assert.Equal(expected.Take(100), ids);
                Assert.Equal(expected.Count, total);
            }
        }
    }

    [Fact]
    public async Task TitleMatchesComeFirstAndPagesFollowOnWithoutGapsOrRepeats()
    {
        var all = _corpus.Expected("城管", new SearchFilters());
        var paged = new List<int>();
        for (var page = 1; page <= (all.Count + 6) / 7; page++)
        {
            paged.AddRange((await SearchAsync("城管", new SearchFilters(), 7, page)).Ids);
        }

        Assert.Equal(all, paged);
        await using var scope = _factory.Services.CreateAsyncScope();
        var first = await scope.ServiceProvider.GetRequiredService<CatalogSearch>().SearchAsync("城管", new SearchFilters(), 1, 5);
        Assert.All(first.Hits.Where(h => h.TitleMatch), h => Assert.Contains("<mark>城管</mark>", h.TitleHtml, StringComparison.Ordinal));
        Assert.True(first.Hits.SkipWhile(h => h.TitleMatch).All(h => !h.TitleMatch));
        // Each hit names its own agency (joined by key with the item), in a page holding more than one.
        var names = await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Agencies.ToDictionaryAsync(a => a.Id, a => a.Name);
        var hits = (await scope.ServiceProvider.GetRequiredService<CatalogSearch>().SearchAsync("城管", new SearchFilters(), 1, 100)).Hits;
        Assert.True(hits.Select(h => h.AgencyId).Distinct().Count() > 1, "hits of more than one agency");
        Assert.All(hits, h => Assert.Equal(names[h.AgencyId], h.Agency));
    }

    private async Task<(List<int> Ids, int Total)> SearchAsync(string query, SearchFilters filters, int pageSize = 100, int page = 1)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CatalogSearch>().SearchAsync(query, filters, page, pageSize);
        return (result.Hits.Select(h => h.ItemId).ToList(), result.Total);
    }
}
