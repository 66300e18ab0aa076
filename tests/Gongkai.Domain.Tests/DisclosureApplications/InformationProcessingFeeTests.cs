using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Domain.Tests.DisclosureApplications;

/// <summary>
/// 信息处理费 (国办函〔2020〕109号): hand-computed amounts, and random quantities against a unit-by-unit sum
/// over the bands as the test writes them down itself.
/// </summary>
public sealed class InformationProcessingFeeTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(150, 1700)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(250, 4700)]
    public void PerPageIsChargedAboveEachThresholdAtThatBandsRate(int pages, int amount) =>
        Assert.Equal(amount, InformationProcessingFee.PerPage(pages).Amount);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    [InlineData(100, 800)]
    public void PerApplicationChargesEachApplicationByItsPlaceInTheMonth(int position, int amount) =>
        Assert.Equal(amount, InformationProcessingFee.PerApplication(position).Amount);

    [Fact]
    public void TheBreakdownListsEachBandForTheFeeNotice()
    {
        var fee = InformationProcessingFee.PerPage(250);
        Assert.Equal(
        [
            "第 1–30 页：30 页，免费",
            "第 31–100 页：70 页 × 10 元/页 = 700 元",
            "第 101–200 页：100 页 × 20 元/页 = 2000 元",
            "第 201–250 页：50 页 × 40 元/页 = 2000 元",
        ], fee.Bands.Select(b => b.Text));
        Assert.Equal("本月第 35 件（31–40 件档）：1 件 × 200 元/件 = 200 元", Assert.Single(InformationProcessingFee.PerApplication(35).Bands).Text);
        Assert.Equal(5500m, InformationProcessingFee.PerApplication(1, 45).Amount);
        Assert.Equal(4, InformationProcessingFee.PerApplication(1, 45).Bands.Count);
    }

    [Fact]
    public void RandomQuantitiesAgreeWithAUnitByUnitSum()
    {
        var random = new Random(109);
        for (var i = 0; i < 3000; i++)
        {
            var pages = random.Next(2) == 0 ? random.Next(1, 300) : random.Next(1, 5000);
            Assert.Equal(Enumerable.Range(1, pages).Sum(PageRate), InformationProcessingFee.PerPage(pages).Amount);

            var position = random.Next(1, 400);
            var count = random.Next(1, 30);
            var fee = InformationProcessingFee.PerApplication(position, count);
            Assert.Equal(Enumerable.Range(position, count).Sum(ApplicationRate), fee.Amount);
            Assert.Equal(count, fee.Bands.Sum(b => b.Units));
        }
    }

    [Fact]
    public void TheCountRestartsEachCalendarMonthPerApplicant()
    {
        // Twelve applications from 2024-03-20 to 03-31, then one on 04-01.
        var march = Enumerable.Range(0, 12).Select(i => new DateOnly(2024, 3, 20).AddDays(i)).ToList();
        Assert.Equal(11, InformationProcessingFee.PositionInMonth(march.Take(10), march[10]));
        Assert.Equal(100m, InformationProcessingFee.PerApplication(InformationProcessingFee.PositionInMonth(march.Take(10), march[10])).Amount);
        Assert.Equal(1, InformationProcessingFee.PositionInMonth(march, new DateOnly(2024, 4, 1)));
        Assert.Equal(1, InformationProcessingFee.PositionInMonth([new DateOnly(2023, 4, 15)], new DateOnly(2024, 4, 20)));

        var random = new Random(12);
        for (var i = 0; i < 500; i++)
        {
            var receipts = Enumerable.Range(0, random.Next(0, 60)).Select(_ => new DateOnly(2024, 1, 1).AddDays(random.Next(0, 120))).Order().ToList();
            var receipt = new DateOnly(2024, 1, 1).AddDays(random.Next(120, 130));
            var sameMonth = receipts.Count(r => r.Month == receipt.Month);
            Assert.Equal(sameMonth + 1, InformationProcessingFee.PositionInMonth(receipts, receipt));
        }
    }

    [Theory]
    [InlineData(150, 1700, true)]
    [InlineData(150, 1600, false)]
    [InlineData(150, 1700.5, false)]
    [InlineData(20, 0, true)]
    [InlineData(20, -1, false)]
    public void AnAmountIsCheckedAgainstTheBands(int pages, double amount, bool matches)
    {
        var check = InformationProcessingFee.PerPage(pages).Check((decimal)amount);
        Assert.Equal(matches, check.Matches);
        Assert.Contains(matches ? "与收费标准相符" : amount < 0 ? "不能为负数" : "与收费标准不符", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMismatchSaysWhatWasExpectedWithTheBands()
    {
        var check = InformationProcessingFee.PerApplication(35).Check(100m);
        Assert.Equal("收费金额 100 元与收费标准不符，应为按件计收，本月第 35 件申请：200 元（本月第 35 件（31–40 件档）：1 件 × 200 元/件 = 200 元）（国办函〔2020〕109号）", check.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(100_001)]
    public void AnImpossiblePageCountIsRefused(int pages) =>
        Assert.Contains("按量计收的页数应为 1 至 100000", Assert.Throws<InformationFeeException>(() => InformationProcessingFee.PerPage(pages)).Message, StringComparison.Ordinal);

    [Fact]
    public void AnImpossiblePositionOrAReceiptOutOfOrderIsRefused()
    {
        Assert.Throws<InformationFeeException>(() => InformationProcessingFee.PerApplication(0));
        Assert.Throws<InformationFeeException>(() => InformationProcessingFee.PerApplication(5, 0));
        Assert.Contains("较早的申请收到日期 2024-05-02 晚于本申请收到日期 2024-05-01",
            Assert.Throws<InformationFeeException>(() => InformationProcessingFee.PositionInMonth([new DateOnly(2024, 5, 2)], new DateOnly(2024, 5, 1))).Message,
            StringComparison.Ordinal);
    }

    // The bands as 国办函〔2020〕109号 states them, written out apart from the product's code.
    private static decimal PageRate(int page) => page > 200 ? 40 : page > 100 ? 20 : page > 30 ? 10 : 0;

    private static decimal ApplicationRate(int position)
    {
        if (position <= 10)
        {
            return 0;
        }

        if (position <= 30)
        {
            return 100;
        }

        var rate = 200m;
        for (var bandEnd = 40; position > bandEnd; bandEnd += 10)
        {
            rate += 100;
        }

        return rate;
    }
}
