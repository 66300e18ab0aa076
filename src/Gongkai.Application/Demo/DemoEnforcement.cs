using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog.Enforcement;

namespace Gongkai.Application.Demo;

/// <summary>
/// The demo department's enforcement register (执法登记), the same on every machine (a seeded generator over
/// fixed lists): its 事项 lists since 2020 with changes in 2023 and 2024, and its 2024 decisions, fees and
/// procurement — so the 2024 report's table 二 fills from records, and a few penalty decisions made public late
/// (and two not yet) show on the 双公示 list. Subjects are anonymised as the 公示 itself does (某某, 张某).
/// </summary>
public static class DemoEnforcement
{
    private static readonly string[] LicensingMatters =
    [
        "城市建筑垃圾处置核准", "设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批", "临时占用城市道路审批", "挖掘城市道路审批",
        "依附于城市道路建设各种管线、杆线等设施审批", "城市道路上设置临时摊点审批", "特殊车辆在城市道路上行驶审批", "砍伐、迁移城市树木审批",
        "临时占用城市绿化用地审批", "改变绿化规划、绿化用地使用性质审批", "关闭、闲置、拆除城市环境卫生设施审批",
    ];

    private static readonly string[] Violations =
    [
        "擅自占用城市道路", "擅自挖掘城市道路", "未经批准设置户外广告", "在城市道路上乱堆乱放", "违规运输建筑垃圾", "随意倾倒建筑垃圾",
        "店外经营、占道经营", "露天焚烧垃圾", "擅自砍伐城市树木", "损毁城市绿地", "违法建设", "在临街建筑物阳台外吊挂有碍市容物品",
        "未按规定设置环境卫生设施", "运输车辆沿途泄漏遗撒", "擅自摆摊设点", "餐饮服务业油烟直排", "未按规定处置餐厨垃圾", "擅自张贴小广告",
        "损坏城市照明设施", "污损城市道路", "未按规定时间、地点倾倒生活垃圾", "工地未采取扬尘防治措施",
    ];

    private static readonly string[] CoercionMatters = ["查封施工现场", "扣押违法运输车辆", "扣押占道经营物品", "暂扣违法广告设施", "强制拆除违法建设", "代履行清除障碍物"];
    private static readonly string[] FeeMatters = ["城市道路占用费", "城市道路挖掘修复费", "城市生活垃圾处理费"];
    private static readonly string[] Subjects = ["某某餐饮店", "某某建材经营部", "张某", "李某", "王某某", "某某广告传媒有限公司", "某某建筑工程有限公司", "某某物流有限公司", "刘某", "某某便利店", "赵某某", "某某汽车修理厂"];

    public static List<EnforcementRecord> Register(int agencyId)
    {
        var random = new Random(2024);
        var records = new List<EnforcementRecord>();
        void Matter(EnforcementKind kind, string code, string name, DateOnly listed, DateOnly? ends) =>
            records.Add(new EnforcementRecord(agencyId, kind, true, code, name, listed, null, ends, null));

        // The lists as confirmed in 2020; 2023 and 2024 each bring changes (the 2024 清单 revision adds and removes some).
        var confirmed = new DateOnly(2020, 6, 30);
        for (var i = 0; i < LicensingMatters.Length; i++)
        {
            Matter(EnforcementKind.Licensing, $"XK-{i + 1:000}", LicensingMatters[i], i < 9 ? confirmed : new DateOnly(2024, 4, 1), i == 3 ? new DateOnly(2024, 4, 1) : null);
        }

        for (var i = 0; i < Violations.Length; i++)
        {
            Matter(EnforcementKind.Penalty, $"CF-{i + 1:000}", $"对{Violations[i]}的行政处罚", i < 18 ? confirmed : new DateOnly(2023 + i % 2, 4, 1), i == 5 ? new DateOnly(2024, 4, 1) : null);
        }

        for (var i = 0; i < CoercionMatters.Length; i++)
        {
            Matter(EnforcementKind.Coercion, $"QZ-{i + 1:000}", CoercionMatters[i], confirmed, null);
        }

        for (var i = 0; i < FeeMatters.Length; i++)
        {
            Matter(EnforcementKind.Fee, $"SF-{i + 1:000}", FeeMatters[i], confirmed, i == 2 ? new DateOnly(2024, 1, 1) : null);
        }

        var workingDays = Enumerable.Range(0, 366).Select(d => new DateOnly(2024, 1, 1).AddDays(d)).Where(d => d.Year == 2024 && OfficialArrangement.Calendar.IsWorkingDay(d)).ToList();
        void Decisions(EnforcementKind kind, string prefix, int count, Func<int, string> name)
        {
            var days = Enumerable.Range(0, count).Select(_ => workingDays[random.Next(workingDays.Count)]).Order().ToList();
            for (var i = 0; i < count; i++)
            {
                // Most go online within 1–5 working days; one in twenty late; the last two penalties of December not yet.
                var late = kind == EnforcementKind.Penalty && i % 20 == 7;
                DateOnly? published = OfficialArrangement.Calendar.AddWorkingDays(days[i], late ? random.Next(9, 16) : random.Next(1, 6));
                if (kind == EnforcementKind.Penalty && i >= count - 2)
                {
                    published = null;
                }

                records.Add(new EnforcementRecord(agencyId, kind, false, $"根城管{prefix}〔2024〕第{i + 1:000}号", name(i), days[i], published, null, null));
            }
        }

        Decisions(EnforcementKind.Licensing, "许字", 146, i => $"{Subjects[random.Next(Subjects.Length)]}（{LicensingMatters[random.Next(9)]}）");
        Decisions(EnforcementKind.Penalty, "罚决字", 263, i => $"{Subjects[random.Next(Subjects.Length)]}（{Violations[random.Next(18)]}）");
        Decisions(EnforcementKind.Coercion, "强字", 17, i => $"{Subjects[random.Next(Subjects.Length)]}（{CoercionMatters[random.Next(CoercionMatters.Length)]}）");

        // Fees of each month, in 元 to the 分.
        for (var month = 1; month <= 12; month++)
        {
            var day = workingDays.Last(d => d.Month == month);
            records.Add(new EnforcementRecord(agencyId, EnforcementKind.Fee, false, $"SF-2024-{month:00}-1", FeeMatters[0], day, null, null, random.NextInt64(1_500_000, 9_000_000)));
            if (month is >= 5 and <= 10)
            {
                records.Add(new EnforcementRecord(agencyId, EnforcementKind.Fee, false, $"SF-2024-{month:00}-2", FeeMatters[1], day, null, null, random.NextInt64(800_000, 4_000_000)));
            }
        }

        // 政府集中采购 (reported in the 2019 format only; kept as the office records it).
        string[] purchases = ["执法记录仪", "办公计算机", "环卫清扫车辆", "执法服装"];
        for (var i = 0; i < purchases.Length; i++)
        {
            records.Add(new EnforcementRecord(agencyId, EnforcementKind.Procurement, false, $"GCG-2024-{i + 1:00}", purchases[i], workingDays[40 + 50 * i], null, null, random.NextInt64(5_000_000, 60_000_000)));
        }

        return records;
    }
}
