namespace Gongkai.Domain.Agencies;

/// <summary>What kind of body an agency is; it decides its statutory reporting date (条例 Art. 49).</summary>
public enum AgencyKind
{
    /// <summary>人民政府: publishes its own report by 31 March.</summary>
    Government,
    /// <summary>政府部门 (including a government's own office): publishes by 31 January.</summary>
    Department,
}

/// <summary>
/// A 行政机关 that discloses information (信息公开义务机关). Agencies form a hierarchy: a 人民政府 with
/// its departments (根河市人民政府 → 根河市城市管理综合执法局).
/// </summary>
public sealed class Agency
{
    private Agency()
    {
    }

    public Agency(string name, AgencyKind kind, int? parentId = null)
    {
        Rename(name);
        Kind = kind;
        ParentId = parentId;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public AgencyKind Kind { get; private set; }
    public int? ParentId { get; private set; }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new ArgumentException("机关名称不能为空，且不超过 100 个字", nameof(name));
        }

        Name = name.Trim();
    }

    public void Reassign(AgencyKind kind, int? parentId)
    {
        if (parentId == Id && Id != 0)
        {
            throw new ArgumentException("机关不能隶属于自己", nameof(parentId));
        }

        Kind = kind;
        ParentId = parentId;
    }

    public static string KindName(AgencyKind kind) => kind == AgencyKind.Government ? "人民政府" : "政府部门";
}
