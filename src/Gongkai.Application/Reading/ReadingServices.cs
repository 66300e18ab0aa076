using Gongkai.Application.Reading.Supervision;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Application.Reading;

public static class ReadingServices
{
    /// <summary>年报体检's stored batches and their quotas.</summary>
    public static IServiceCollection AddReading(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(CheckupQuotas.From(configuration));
        services.AddScoped<StoredCheckups>();
        services.AddScoped<AgencyDashboard>();
        return services;
    }
}
