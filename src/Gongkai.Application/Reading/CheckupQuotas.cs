using Microsoft.Extensions.Configuration;

namespace Gongkai.Application.Reading;

/// <summary>
/// How much stored 年报体检 JSON one user, and the whole platform, may keep
/// (<c>Gongkai:Reading:SavedMegabytesPerUser</c>, 50 by default; <c>Gongkai:Reading:SavedMegabytes</c>, 2048).
/// A read report takes 5–30 KB, so the default lets one user keep a few thousand.
/// </summary>
public sealed record CheckupQuotas(long PerUserBytes, long TotalBytes)
{
    public static CheckupQuotas From(IConfiguration configuration) => new(
        Bytes(configuration.GetValue("Gongkai:Reading:SavedMegabytesPerUser", 50.0)),
        Bytes(configuration.GetValue("Gongkai:Reading:SavedMegabytes", 2048.0)));

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " MB";

    private static long Bytes(double megabytes) => (long)(megabytes * 1024 * 1024);
}
