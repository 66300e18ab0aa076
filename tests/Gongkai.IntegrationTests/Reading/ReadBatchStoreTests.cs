using Gongkai.Reading;
using Gongkai.Web.Reading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.IntegrationTests.Reading;

/// <summary>年报体检's results are bounded by bytes, and the batch a user was just shown is never the one dropped.</summary>
public sealed class ReadBatchStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TheStoreStaysWithinItsBytesAndKeepsWhatWasJustAddedOrViewed()
    {
        var store = Store(megabytes: 1);
        var random = new Random(5);
        var viewed = store.Add(Results(random, 150_000));
        for (var i = 0; i < 60; i++)
        {
            var added = store.Add(Results(random, random.Next(10_000, 200_000)));
            Assert.Same(added, store.Find(added.Id));
            Assert.Same(viewed, store.Find(viewed.Id));
            Assert.True(store.Bytes <= 1024 * 1024, $"{store.Bytes} bytes kept");
        }
    }

    [Fact]
    public void ABatchLargerThanTheWholeStoreIsStillKeptUntilTheNextOne()
    {
        var store = Store(megabytes: 1);
        var huge = store.Add(Results(new Random(1), 2_000_000));

        Assert.Same(huge, store.Find(huge.Id));
        var next = store.Add(Results(new Random(2), 1000));
        Assert.Null(store.Find(huge.Id));
        Assert.Same(next, store.Find(next.Id));
    }

    [Fact]
    public void ABatchNotViewedForTwoHoursIsGone()
    {
        var store = Store(megabytes: 16);
        var batch = store.Add(Results(new Random(3), 1000));
        _clock.Advance(TimeSpan.FromMinutes(119));
        Assert.NotNull(store.Find(batch.Id));
        _clock.Advance(TimeSpan.FromMinutes(121));
        Assert.Null(store.Find(batch.Id));
        Assert.Equal(0, store.Bytes);
    }

    private ReadBatchStore Store(int megabytes) => new(_clock, new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Gongkai:Reading:StoreMegabytes"] = megabytes.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        .Build());

    /// <summary>One read file whose narrative has about <paramref name="characters"/> characters.</summary>
    private static List<ReadResult> Results(Random random, int characters) =>
        [new ReadResult($"{random.Next()}.txt", InputFormat.Text, ReadOutcome.NotAReport, null, [], ReadStatistics.None, null,
            new ReportText(new string('字', characters), "", ""), null)];
}
