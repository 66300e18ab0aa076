using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// One group of an agency-year's applications as the database counts them: of one applicant type, and
/// (for those decided in the year) one outcome, how many were 新收, 上年结转, decided and 结转下年度.
/// </summary>
public sealed record ApplicationTally(ApplicantType Type, DisclosureOutcome? Outcome, int NewReceived, int CarriedOver, int Decided, int CarriedForward);

/// <summary>One cell of table 四 as the database counts it.</summary>
public sealed record AppealTally(AppealKind Kind, AppealResult Result, int Count);

/// <summary>
/// Tables 三 and 四 from the platform's records (issue 12): each application counts once in 一 or 二 and once in
/// 三 or 四, so C1 holds; every leaf, column and group total is summed here, so C2, C3 and C5 hold; C4 because a
/// decision is exactly one outcome.
/// </summary>
public static class RecordedFigures
{
    /// <summary>The table 三 row of an outcome in this format (the 2019 format has one 其他处理 row).</summary>
    public static string RowKey(DisclosureOutcome outcome, ReportTemplate template) => outcome switch
    {
        DisclosureOutcome.Granted => "granted",
        DisclosureOutcome.PartiallyGranted => "partially_granted",
        DisclosureOutcome.WithheldStateSecret => "withheld_state_secret",
        DisclosureOutcome.WithheldProhibitedByLaw => "withheld_prohibited_by_law",
        DisclosureOutcome.WithheldThreeSafety => "withheld_three_safety",
        DisclosureOutcome.WithheldThirdParty => "withheld_third_party",
        DisclosureOutcome.WithheldInternalAffairs => "withheld_internal_affairs",
        DisclosureOutcome.WithheldProcessInfo => "withheld_process_info",
        DisclosureOutcome.WithheldEnforcementFiles => "withheld_enforcement_files",
        DisclosureOutcome.WithheldQueryMatters => "withheld_query_matters",
        DisclosureOutcome.UnableNotHeld => "unable_not_held",
        DisclosureOutcome.UnableNeedsCreation => "unable_needs_creation",
        DisclosureOutcome.UnableUnclearAfterCorrection => "unable_unclear_after_correction",
        DisclosureOutcome.NotProcessedPetition => "not_processed_petition",
        DisclosureOutcome.NotProcessedRepeated => "not_processed_repeated",
        DisclosureOutcome.NotProcessedPublication => "not_processed_publication",
        DisclosureOutcome.NotProcessedMassRepeated => "not_processed_mass_repeated",
        DisclosureOutcome.NotProcessedReconfirmation => "not_processed_reconfirmation",
        _ when template.Id == "2019" => "other",
        DisclosureOutcome.OtherNoCorrection => "other_no_correction",
        DisclosureOutcome.OtherNoFee => "other_no_fee",
        _ => "other_other",
    };

    public static string GroupKey(AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => "reconsideration",
        AppealKind.DirectLitigation => "litigation_direct",
        _ => "litigation_after_reconsideration",
    };

    /// <summary>The table 三 and 四 cells of <paramref name="figures"/>, every one set (zeros included); the other tables are left alone.</summary>
    public static void Fill(ReportFigures figures, IEnumerable<ApplicationTally> applications, IEnumerable<AppealTally> appeals)
    {
        var template = figures.Template;
        var rows = template.ApplicationRows.ToDictionary(r => r.Key, _ => new decimal[TemplateLabels.ApplicantColumns.Count]);
        foreach (var tally in applications)
        {
            var column = (int)tally.Type;
            rows["new_received"][column] += tally.NewReceived;
            rows["carried_over"][column] += tally.CarriedOver;
            rows["carried_forward"][column] += tally.CarriedForward;
            if (tally.Decided > 0)
            {
                var outcome = tally.Outcome ?? throw new ArgumentException("a decided tally needs its outcome", nameof(applications));
                rows[RowKey(outcome, template)][column] += tally.Decided;
                rows["total"][column] += tally.Decided;
            }
        }

        foreach (var (key, values) in rows)
        {
            values[TemplateLabels.ApplicantTotalColumn] = values[..TemplateLabels.ApplicantTotalColumn].Sum();
            figures.SetApplicationRow(key, [.. values.Select(v => (decimal?)v)]);
        }

        var groups = template.AppealGroups.ToDictionary(g => g.Key, _ => new decimal[TemplateLabels.AppealColumns.Count]);
        foreach (var tally in appeals)
        {
            groups[GroupKey(tally.Kind)][(int)tally.Result] += tally.Count;
        }

        foreach (var (key, values) in groups)
        {
            values[TemplateLabels.AppealTotalColumn] = values[..TemplateLabels.AppealTotalColumn].Sum();
            figures.SetAppealGroup(key, [.. values.Select(v => (decimal?)v)]);
        }
    }
}
