using Gongkai.Application.Data;
using Gongkai.Application.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Infrastructure;

/// <summary>The demo's accounts and agencies, as the seeder made them.</summary>
public static class Demo
{
    public static (string User, string Password) Admin => Account(0);
    public static (string User, string Password) Editor => Account(1);
    public static (string User, string Password) Reviewer => Account(2);
    public static (string User, string Password) Signer => Account(3);

    public static Task<StaffClient> EditorAsync(GongkaiFactory factory) => StaffClient.SignInAsync(factory, Editor.User, Editor.Password);
    public static Task<StaffClient> ReviewerAsync(GongkaiFactory factory) => StaffClient.SignInAsync(factory, Reviewer.User, Reviewer.Password);
    public static Task<StaffClient> SignerAsync(GongkaiFactory factory) => StaffClient.SignInAsync(factory, Signer.User, Signer.Password);
    public static Task<StaffClient> AdminAsync(GongkaiFactory factory) => StaffClient.SignInAsync(factory, Admin.User, Admin.Password);

    public static async Task<int> AgencyIdAsync(GongkaiFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return await db.Agencies.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    public static Task<int> DepartmentIdAsync(GongkaiFactory factory) => AgencyIdAsync(factory, DemoSeeder.DemoDepartment);

    private static (string, string) Account(int index) => (DemoSeeder.Accounts[index].User, DemoSeeder.Accounts[index].Password);
}
