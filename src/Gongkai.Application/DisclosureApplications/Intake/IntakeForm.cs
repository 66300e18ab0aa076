using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;

namespace Gongkai.Application.DisclosureApplications.Intake;

/// <summary>
/// An application as a form or the API sends it: every field a string, so that a wrong value is reported at
/// its field in Chinese rather than lost in a model binder. Staff registration adds the channel and its dates.
/// </summary>
public sealed record IntakeForm
{
    public string? ApplicantType { get; init; }
    public string? Name { get; init; }
    public string? IdDocumentType { get; init; }
    public string? IdNumber { get; init; }
    public string? ContactPerson { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }
    public string? Description { get; init; }
    public string? DocumentNumber { get; init; }
    public string? Form { get; init; }
    public string? Way { get; init; }

    /// <summary>Staff registration only: 当面 InPerson, 邮寄 Post, 平常信函 OrdinaryLetter, 传真 Fax, Internet, Email, OtherOnline.</summary>
    public string? Channel { get; init; }
    public string? SubmittedOn { get; init; }
    public string? SentOn { get; init; }
    public string? SignedForOn { get; init; }
    public string? ArrivedOn { get; init; }
    public string? ConfirmedOn { get; init; }

    /// <summary>The applicant and request, with every field's problem (path and Chinese message).</summary>
    public (ApplicantDetails Applicant, InformationRequest Request, List<JsonProblem> Problems) Parse()
    {
        var problems = new List<JsonProblem>();
        var applicant = new ApplicantDetails
        {
            Type = Choice<ApplicantType>(ApplicantType, "applicantType", "申请人类型", ApplicantDetails.TypeName, problems),
            Name = Trim(Name),
            IdDocumentType = Trim(IdDocumentType),
            IdNumber = Trim(IdNumber),
            ContactPerson = Optional(ContactPerson),
            Phone = Optional(Phone),
            Email = Optional(Email),
            Address = Optional(Address),
        };
        var request = new InformationRequest
        {
            Description = Trim(Description),
            DocumentNumber = Optional(DocumentNumber),
            Form = Choice<DeliveryForm>(Form, "form", "信息的提供形式", InformationRequest.FormName, problems),
            Way = Choice<DeliveryWay>(Way, "way", "获取方式", InformationRequest.WayName, problems),
        };
        problems.AddRange(ApplicationIntakeRules.Check(applicant, request).Where(p => !problems.Any(q => q.Path == p.Path)));
        return (applicant, request, problems);
    }

    /// <summary>How a registered application arrived (条例第三十一条); every date YYYY-MM-DD.</summary>
    public ReceiptEvidence? ParseEvidence(List<JsonProblem> problems)
    {
        var channel = Choice<ReceiptChannel>(Channel, "channel", "收件渠道", ReceiptDate.ChannelName, problems);
        if (problems.Any(p => p.Path == "$.channel"))
        {
            return null;
        }

        return new ReceiptEvidence(channel)
        {
            SubmittedOn = Date(SubmittedOn, "submittedOn", problems),
            SentOn = Date(SentOn, "sentOn", problems),
            SignedForOn = Date(SignedForOn, "signedForOn", problems),
            ArrivedOn = Date(ArrivedOn, "arrivedOn", problems),
            ConfirmedOn = Date(ConfirmedOn, "confirmedOn", problems),
        };
    }

    private static string Trim(string? text) => text?.Trim() ?? "";

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>An enum by its name or its Chinese name; a wrong or missing one is a problem at its path.</summary>
    private static T Choice<T>(string? text, string path, string what, Func<T, string> chinese, List<JsonProblem> problems)
        where T : struct, Enum
    {
        var value = text?.Trim() ?? "";
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), value, StringComparison.OrdinalIgnoreCase) || chinese(candidate) == value)
            {
                return candidate;
            }
        }

        var allowed = string.Join("、", Enum.GetValues<T>().Select(chinese));
        problems.Add(new JsonProblem("$." + path, value.Length == 0 ? $"请选择{what}（{allowed}）" : $"{what}“{Excerpt(value)}”无效，应为 {allowed} 之一"));
        return (T)(object)(-1);
    }

    private static DateOnly? Date(string? text, string path, List<JsonProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ChineseDateText.TryParseIso(text.Trim(), out var date))
        {
            return date;
        }

        problems.Add(new JsonProblem("$." + path, $"日期“{Excerpt(text)}”无效，应为 YYYY-MM-DD 格式，如 2024-09-27"));
        return null;
    }

    private static string Excerpt(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
