using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications.Letters;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.DisclosureApplications.Supervision;

/// <summary>
/// 督办 by e-mail: each notice addressed to a handler who has an e-mail address is sent to them once, through the
/// platform's SMTP settings (<see cref="LetterMail"/>), while its step is still the application's present step and
/// nobody has read it. A notice is claimed (its sending recorded) before it is sent, so two sweeps at once never send
/// it twice; a sending that fails is released with its reason and tried again by the next sweep.
/// </summary>
public sealed class SupervisionMail(GongkaiDbContext db, LetterMail mail, ApplicationClocks clocks)
{
    /// <summary>At most this many per sweep: the rest wait for the next one.</summary>
    public const int Batch = 200;

    /// <summary>Sends the notices not yet e-mailed; returns how many were sent.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancel = default)
    {
        if (!mail.Configured)
        {
            return 0;
        }

        var pending = await (
            from n in db.Set<SupervisionNotice>().AsNoTracking()
            join a in db.Set<DisclosureApplication>() on n.ApplicationId equals a.Id
            join u in db.Users on n.Recipient equals u.UserName
            where n.Recipient != null && n.EmailedAt == null && n.ReadAt == null && a.State == n.State && a.StepDueOn == n.StepDueOn
                && u.Email != null && u.Email != "" && u.DisabledAt == null
            orderby n.Id
            select new { n.Id, n.Message, n.Level, a.TrackingNumber, u.Email, u.DisplayName }).Take(Batch).ToListAsync(cancel);
        var sent = 0;
        foreach (var p in pending)
        {
            var claimed = await db.Set<SupervisionNotice>().Where(n => n.Id == p.Id && n.EmailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, clocks.Now).SetProperty(n => n.EmailedTo, p.Email).SetProperty(n => n.EmailError, (string?)null), cancel);
            if (claimed == 0)
            {
                continue;
            }

            var subject = $"{(p.Level == DueStatus.Overdue ? "督办（已逾期）" : "督办（即将到期）")}：政府信息公开申请 {p.TrackingNumber}";
            var text = $"{p.DisplayName}：\n\n{p.Message}。\n\n请登录政府信息公开工作平台，在“申请办理”中打开申请 {p.TrackingNumber} 办理。\n\n（本邮件由平台自动发送，请勿回复。）";
            try
            {
                await mail.SendAsync(p.Email!, subject, text, [], cancel);
                sent++;
            }
            catch (Exception ex) when (ex is GongkaiException or MimeKit.ParseException)
            {
                var reason = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
                await db.Set<SupervisionNotice>().Where(n => n.Id == p.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, (DateTimeOffset?)null).SetProperty(n => n.EmailedTo, (string?)null).SetProperty(n => n.EmailError, reason), cancel);
            }
        }

        return sent;
    }
}
