using Gongkai.Reading;

namespace Gongkai.Web.Reading;

/// <summary>年报体检 in the web host: the reader with the configured limits, and the store of read batches.</summary>
public static class ReadingWeb
{
    public static IServiceCollection AddReadingWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new ReportReader(new ReadLimits(
            configuration.GetValue("Gongkai:Reading:MaxMegabytes", 20) * 1024L * 1024L,
            TimeSpan.FromSeconds(configuration.GetValue("Gongkai:Reading:SecondsPerFile", 10.0)))));
        services.AddSingleton<ReadBatchStore>();
        return services;
    }
}
