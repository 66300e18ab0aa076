using Gongkai.Application.Catalog.Search;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// How PostgreSQL's search reads pg_stats to choose its statements (ADR 0021): a phrase's rarest whole token bounds
/// its rows, phrases typed apart multiply, an unlisted token is rarer than the rarest listed, a prefix tells nothing,
/// filters divide.
/// </summary>
public sealed class SearchStatisticsTests
{
    // pg_stats: the elements' shares, then the smallest, the largest and the share of nulls.
    private static readonly LexemeShares All = LexemeShares.Of(["管理", "处罚", "清雪", "2024"], [0.9f, 0.2f, 0.05f, 0.1f, 0.05f, 0.9f, 0f]);

    private static readonly PostgresSearchStatistics Statistics = new(1_000_000, LexemeShares.Unknown, All, 730_000, 739_000, Agencies: 2000, Years: 8);

    [Theory]
    [InlineData("管理", 900_000d)]
    [InlineData("处罚", 200_000d)]
    [InlineData("管理 处罚", 180_000d)] // two phrases: independent, shares multiplied
    [InlineData("清雪 管理 年", 45_000d)] // a prefix alone bounds nothing
    [InlineData("清雪除冰", 50_000d)] // 清雪 listed; 雪除 and 除冰 not: below the smallest listed share
    [InlineData("量子", 50_000d)]
    [InlineData("2024年", 50_000d)] // one joined lexeme (2024 beside a token beginning with 年), not listed
    public void APhrasesRarestTokenBoundsItsRowsAndPhrasesTypedApartMultiply(string query, double expected) =>
        Assert.Equal(expected, Statistics.Candidates(All, SearchQuery.Parse(query), new SearchFilters()) ?? -1, 0.5);

    [Fact]
    public void FiltersDivideAndUnknownStatisticsOrPrefixesAloneTellNothing()
    {
        Assert.Equal(900_000d / 2000 / 8, Statistics.Candidates(All, SearchQuery.Parse("管理"), new SearchFilters(AgencyId: 3, Year: 2024)) ?? -1, 0.5);
        Assert.Null(Statistics.Candidates(LexemeShares.Unknown, SearchQuery.Parse("管理"), new SearchFilters()));
        Assert.Null(Statistics.Candidates(All, SearchQuery.Parse("年"), new SearchFilters()));
        Assert.Null(PostgresSearchStatistics.None.Candidates(All, SearchQuery.Parse("管理"), new SearchFilters()));
        Assert.Equal(0.05, All.Floor ?? -1, 0.0001);
    }

    [Theory]
    [InlineData("管理", true)]
    [InlineData("清雪除冰", true)] // 清雪 listed
    [InlineData("量子", false)]
    [InlineData("雪除 除冰", false)]
    [InlineData("2024年", false)] // the joined lexeme is not listed, 2024 alone would be
    [InlineData("年", true)] // a prefix alone: cannot tell
    public void AQueryOfUnlistedTokensOnlyIsRare(string query, bool listed)
    {
        Assert.Equal(listed, Statistics.Lists(All, SearchQuery.Parse(query)));
        Assert.True(Statistics.Lists(LexemeShares.Unknown, SearchQuery.Parse(query)), "unknown statistics tell nothing");
    }
}
