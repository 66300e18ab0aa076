using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Data;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.DisclosureApplications;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.DisclosureApplications.Intake;

/// <summary>What the applicant is given: the tracking number and the query code (shown once), the receipt and deadline.</summary>
public sealed record IntakeReceipt(int Id, string TrackingNumber, string QueryCode, string Agency, DateOnly ReceivedOn, DateOnly? DueOn, bool Replayed);

/// <summary>
/// Receiving applications: the public form and API (no account) and staff registration of those received in
/// person, by post, fax, e-mail or another channel. One idempotency key per submission: the same key with the
/// same content gives back the first receipt (a double click, a retry after a timeout), with other content it is
/// refused; concurrent duplicates are settled by the database's unique index. All or nothing.
/// </summary>
public sealed class ApplicationIntake(GongkaiDbContext db, AgencyDirectory agencies, ApplicationClocks clocks, AuditLog audit)
{
    public const int MinKeyLength = 16;
    public const int MaxKeyLength = 100;
    private const string TrackingAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>网上申请: received (Art. 31(三)) the day it is submitted, the receipt confirming it at once.</summary>
    public Task<IntakeReceipt> SubmitAsync(int agencyId, IntakeForm form, IReadOnlyList<IntakeAttachment> attachments, string? idempotencyKey, CancellationToken cancel = default) =>
        ReceiveAsync(null, agencyId, form, attachments, idempotencyKey, cancel);

    /// <summary>登记: an application that reached the office by another channel, with that channel's dates.</summary>
    public Task<IntakeReceipt> RegisterAsync(StaffContext staff, int agencyId, IntakeForm form, IReadOnlyList<IntakeAttachment> attachments, string? idempotencyKey, CancellationToken cancel = default)
    {
        if (staff.AgencyId != agencyId || !staff.IsEditor)
        {
            throw GongkaiException.Forbidden("只有本机关的公开办工作人员可以登记申请");
        }

        return ReceiveAsync(staff, agencyId, form, attachments, idempotencyKey, cancel);
    }

    private async Task<IntakeReceipt> ReceiveAsync(StaffContext? staff, int agencyId, IntakeForm form, IReadOnlyList<IntakeAttachment> attachments, string? key, CancellationToken cancel)
    {
        key = key?.Trim();
        if (key is null || key.Length is < MinKeyLength or > MaxKeyLength || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw GongkaiException.Invalid($"缺少或无效的幂等键（Idempotency-Key）：应为 {MinKeyLength} 至 {MaxKeyLength} 位字母、数字、- 或 _，每次提交一个，重试时沿用",
                [new JsonProblem("$.idempotencyKey", "请刷新页面后重新提交")]);
        }

        var keyHash = QueryCodes.Hash(key);
        var requestHash = RequestHash(agencyId, form, attachments, staff is null);
        if (await ReplayAsync(keyHash, requestHash, key, cancel) is { } earlier)
        {
            return earlier;
        }

        var agency = await agencies.FindAsync(agencyId, cancel) ?? throw GongkaiException.NotFound("受理机关");
        var (applicant, request, problems) = form.Parse();
        var context = await clocks.ContextAsync(staff?.UserName ?? "申请人（网上提交）", agencyId, null, cancel);
        var evidence = staff is null
            ? new ReceiptEvidence(ReceiptChannel.Internet) { ArrivedOn = context.Today, ConfirmedOn = context.Today }
            : form.ParseEvidence(problems);
        problems.AddRange(AttachmentRules.Check(attachments));
        if (problems.Count > 0)
        {
            throw GongkaiException.Invalid($"申请有 {problems.Count} 处需要补充或更正，未提交：{problems[0].Message}", problems);
        }

        for (var attempt = 0; ; attempt++)
        {
            var application = ApplicationClocks.Refusing(() => DisclosureApplication.Receive(
                agencyId, NewTrackingNumber(context.Today), applicant, request, evidence!, staff is not null, context));
            var salt = QueryCodes.NewSalt();
            var code = QueryCodes.Derive(salt, key);
            application.SetIntakeKeys(keyHash, requestHash, salt, QueryCodes.Hash(code));
            db.Add(application);
            var stored = attachments.Select(AttachmentRules.Store).ToList();
            if (staff is not null)
            {
                audit.Record(staff.UserName, "application.registered", $"agency:{agencyId}", $"登记依申请公开申请 {application.TrackingNumber}（{ReceiptDate.ChannelName(evidence!.Channel)}）");
            }

            try
            {
                await SaveAsync(application, stored, cancel);
            }
            catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
            {
                db.ChangeTracker.Clear();
                // Another request with the same key won the race: answer as it was answered.
                if (await ReplayAsync(keyHash, requestHash, key, cancel) is { } raced)
                {
                    return raced;
                }

                if (attempt < 3)
                {
                    continue; // the random tracking number was taken
                }

                throw;
            }

            return new IntakeReceipt(application.Id, application.TrackingNumber, code, agency.Name, application.ReceivedOn, application.DueOn, Replayed: false);
        }
    }

    /// <summary>The application and its attachments in one transaction (one statement batch when there are none).</summary>
    private async Task SaveAsync(DisclosureApplication application, List<ApplicationAttachment> attachments, CancellationToken cancel)
    {
        if (attachments.Count == 0)
        {
            await db.SaveChangesAsync(cancel);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        try
        {
            await db.SaveChangesAsync(cancel);
            attachments.ForEach(a => a.ApplicationId = application.Id);
            db.AddRange(attachments);
            await db.SaveChangesAsync(cancel);
            await transaction.CommitAsync(cancel);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task<IntakeReceipt?> ReplayAsync(string keyHash, string requestHash, string key, CancellationToken cancel)
    {
        var earlier = await db.Set<DisclosureApplication>().AsNoTracking()
            .Where(a => a.IdempotencyKeyHash == keyHash)
            .Select(a => new { a.Id, a.AgencyId, a.TrackingNumber, a.RequestHash, a.QueryCodeSalt, a.ReceivedOn, a.DueOn })
            .FirstOrDefaultAsync(cancel);
        if (earlier is null)
        {
            return null;
        }

        if (earlier.RequestHash != requestHash)
        {
            throw GongkaiException.Invalid("该幂等键已用于内容不同的另一次提交，本次提交被拒绝；如需提交新的申请，请刷新页面后重新填写",
                [new JsonProblem("$.idempotencyKey", "同一幂等键的内容不一致")]);
        }

        var agency = await agencies.FindAsync(earlier.AgencyId, cancel);
        return new IntakeReceipt(earlier.Id, earlier.TrackingNumber, QueryCodes.Derive(earlier.QueryCodeSalt, key), agency?.Name ?? "", earlier.ReceivedOn, earlier.DueOn, Replayed: true);
    }

    /// <summary>GK + the day + 6 random characters: unique by index, not a secret, not a sequence.</summary>
    private static string NewTrackingNumber(DateOnly today) =>
        "GK" + today.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-" +
        new string(Enumerable.Range(0, 6).Select(_ => TrackingAlphabet[RandomNumberGenerator.GetInt32(TrackingAlphabet.Length)]).ToArray());

    /// <summary>The submission's content as a stable hash: the same form sent twice hashes alike whatever the transport.</summary>
    private static string RequestHash(int agencyId, IntakeForm form, IReadOnlyList<IntakeAttachment> attachments, bool online)
    {
        var canonical = JsonSerializer.Serialize(new
        {
            agencyId,
            online,
            form = form with { },
            attachments = attachments.Select(a => new { a.FileName, sha = Convert.ToHexStringLower(SHA256.HashData(a.Content)) }),
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
