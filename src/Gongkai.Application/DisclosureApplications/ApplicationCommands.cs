using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.DisclosureApplications;

/// <summary>What a step may carry; each action reads the fields it needs and refuses when one is missing.</summary>
public sealed record ActionInput
{
    /// <summary>The date the step counts from (the letter sent, the answer received); today when not given.</summary>
    public DateOnly? On { get; init; }

    /// <summary>The reason, what to correct, the matter consulted on, the opinion received.</summary>
    public string? Note { get; init; }

    /// <summary>转办: the handler's user name.</summary>
    public string? Handler { get; init; }

    /// <summary>征求意见: the third party or agency consulted.</summary>
    public string? Party { get; init; }

    /// <summary>补正: the correction period in working days.</summary>
    public int? PeriodDays { get; init; }

    public FeeMethod? FeeMethod { get; init; }

    /// <summary>按量计收: the pages.</summary>
    public int? Pages { get; init; }
    public decimal? Amount { get; init; }

    public DisclosureOutcome? Outcome { get; init; }
    public string? Basis { get; init; }
    public string? Reply { get; init; }
}

/// <summary>
/// The workflow's steps on one application: access (404, 403), the revision (409 when stale), the aggregate's
/// method (409 not allowed now, 422 bad input), one transaction with the event and its audit entry.
/// </summary>
public sealed class ApplicationCommands(GongkaiDbContext db, ApplicationQueries queries, ApplicationClocks clocks, AgencyDirectory agencies, AuditLog audit)
{
    public async Task<DisclosureApplication> ActAsync(StaffContext staff, int id, int revision, ApplicationAction action, ActionInput input, CancellationToken cancel = default)
    {
        var application = await queries.LoadAsync(staff, id, cancel);
        ApplicationAccess.Require(staff, application, action);
        if (application.Revision != revision)
        {
            throw GongkaiException.Conflict($"申请已被 {application.UpdatedBy} 于 {Domain.Calendar.ShanghaiTime.Format(application.UpdatedAt)} 办理，页面内容已过时。请刷新后再操作。");
        }

        var context = await clocks.ContextAsync(staff.UserName, application.AgencyId, input.On, cancel);
        var handler = action == ApplicationAction.Assign ? await HandlerAsync(application, input.Handler, cancel) : default;
        var fee = action == ApplicationAction.NoticeFee ? await FeeAsync(application, input, cancel) : null;
        ApplicationClocks.Refusing(() =>
        {
            switch (action)
            {
                case ApplicationAction.Sign: application.Sign(context); break;
                case ApplicationAction.Accept: application.Accept(context); break;
                case ApplicationAction.RequestCorrection: application.RequestCorrection(context, input.Note ?? "", input.PeriodDays ?? 15); break;
                case ApplicationAction.ReceiveCorrection: application.ReceiveCorrection(context); break;
                case ApplicationAction.AbandonUncorrected: application.AbandonUncorrected(context); break;
                case ApplicationAction.Assign: application.Assign(context, handler.User, handler.AgencyId, handler.AgencyName); break;
                case ApplicationAction.SendBack: application.SendBack(context, input.Note ?? ""); break;
                case ApplicationAction.ConsultThirdParty: application.ConsultThirdParty(context, input.Party ?? "", input.Note ?? ""); break;
                case ApplicationAction.ConsultAgency: application.ConsultAgency(context, input.Party ?? "", input.Note ?? ""); break;
                case ApplicationAction.ReceiveOpinions: application.ReceiveOpinions(context, input.Note ?? ""); break;
                case ApplicationAction.Extend: application.Extend(context, input.Note ?? ""); break;
                case ApplicationAction.NoticeFee: application.NoticeFee(context, fee!, input.Amount ?? -1); break;
                case ApplicationAction.ConfirmPayment: application.ConfirmPayment(context); break;
                case ApplicationAction.AbandonUnpaid: application.AbandonUnpaid(context); break;
                case ApplicationAction.SubmitDraft: application.SubmitDraft(context, input.Outcome ?? throw GongkaiException.Invalid("请选择拟办结果（表三的一行）"), input.Basis, input.Reply ?? ""); break;
                case ApplicationAction.ApproveDraft: application.ApproveDraft(context); break;
                case ApplicationAction.RejectDraft: application.RejectDraft(context, input.Note ?? ""); break;
                case ApplicationAction.Decide: application.Decide(context); break;
                default: application.Close(context); break;
            }
        });
        var last = application.Events[^1];
        audit.Record(staff.UserName, $"application.{ApplicationWorkflow.Slug(action)}", $"application:{application.Id}",
            $"{application.TrackingNumber} {last.ActionName}：{last.Summary}");
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw GongkaiException.Conflict("申请刚被他人办理，您的操作未保存。请刷新后再操作。");
        }

        return application;
    }

    /// <summary>The handler: an 公开办工作人员 of the receiving agency or of a department beneath it.</summary>
    private async Task<(string User, int AgencyId, string AgencyName)> HandlerAsync(DisclosureApplication application, string? user, CancellationToken cancel)
    {
        var candidates = await queries.HandlersAsync(application.AgencyId, cancel);
        var chosen = candidates.FirstOrDefault(c => c.UserName == user?.Trim())
            ?? throw GongkaiException.Invalid(string.IsNullOrWhiteSpace(user)
                ? "请选择承办人"
                : $"“{user}”不是本机关或下属机关的公开办工作人员，不能转办给他");
        var agency = await agencies.FindAsync(chosen.AgencyId, cancel);
        return (chosen.UserName, chosen.AgencyId, agency!.Name);
    }

    /// <summary>
    /// The fee the bands give: 按量计收 by the pages, 按件计收 by the application's place among the applicant's
    /// applications received by this agency in the same calendar month (109号).
    /// </summary>
    private async Task<FeeAssessment> FeeAsync(DisclosureApplication application, ActionInput input, CancellationToken cancel)
    {
        if (input.FeeMethod == FeeMethod.PerPage)
        {
            return ApplicationClocks.Refusing(() => InformationProcessingFee.PerPage(input.Pages ?? 0));
        }

        if (input.FeeMethod != FeeMethod.PerApplication)
        {
            throw GongkaiException.Invalid("请选择计收方式：按件计收或按量计收（国办函〔2020〕109号）");
        }

        var month = new DateOnly(application.ReceivedOn.Year, application.ReceivedOn.Month, 1);
        var earlier = await db.Set<DisclosureApplication>()
            .Where(a => a.AgencyId == application.AgencyId && a.ApplicantKey == application.ApplicantKey && a.ReceivedOn >= month && a.Id != application.Id
                && (a.ReceivedOn < application.ReceivedOn || (a.ReceivedOn == application.ReceivedOn && a.Id < application.Id)))
            .Select(a => a.ReceivedOn).ToListAsync(cancel);
        var position = InformationProcessingFee.PositionInMonth(earlier, application.ReceivedOn);
        return InformationProcessingFee.PerApplication(position);
    }
}
