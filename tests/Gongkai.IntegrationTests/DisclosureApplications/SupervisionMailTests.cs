using Gongkai.Application.Accounts;
using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications;
using Gongkai.Application.DisclosureApplications.Supervision;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>
/// 督办 by e-mail through a real SMTP listener on 127.0.0.1: the sweep e-mails each handler who has an address the
/// notice of their step (due soon, then overdue), records the sending on the notice, and never sends a notice
/// twice however often it runs; handlers without an address and the office's own notices get none.
/// </summary>
public sealed class SupervisionMailTests : IDisposable
{
    private readonly SmtpCapture _smtp = new();
    private readonly GongkaiFactory _factory;

    public SupervisionMailTests() => _factory = new GongkaiFactory(settings: _smtp.Settings());

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }

    [Fact]
    public async Task EachNoticeIsEmailedToItsHandlerOnceAndTheSendingIsRecorded()
    {
        var random = new Random(41);
        var office = await Demo.DepartmentIdAsync(_factory);
        var email = $"chengban{random.Next(1000, 9999)}@genhe.example.gov.cn";
        await TestStaff.UserAsync(_factory, "youxiang", office, "Editor");
        await TestStaff.UserAsync(_factory, "wuxiang", office, "Editor");
        await SetEmailAsync("youxiang", email);
        var officeStaff = ApplicationFixtures.Staff("editor", office, "Editor");
        var unassigned = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(random));
        var ids = new List<int> { unassigned.Id };
        var tracking = new Dictionary<string, string>();
        foreach (var handler in new[] { "youxiang", "wuxiang" })
        {
            var receipt = await ApplicationFixtures.SubmitAsync(_factory, office, ApplicationFixtures.Form(random));
            await ApplicationFixtures.ActAsync(_factory, officeStaff, receipt.Id, ApplicationAction.Sign);
            await ApplicationFixtures.ActAsync(_factory, officeStaff, receipt.Id, ApplicationAction.Accept);
            await ApplicationFixtures.ActAsync(_factory, officeStaff, receipt.Id, ApplicationAction.Assign, new ActionInput { Handler = handler });
            ids.Add(receipt.Id);
            tracking[handler] = receipt.TrackingNumber;
        }

        await SweepAsync();
        Assert.Empty(_smtp.Messages);

        ApplicationFixtures.SetToday(_factory, new DateOnly(2026, 12, 18));
        await SweepAsync();
        await SweepAsync();
        await ArrivedAsync(1);
        var (_, to, message) = Assert.Single(_smtp.Messages);
        Assert.Equal(email, Assert.Single(to));
        Assert.Contains(tracking["youxiang"], message.Subject, StringComparison.Ordinal);
        Assert.Contains("即将到期", message.Subject, StringComparison.Ordinal);
        Assert.Contains("还有 3 个工作日", message.TextBody, StringComparison.Ordinal);

        var notices = await NoticesAsync(ids);
        Assert.Equal(3, notices.Count);
        var mailed = Assert.Single(notices, n => n.EmailedAt is not null);
        Assert.Equal(("youxiang", email), (mailed.Recipient, mailed.EmailedTo));
        Assert.All(notices.Where(n => n != mailed), n => Assert.Null(n.EmailedTo));

        ApplicationFixtures.SetToday(_factory, new DateOnly(2026, 12, 24));
        await SweepAsync();
        await ArrivedAsync(2);
        await SweepAsync();
        Assert.Equal(2, _smtp.Messages.Count);
        var overdue = _smtp.Messages.Last().Message;
        Assert.Contains("已逾期", overdue.Subject, StringComparison.Ordinal);
        Assert.Contains("逾期 1 个工作日", overdue.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, (await NoticesAsync(ids)).Count(n => n.EmailedTo == email && n.EmailedAt is not null));
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SupervisionNotices>().SweepAsync();
    }

    /// <summary>
    /// Waits (at most 30 s) for the messages: the host's own hourly sweep, woken by the fake clock's jump, may be the
    /// one that claimed and is sending a notice.
    /// </summary>
    private async Task ArrivedAsync(int count)
    {
        for (var i = 0; i < 300 && _smtp.Messages.Count < count; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(count, _smtp.Messages.Count);
    }

    private async Task SetEmailAsync(string user, string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var staff = await users.FindByNameAsync(user);
        Assert.True((await users.SetEmailAsync(staff!, email)).Succeeded);
    }

    private async Task<List<SupervisionNotice>> NoticesAsync(List<int> ids)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<SupervisionNotice>().AsNoTracking()
            .Where(n => ids.Contains(n.ApplicationId)).ToListAsync();
    }
}
