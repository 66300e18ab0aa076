using Gongkai.Application.Catalog.Search;

namespace Gongkai.IntegrationTests.Catalog;

/// <summary>
/// How PostgreSQL's search reads pg_stats to choose its statements (ADR 0021): the rarest whole token bounds the
/// rows, an unlisted token is rarer than the rarest listed, a prefix tells nothing, filters divide.
/// </summary>
public sealed class SearchStatisticsTests
{
    // pg_stats: the elements' shares, then the smallest, the largest and the share of nulls.
    private static readonly LexemeShares All = LexemeShares.Of(["管理", "处罚", "清雪", "2024"], [0.9f, 0.2f, 0.05f, 0.1f, 0.05f, 0.9f, 0f]);

    private static readonly PostgresSearchStatistics Statistics = new(1_000_000, LexemeShares.Unknown, All, 730_000, 739_000, Agencies: 2000, Years: 8);

    [Theory]
    [InlineData("管理", 900_000d)]
    [InlineData("处罚", 200_000d)]
    [InlineData("管理 处罚", 200_000d)]
    [InlineData("清雪除冰", 50_000d)] // 清雪 listed; 雪除 and 除冰 not: below the smallest listed share
    [InlineData("量子", 50_000d)]
    [InlineData("2024年", 100_000d)] // 年 is a prefix: only 2024 bounds it
    public void TheRarestWholeTokenBoundsTheRows(string query, double expected) =>
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
}
