namespace Gongkai.Domain.Calendar;

/// <summary>Why the answer clock stopped (条例第三十三条第三款; 国办函〔2020〕109号 for the fee).</summary>
public enum ClockPauseKind
{
    /// <summary>征求第三方意见 (Art. 32).</summary>
    ThirdPartyConsultation,

    /// <summary>征求其他机关意见 (Art. 34, information made jointly with other agencies).</summary>
    AgencyConsultation,

    /// <summary>收费通知至缴费: from the fee notice to the payment (109号).</summary>
    FeeNotice,
}

/// <summary>
/// A stop of the answer clock: the letter (or the fee notice) sent on <paramref name="From"/>, the answer (or the
/// payment) received on <paramref name="To"/>. It removes the working days after From up to and including To.
/// </summary>
public sealed record ClockPause(DateOnly From, DateOnly To, ClockPauseKind Kind = ClockPauseKind.ThirdPartyConsultation)
{
    public string Label => Kind switch
    {
        ClockPauseKind.ThirdPartyConsultation => "征求第三方意见",
        ClockPauseKind.AgencyConsultation => "征求其他机关意见",
        _ => "收费通知至缴费",
    };

    public string Basis => Kind switch
    {
        ClockPauseKind.ThirdPartyConsultation => "条例第三十二条、第三十三条第三款",
        ClockPauseKind.AgencyConsultation => "条例第三十四条、第三十三条第三款",
        _ => "《政府信息公开信息处理费管理办法》，国办函〔2020〕109号",
    };

    public string Period => $"{ChineseDateText.Iso(From)} 至 {ChineseDateText.Iso(To)}";
}

/// <summary>What a pause did to the answer period.</summary>
public enum PauseOutcome
{
    /// <summary>Some or all of its working days were removed from the answer period.</summary>
    Deducted,

    /// <summary>It ended before the answer period started (e.g. before the corrected application came in).</summary>
    BeforeStart,

    /// <summary>All its working days were already removed by an earlier pause: the clock stops once.</summary>
    Overlapped,

    /// <summary>It began on or after the day the period ran out: it cannot bring a lapsed period back.</summary>
    AfterDue,
}

/// <param name="WorkingDays">Working days after From through To.</param>
/// <param name="Deducted">Of those, the ones removed from the answer period.</param>
/// <param name="BeforeStart">Of those, the ones before the answer period started.</param>
public sealed record PauseEffect(ClockPause Pause, PauseOutcome Outcome, int WorkingDays, int Deducted, int BeforeStart)
{
    /// <summary>Of the pause's working days, those already removed by an earlier pause.</summary>
    public int Overlapping => Outcome == PauseOutcome.AfterDue ? 0 : WorkingDays - Deducted - BeforeStart;
}
