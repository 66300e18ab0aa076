using System.Reflection;
using System.Text.Json;
using Gongkai.Application.Accounts;
using Gongkai.Application.Data;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Application.Demo;

/// <summary>
/// The demo: 根河市人民政府 with its office and 根河市城市管理综合执法局, whose 2020 report is the real
/// published report in samples/ (figures and text, in Simplified Chinese), and one account per role.
/// The department also gets a year of 依申请公开 applications (<see cref="DemoApplications"/>).
/// Development only: the passwords are printed in the README.
/// </summary>
public sealed class DemoSeeder(GongkaiDbContext db, UserManager<StaffUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public const string DemoGovernment = "根河市人民政府";
    public const string DemoOffice = "根河市人民政府办公室";
    public const string DemoDepartment = "根河市城市管理综合执法局";

    /// <summary>User name, password, role and agency of each demo account.</summary>
    public static readonly IReadOnlyList<(string User, string Password, string Role, string Agency, string Name)> Accounts =
    [
        ("admin", "Gongkai-admin-2026", StaffRoles.Admin, DemoGovernment, "系统管理员"),
        ("editor", "Gongkai-editor-2026", StaffRoles.Editor, DemoDepartment, "城管局公开办"),
        ("reviewer", "Gongkai-reviewer-2026", StaffRoles.Reviewer, DemoDepartment, "城管局审核人"),
        ("signer", "Gongkai-signer-2026", StaffRoles.Signer, DemoDepartment, "城管局签发人"),
    ];

    /// <summary>The demo department's 统一社会信用代码 (made up, with a valid check character): its 索引号 start with it.</summary>
    public const string DemoCreditCode = "11150785MB1934286C";

    public async Task SeedAsync(CancellationToken cancel = default)
    {
        var government = new Agency(DemoGovernment, AgencyKind.Government);
        db.Agencies.Add(government);
        await db.SaveChangesAsync(cancel);
        var office = new Agency(DemoOffice, AgencyKind.Department, government.Id);
        var department = new Agency(DemoDepartment, AgencyKind.Department, government.Id);
        db.Agencies.AddRange(office, department);
        await db.SaveChangesAsync(cancel);

        await BootstrapAdmin.EnsureRolesAsync(roles);
        var agencyIds = new Dictionary<string, int> { [DemoGovernment] = government.Id, [DemoDepartment] = department.Id };
        foreach (var (user, password, role, agency, name) in Accounts)
        {
            var staff = new StaffUser { UserName = user, DisplayName = name, AgencyId = agencyIds[agency] };
            var result = await users.CreateAsync(staff, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(staff, role);
        }

        var published = clock.GetUtcNow();
        var report = AnnualReport.Create(department.Id, SampleFigures(), SampleNarrative(), "editor", published);
        report.Submit("editor", published);
        report.Publish("reviewer", published, ReportChecker.Check(report.Figures), reason: null);
        db.AnnualReports.Add(report);
        db.CatalogSettings.Add(DemoCatalog.Settings(department.Id));
        await db.SaveChangesAsync(cancel);

        new DemoApplications(db, department.Id, clock).Seed();
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>The figures of samples/genhe-urban-management-2020-report.txt in the canonical JSON.</summary>
    public static ReportFigures SampleFigures() => ReportJsonReader.Read(Resource("genhe-2020.json"));

    public static ReportNarrative SampleNarrative() =>
        JsonSerializer.Deserialize<ReportNarrative>(Resource("genhe-2020-narrative.json"))!;

    public static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Gongkai.Demo.{name}")
            ?? throw new InvalidOperationException($"missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
