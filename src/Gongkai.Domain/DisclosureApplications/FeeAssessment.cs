using System.Globalization;

namespace Gongkai.Domain.DisclosureApplications;

/// <summary>
/// One band's share of a fee: units <paramref name="First"/>–<paramref name="Last"/> of band
/// <paramref name="BandFrom"/>–<paramref name="BandTo"/> (null: open-ended) at <paramref name="Rate"/> 元 each.
/// </summary>
public sealed record FeeBandCharge(FeeMethod Method, int BandFrom, int? BandTo, int First, int Last, decimal Rate)
{
    public int Units => Last - First + 1;

    public decimal Amount => Units * Rate;

    /// <summary>The line of the fee notice (收费通知), e.g. “第 31–100 页：70 页 × 10 元/页 = 700 元”.</summary>
    public string Text
    {
        get
        {
            var unit = Method == FeeMethod.PerPage ? "页" : "件";
            var prefix = Method == FeeMethod.PerPage ? "第" : "本月第";
            var range = First == Last ? $"{prefix} {First} {unit}" : $"{prefix} {First}–{Last} {unit}";
            var band = Method == FeeMethod.PerApplication && (First != BandFrom || Last != BandTo)
                ? $"（{BandFrom}{(BandTo is { } to ? $"–{to}" : " 以上")} {unit}档）"
                : "";
            return Rate == 0
                ? $"{range}{band}：{Units} {unit}，免费"
                : $"{range}{band}：{Units} {unit} × {Money(Rate)} 元/{unit} = {Money(Amount)} 元";
        }
    }

    internal static string Money(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>A fee with its band breakdown, as the fee notice states it.</summary>
public sealed record FeeAssessment(FeeMethod Method, int FirstUnit, int LastUnit, IReadOnlyList<FeeBandCharge> Bands)
{
    public decimal Amount => Bands.Sum(b => b.Amount);

    public string MethodName => Method == FeeMethod.PerPage ? "按量计收" : "按件计收";

    /// <summary>“按量计收 150 页：1700 元（第 1–30 页：30 页，免费；…）”.</summary>
    public string Summary
    {
        get
        {
            var what = Method == FeeMethod.PerPage
                ? $"{LastUnit} 页"
                : FirstUnit == LastUnit ? $"本月第 {FirstUnit} 件申请" : $"本月第 {FirstUnit}–{LastUnit} 件申请";
            return $"{MethodName}，{what}：{FeeBandCharge.Money(Amount)} 元（{string.Join("；", Bands.Select(b => b.Text))}）";
        }
    }

    /// <summary>Whether <paramref name="amount"/> is what the bands give; the message says what was expected.</summary>
    public FeeCheck Check(decimal amount)
    {
        if (amount < 0)
        {
            return new FeeCheck(false, this, $"收费金额不能为负数（{FeeBandCharge.Money(amount)} 元）；按收费标准应为{Summary}");
        }

        return amount == Amount
            ? new FeeCheck(true, this, $"收费金额 {FeeBandCharge.Money(amount)} 元与收费标准相符：{Summary}")
            : new FeeCheck(false, this, $"收费金额 {amount.ToString(CultureInfo.InvariantCulture)} 元与收费标准不符，应为{Summary}（国办函〔2020〕109号）");
    }
}

/// <summary>The result of checking an amount against the bands.</summary>
public sealed record FeeCheck(bool Matches, FeeAssessment Expected, string Message);
