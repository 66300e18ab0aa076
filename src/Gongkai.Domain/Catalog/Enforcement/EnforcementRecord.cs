namespace Gongkai.Domain.Catalog.Enforcement;

/// <summary>
/// One line of an agency's enforcement register (执法登记): a decision (行政许可, 行政处罚, 行政强制, 其他对外管理服务事项:
/// 文书号, 当事人或事项, 决定日期, 公示日期), a fee collected (行政事业性收费) or a procurement (政府集中采购) with its
/// amount, or — <see cref="IsMatter"/> — a 事项 on the agency's list from <see cref="Date"/> until <see cref="EndsOn"/>.
/// Unique by agency, kind, list-or-not and <see cref="Number"/>: a re-import of the same number replaces the line.
/// </summary>
public sealed class EnforcementRecord
{
    public const int NumberMax = 100;
    public const int NameMax = 200;

    public long Id { get; private set; }
    public int AgencyId { get; private set; }
    public EnforcementKind Kind { get; private set; }

    /// <summary>An entry of the 事项 list (事项清单) rather than a decision, fee or procurement.</summary>
    public bool IsMatter { get; private set; }

    /// <summary>文书号 of a decision, 编号 of a fee, procurement or 事项 (the key of a re-import).</summary>
    public string Number { get; private set; } = "";

    /// <summary>当事人或事项名称, 收费项目, 采购项目, 事项名称.</summary>
    public string Name { get; private set; } = "";

    /// <summary>决定日期, 收费日期, 采购日期, or the day the 事项 entered the list.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>公示日期 of a decision (null: not yet made public).</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>The day a 事项 left the list (it is not in force from that day on).</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>The amount in 分 (fees, procurement): whole numbers sum exactly in SQL on every database.</summary>
    public long? AmountFen { get; private set; }

    /// <summary>The amount in 元.</summary>
    public decimal? Amount => AmountFen is { } fen ? fen / 100m : null;

    private EnforcementRecord()
    {
    }

    public EnforcementRecord(int agencyId, EnforcementKind kind, bool isMatter, string number, string name, DateOnly date, DateOnly? publishedOn, DateOnly? endsOn, long? amountFen)
    {
        (AgencyId, Kind, IsMatter, Number, Name, Date, PublishedOn, EndsOn, AmountFen) = (agencyId, kind, isMatter, number, name, date, publishedOn, endsOn, amountFen);
    }
}
