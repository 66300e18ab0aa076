using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Web.DisclosureApplications;

/// <summary>The application's fields (条例第二十九条) as the public form and staff registration both draw them, with each field's problem.</summary>
public sealed record IntakeFields(IntakeForm Form, IReadOnlyDictionary<string, string> Errors, bool Staff)
{
    public string? Error(string field) => Errors.GetValueOrDefault(field);

    /// <summary>aria-describedby for a field whose problem is shown.</summary>
    public string? Described(string field) => Errors.ContainsKey(field) ? $"err-{field}" : null;

    public static IReadOnlyList<(string Value, string Label)> ApplicantTypes { get; } =
        Enum.GetValues<ApplicantType>().Select(t => (t.ToString(), ApplicantDetails.TypeCaption(t))).ToList();

    public static IReadOnlyList<(string Value, string Label)> Forms { get; } =
        Enum.GetValues<DeliveryForm>().Select(f => (f.ToString(), InformationRequest.FormName(f))).ToList();

    public static IReadOnlyList<(string Value, string Label)> Ways { get; } =
        Enum.GetValues<DeliveryWay>().Select(w => (w.ToString(), InformationRequest.WayName(w))).ToList();

    /// <summary>Staff registration's channels, the online form excepted (it registers itself).</summary>
    public static IReadOnlyList<(string Value, string Label)> Channels { get; } =
        Enum.GetValues<ReceiptChannel>().Where(c => c != ReceiptChannel.Internet).Select(c => (c.ToString(), ReceiptDate.ChannelName(c))).ToList();
}
