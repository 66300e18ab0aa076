using System.Globalization;
using Gongkai.Application.Accounts;
using Gongkai.Application.Data;
using Gongkai.Application.DisclosureApplications;
using Gongkai.Application.DisclosureApplications.Intake;
using Gongkai.Domain.DisclosureApplications;
using Gongkai.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.DisclosureApplications;

/// <summary>Random valid applications, and the use cases called directly (in a scope of the real host) where HTTP is not the subject.</summary>
internal static class ApplicationFixtures
{
    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];

    /// <summary>A valid 居民身份证号码 with its check character.</summary>
    public static string ResidentId(Random random)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 20000));
        var first = $"{random.Next(110000, 659000)}{birth:yyyyMMdd}{random.Next(0, 1000):000}";
        return first + ApplicationIntakeRules.ResidentIdCheck(first);
    }

    public static IntakeForm Form(Random random, ApplicantType? type = null, string? idNumber = null)
    {
        var kind = type ?? (ApplicantType)random.Next(6);
        var person = kind == ApplicantType.NaturalPerson;
        return new IntakeForm
        {
            ApplicantType = kind.ToString(),
            Name = person ? Surnames[random.Next(Surnames.Length)] + "某" + random.Next(1, 99).ToString(CultureInfo.InvariantCulture) : $"某{ApplicantDetails.TypeName(kind)}{random.Next(1, 999)}",
            IdDocumentType = person ? ApplicationIntakeRules.ResidentIdCard : "统一社会信用代码",
            IdNumber = idNumber ?? (person ? ResidentId(random) : $"91150785MA{random.Next(1000000, 9999999)}X"),
            Phone = $"13{random.Next(100000000, 999999999)}",
            Address = "内蒙古自治区根河市某街 " + random.Next(1, 200).ToString(CultureInfo.InvariantCulture) + " 号",
            Description = $"{2020 + random.Next(6)}年度某项目的批准文件（第 {random.Next(1, 1000)} 号）",
            Form = ((DeliveryForm)random.Next(4)).ToString(),
            Way = random.Next(2) == 0 ? nameof(DeliveryWay.Post) : nameof(DeliveryWay.Online),
        };
    }

    public static StaffContext Staff(string user, int agencyId, string role) => new(user, agencyId, new HashSet<string> { role });

    public static async Task<IntakeReceipt> SubmitAsync(GongkaiFactory factory, int agencyId, IntakeForm form, string? key = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationIntake>().SubmitAsync(agencyId, form, [], key ?? Guid.NewGuid().ToString("N"));
    }

    public static async Task<DisclosureApplication> ActAsync(GongkaiFactory factory, StaffContext staff, int id, ApplicationAction action, ActionInput? input = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var revision = await RevisionAsync(factory, id);
        return await scope.ServiceProvider.GetRequiredService<ApplicationCommands>().ActAsync(staff, id, revision, action, input ?? new ActionInput());
    }

    public static async Task<int> RevisionAsync(GongkaiFactory factory, int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<DisclosureApplication>().Where(a => a.Id == id).Select(a => a.Revision).SingleAsync();
    }

    public static async Task<DisclosureApplication> LoadAsync(GongkaiFactory factory, int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Set<DisclosureApplication>()
            .Include(a => a.Events).Include(a => a.Pauses).AsNoTracking().SingleAsync(a => a.Id == id);
    }

    /// <summary>Sets the test host's clock to 10:00 in Shanghai on <paramref name="day"/>.</summary>
    public static void SetToday(GongkaiFactory factory, DateOnly day) =>
        factory.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
}

/// <summary>Agencies and staff made for a test, beyond the demo's.</summary>
internal static class TestStaff
{
    public const string Password = "Gongkai-test-2026";

    public static async Task<int> AgencyAsync(GongkaiFactory factory, string name, int? parent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agency = new Domain.Agencies.Agency(name, Domain.Agencies.AgencyKind.Department, parent);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        return agency.Id;
    }

    public static async Task<StaffClient> UserAsync(GongkaiFactory factory, string user, int agency, string role)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
            var staff = new StaffUser { UserName = user, DisplayName = user, AgencyId = agency };
            var created = await users.CreateAsync(staff, Password);
            Assert.True(created.Succeeded, string.Join("；", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(staff, role);
        }

        return await StaffClient.SignInAsync(factory, user, Password);
    }
}
