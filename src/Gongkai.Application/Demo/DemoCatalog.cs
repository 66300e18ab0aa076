using Gongkai.Domain.Catalog;

namespace Gongkai.Application.Demo;

/// <summary>The demo department's catalog settings and guide (its office, as a real guide would give it).</summary>
public static class DemoCatalog
{
    public static CatalogSettings Settings(int agencyId)
    {
        var settings = CatalogSettings.Defaults(agencyId);
        settings.Update(DemoSeeder.DemoCreditCode, IndexNumberTemplate.Default, settings.Categories, settings.Genres, settings.Columns, new OfficeContacts
        {
            OfficeName = "根河市城市管理综合执法局办公室",
            Address = "内蒙古自治区呼伦贝尔市根河市好里堡街道中央街",
            PostCode = "022350",
            Hours = "工作日 上午 8:30—12:00，下午 14:30—17:30（法定节假日除外）",
            Phone = "0470-5212345",
            Fax = "0470-5212346",
            Email = "ghcgj@example.gov.cn",
            Website = "本平台“政府信息公开”栏目",
        });
        return settings;
    }
}
