using Gongkai.Application;
using Gongkai.Application.Data;
using Gongkai.Web.Accounts;
using Gongkai.Web.AnnualReports;
using Gongkai.Web.Catalog;
using Gongkai.Web.DisclosureApplications;
using Gongkai.Web.Hosting;
using Gongkai.Web.Reading;

var builder = WebApplication.CreateBuilder(args);
builder.AddGongkaiLogging();
builder.Services.AddGongkai(builder.Configuration).AddGongkaiSignIn(builder.Environment);
builder.Services.AddGongkaiWeb(builder.Configuration);
builder.Services.AddGongkaiTraffic(builder.Configuration);
builder.Services.AddReadingWeb(builder.Configuration);
builder.Services.AddDisclosureApplicationsWeb(builder.Configuration);

var app = builder.Build();
await DatabaseInitializer.InitializeAsync(app.Services);

app.UseGongkaiForwarding();
app.UseGongkaiErrors();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseGongkaiLimits();
app.UseAuthorization();
app.UsePublicPages();
app.UseAntiforgery();

app.MapRazorPages();
app.MapHealth();
app.MapAnnualReports();
app.MapCatalog();
app.MapDisclosureApplications();
app.MapNotFound();

await app.RunAsync();
