using Gongkai.Reading;

namespace Gongkai.Web.Reading;

/// <summary>年报体检 in the web host: the reader with the configured limits, and the store of read batches.</summary>
public static class ReadingWeb
{
    public static IServiceCollection AddReadingWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var reader = new ReportReader(new ReadLimits(
            configuration.GetValue("Gongkai:Reading:MaxMegabytes", 20) * 1024L * 1024L,
            TimeSpan.FromSeconds(configuration.GetValue("Gongkai:Reading:SecondsPerFile", 10.0)))
        {
            OcrTimePerFile = TimeSpan.FromSeconds(configuration.GetValue("Gongkai:Reading:OcrSecondsPerFile", 120.0)),
        });
        services.AddSingleton(reader);
        // Readings of every request share the cores: one per core at a time, a short queue, then "busy".
        services.AddSingleton(_ => new ReadingGate(
            configuration.GetValue("Gongkai:Reading:Concurrent", Environment.ProcessorCount),
            configuration.GetValue("Gongkai:Reading:QueueLimit", 4 * Environment.ProcessorCount),
            TimeSpan.FromSeconds(configuration.GetValue("Gongkai:Reading:QueueSeconds", 30.0))));
        services.AddSingleton(provider => new UploadReader(reader, provider.GetRequiredService<ReadingGate>()));
        services.AddSingleton<ReadBatchStore>();
        services.AddScoped<CheckupBatches>();
        return services;
    }
}
