using Microsoft.Extensions.Configuration;

namespace Gongkai.Application.Documents;

/// <summary>
/// <c>Gongkai:Pdf:*</c>: the soffice program (else found on PATH), how many conversions run at once
/// (one per core: a conversion keeps a core busy), how many callers may wait for one, and how long one
/// may take before LibreOffice is killed.
/// </summary>
public sealed record PdfSettings(string? Soffice, int MaxConcurrent, int QueueLimit, TimeSpan Timeout)
{
    public const int DefaultQueueLimit = 8;
    public const int DefaultTimeoutSeconds = 60;

    public static PdfSettings From(IConfiguration configuration)
    {
        var maxConcurrent = configuration.GetValue("Gongkai:Pdf:MaxConcurrent", Environment.ProcessorCount);
        var queueLimit = configuration.GetValue("Gongkai:Pdf:QueueLimit", DefaultQueueLimit);
        var timeout = configuration.GetValue("Gongkai:Pdf:TimeoutSeconds", (double)DefaultTimeoutSeconds);
        if (maxConcurrent < 1 || queueLimit < 0 || !(timeout > 0))
        {
            throw new InvalidOperationException(
                $"Gongkai:Pdf 配置有误：MaxConcurrent 须不小于 1（配置的是 {maxConcurrent}），QueueLimit 须不小于 0（{queueLimit}），TimeoutSeconds 须大于 0（{timeout}）");
        }

        return new PdfSettings(configuration["Gongkai:Pdf:Soffice"], maxConcurrent, queueLimit, TimeSpan.FromSeconds(timeout));
    }
}
