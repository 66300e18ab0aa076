using System.Globalization;

namespace Gongkai.Domain.DisclosureApplications;

/// <summary>信息处理费的计收方式 (国办函〔2020〕109号): one per application, never both.</summary>
public enum FeeMethod
{
    /// <summary>按件计收: by the applicant's count of applications in the calendar month.</summary>
    PerApplication,

    /// <summary>按量计收: by the pages of one application.</summary>
    PerPage,
}

/// <summary>A fee input that cannot be assessed (a count below 1, an absurd quantity); the message is in Chinese.</summary>
public sealed class InformationFeeException(string message) : Exception(message);

/// <summary>
/// The fee bands of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), 超额累进: each unit
/// is charged at the rate of the band it falls in.
/// <list type="bullet">
/// <item>按件计收, by the applicant's running count in one calendar month (自然月): 1–10 free, 11–30 at 100元,
/// then bands of 10 each 100元 dearer: 31–40 at 200元, 41–50 at 300元, …</item>
/// <item>按量计收, by the pages of one application: 1–30 free, 31–100 at 10元, 101–200 at 20元, from 201 at 40元.</item>
/// </list>
/// </summary>
public static class InformationProcessingFee
{
    /// <summary>Beyond this many applications in a month or pages in one application the input is taken for a mistake.</summary>
    public const int MaxUnits = 100_000;

    /// <summary>
    /// The fee for <paramref name="count"/> applications of one applicant starting with the
    /// <paramref name="positionInMonth"/>-th of the calendar month (usually one application: count 1).
    /// </summary>
    public static FeeAssessment PerApplication(int positionInMonth, int count = 1)
    {
        if (positionInMonth < 1 || count < 1 || (long)positionInMonth + count - 1 > MaxUnits)
        {
            throw new InformationFeeException($"按件计收应为本月第 1 至 {MaxUnits} 件申请中的 1 件或多件，实际为第 {positionInMonth} 件起 {count} 件");
        }

        return Assess(FeeMethod.PerApplication, positionInMonth, positionInMonth + count - 1);
    }

    /// <summary>The fee for one application of <paramref name="pages"/> pages.</summary>
    public static FeeAssessment PerPage(int pages)
    {
        if (pages is < 1 or > MaxUnits)
        {
            throw new InformationFeeException($"按量计收的页数应为 1 至 {MaxUnits}，实际为 {pages}");
        }

        return Assess(FeeMethod.PerPage, 1, pages);
    }

    /// <summary>
    /// Where an application stands in its applicant's calendar month: 1 + the applicant's applications
    /// received earlier in the same month. Every earlier receipt must not be after <paramref name="receipt"/>.
    /// </summary>
    public static int PositionInMonth(IEnumerable<DateOnly> earlierReceipts, DateOnly receipt)
    {
        var position = 1;
        foreach (var earlier in earlierReceipts)
        {
            if (earlier > receipt)
            {
                throw new InformationFeeException($"较早的申请收到日期 {Iso(earlier)} 晚于本申请收到日期 {Iso(receipt)}");
            }

            position += earlier.Year == receipt.Year && earlier.Month == receipt.Month ? 1 : 0;
        }

        return position;
    }

    /// <summary>The rate of the <paramref name="unit"/>-th application of the month or page of an application.</summary>
    public static decimal RateOf(FeeMethod method, int unit) => method == FeeMethod.PerPage
        ? unit switch { <= 30 => 0m, <= 100 => 10m, <= 200 => 20m, _ => 40m }
        : unit switch { <= 10 => 0m, <= 30 => 100m, _ => 200m + (100m * ((unit - 31) / 10)) };

    /// <summary>The band (first and last unit, null when open-ended) that <paramref name="unit"/> falls in.</summary>
    public static (int From, int? To) BandOf(FeeMethod method, int unit) => method == FeeMethod.PerPage
        ? unit switch { <= 30 => (1, 30), <= 100 => (31, 100), <= 200 => (101, 200), _ => (201, null) }
        : unit switch { <= 10 => (1, 10), <= 30 => (11, 30), _ => (31 + ((unit - 31) / 10 * 10), 40 + ((unit - 31) / 10 * 10)) };

    private static FeeAssessment Assess(FeeMethod method, int first, int last)
    {
        var bands = new List<FeeBandCharge>();
        for (var unit = first; unit <= last;)
        {
            var (from, to) = BandOf(method, unit);
            var end = Math.Min(last, to ?? last);
            bands.Add(new FeeBandCharge(method, from, to, unit, end, RateOf(method, unit)));
            unit = end + 1;
        }

        return new FeeAssessment(method, first, last, bands);
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
