using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.WebEncoders;

namespace Gongkai.Web.Hosting;

public static class WebServices
{
    public static void AddGongkaiLogging(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue("Gongkai:Log:Json", false))
        {
            // One JSON object per line, with the message template's fields, for the log collector.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
    }

    public static void AddGongkaiWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // Without this Razor writes every Chinese character as a numeric entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        Policies.Add(services.AddAuthorizationBuilder());
        // Pages live in their feature's folder (AnnualReports/, Reading/, Accounts/), each declaring its route and policy.
        services.AddRazorPages(options => options.RootDirectory = "/")
            .AddMvcOptions(mvc => mvc.Filters.Add<ProblemPageFilter>());
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        services.AddOptions<AntiforgeryOptions>().Configure<IHostEnvironment>((o, environment) =>
            o.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.AddProblemDetails();
        services.AddPublicPages();
    }
}
