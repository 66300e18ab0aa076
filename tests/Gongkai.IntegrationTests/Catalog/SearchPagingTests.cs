using Gongkai.Application.Catalog.Search;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// A page cut from the one statement's two capped lists (title matches, all matches) equals the page cut from the
/// whole result — title matches first, then the rest, each newest first — or is refused (null) when the capped
/// lists cannot tell, which only happens past the cap: with the caps a page asks for (title matches to the page's
/// end), and with both lists cut at the count's cap.
/// </summary>
public sealed class SearchPagingTests
{
    [Fact]
    public void APageFromTheCappedListsIsThePageOfTheWholeResultOrRefused()
    {
        var random = new Random(20261130);
        var refused = 0;
        for (var round = 0; round < 3000; round++)
        {
            // All matches newest first (higher id = newer here); a random share of them match in the title.
            var total = random.Next(4) == 0 ? random.Next(0, 30) : random.Next(0, 3000);
            var all = Enumerable.Range(1, total).Reverse().ToList();
            var share = random.NextDouble();
            var titled = all.Where(_ => random.NextDouble() < share).ToList();
            var pageSize = random.Next(1, CatalogSearch.MaxPageSize + 1);
            var page = random.Next(1, CatalogSearch.MaxPages + 1);
            var offset = (page - 1) * pageSize;
            var caps = round % 2 == 0 ? CatalogSearch.CapsFor(offset, pageSize) : SearchCaps.Both(CatalogSearch.CountCap + 1);
            var found = new EngineMatches(titled.Take(caps.Titles).ToList(), all.Take(caps.All).ToList());

            var expected = titled.Concat(all.Except(titled)).Skip(offset).Take(pageSize).ToList();
            var cut = CatalogSearch.PageOf(found, caps, offset, pageSize);
            if (cut is null)
            {
                refused++;
                Assert.True(total > CatalogSearch.CountCap, $"refused with {total} matches, all of them known");
                Assert.True(offset + pageSize > found.Titled.Count, "refused a page of title matches it holds");
                continue;
            }

            Assert.Equal(expected, cut.Value.Ids);
            Assert.All(cut.Value.Ids.Where(titled.Contains), id => Assert.Contains(id, cut.Value.Titled));
        }

        Assert.InRange(refused, 1, 2999);
    }

    [Fact]
    public void TheFirstPageIsAlwaysCutFromTheOneStatement()
    {
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var all = Enumerable.Range(1, random.Next(0, 5000)).Reverse().ToList();
            var titled = all.Where(_ => random.Next(3) == 0).ToList();
            var caps = CatalogSearch.CapsFor(0, 20);
            var cut = CatalogSearch.PageOf(new EngineMatches(titled.Take(caps.Titles).ToList(), all.Take(caps.All).ToList()), caps, 0, 20);
            Assert.NotNull(cut);
            Assert.Equal(titled.Concat(all.Except(titled)).Take(20), cut.Value.Ids);
        }
    }
}
