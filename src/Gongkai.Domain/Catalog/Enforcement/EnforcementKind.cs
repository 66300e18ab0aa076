namespace Gongkai.Domain.Catalog.Enforcement;

/// <summary>
/// What an entry of the enforcement register (执法登记) is about: the rows of table 二 (五)(六)(八)(九).
/// Licensing, other services, penalty, coercion and fees also have a list of 事项 (<see cref="EnforcementRecord.IsMatter"/>).
/// </summary>
public enum EnforcementKind
{
    /// <summary>行政许可.</summary>
    Licensing,
    /// <summary>其他对外管理服务事项 (2019 format only).</summary>
    OtherService,
    /// <summary>行政处罚.</summary>
    Penalty,
    /// <summary>行政强制.</summary>
    Coercion,
    /// <summary>行政事业性收费.</summary>
    Fee,
    /// <summary>政府集中采购 (2019 format only).</summary>
    Procurement,
}

public static class EnforcementKinds
{
    public static readonly IReadOnlyList<EnforcementKind> All = Enum.GetValues<EnforcementKind>();

    /// <summary>Kinds whose entries are decisions (文书号, 决定日期, 公示日期).</summary>
    public static bool IsDecision(EnforcementKind kind) => kind is EnforcementKind.Licensing or EnforcementKind.OtherService or EnforcementKind.Penalty or EnforcementKind.Coercion;

    /// <summary>Kinds whose entries carry an amount in 元.</summary>
    public static bool HasAmount(EnforcementKind kind) => kind is EnforcementKind.Fee or EnforcementKind.Procurement;

    /// <summary>Kinds with a list of 事项 (上一年项目数量, 本年增/减 of the 2019 format).</summary>
    public static bool HasMatters(EnforcementKind kind) => kind != EnforcementKind.Procurement;

    /// <summary>双公示: 行政许可 and 行政处罚 decisions are made public within 7 working days.</summary>
    public static bool IsDualPublicity(EnforcementKind kind) => kind is EnforcementKind.Licensing or EnforcementKind.Penalty;

    public static string Name(EnforcementKind kind) => kind switch
    {
        EnforcementKind.Licensing => "行政许可",
        EnforcementKind.OtherService => "其他对外管理服务事项",
        EnforcementKind.Penalty => "行政处罚",
        EnforcementKind.Coercion => "行政强制",
        EnforcementKind.Fee => "行政事业性收费",
        EnforcementKind.Procurement => "政府集中采购",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The table 二 row key of the annual report (<c>proactive.{row}.…</c>).</summary>
    public static string Row(EnforcementKind kind) => kind switch
    {
        EnforcementKind.Licensing => "licensing",
        EnforcementKind.OtherService => "other_services",
        EnforcementKind.Penalty => "penalty",
        EnforcementKind.Coercion => "coercion",
        EnforcementKind.Fee => "fees",
        EnforcementKind.Procurement => "procurement",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The prefix of a 类别 cell that makes the line an entry of the 事项 list: “事项清单：行政许可”.</summary>
    public const string MatterPrefix = "事项清单：";

    /// <summary>The 类别 cell as written in an import file (full-width or ASCII colon), or null when it names nothing.</summary>
    public static (EnforcementKind Kind, bool IsMatter)? Parse(string text)
    {
        var t = text.Trim().Replace(':', '：');
        var matter = t.StartsWith(MatterPrefix, StringComparison.Ordinal);
        var name = matter ? t[MatterPrefix.Length..].Trim() : t;
        foreach (var kind in All)
        {
            if (Name(kind) == name && (!matter || HasMatters(kind)))
            {
                return (kind, matter);
            }
        }

        return null;
    }

    public static string Category(EnforcementKind kind, bool isMatter) => (isMatter ? MatterPrefix : "") + Name(kind);
}
