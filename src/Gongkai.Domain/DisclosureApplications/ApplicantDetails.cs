namespace Gongkai.Domain.DisclosureApplications;

/// <summary>
/// Who applied, as the columns of table 三 count them: 自然人, or one of the five kinds of 法人或其他组织.
/// The order is the table's column order (0–5; column 6 is 总计).
/// </summary>
public enum ApplicantType
{
    /// <summary>自然人.</summary>
    NaturalPerson,
    /// <summary>商业企业.</summary>
    CommercialEnterprise,
    /// <summary>科研机构.</summary>
    ResearchInstitution,
    /// <summary>社会公益组织.</summary>
    SocialWelfareOrganization,
    /// <summary>法律服务机构.</summary>
    LegalServiceInstitution,
    /// <summary>其他 (法人或其他组织).</summary>
    OtherOrganization,
}

/// <summary>条例第四十条: the form the information is wanted in.</summary>
public enum DeliveryForm
{
    /// <summary>纸质.</summary>
    Paper,
    /// <summary>电子数据.</summary>
    Electronic,
    /// <summary>查阅.</summary>
    Inspection,
    /// <summary>复制.</summary>
    Copy,
}

/// <summary>条例第二十九条第（三）项: how the applicant wants to obtain it (获取方式和途径).</summary>
public enum DeliveryWay
{
    /// <summary>邮寄.</summary>
    Post,
    /// <summary>电子邮件.</summary>
    Email,
    /// <summary>当面领取.</summary>
    Pickup,
    /// <summary>在线查看（本平台）.</summary>
    Online,
}

/// <summary>
/// 申请人的姓名或者名称、身份证明、联系方式 (条例第二十九条第（一）项). Personal data: lists and exports show
/// the ID and phone numbers masked (<see cref="PersonalDataMask"/>); only the reply letter prints them in full.
/// </summary>
public sealed record ApplicantDetails
{
    public ApplicantType Type { get; init; }

    /// <summary>姓名 (自然人) or 名称 (法人或其他组织).</summary>
    public string Name { get; init; } = "";

    /// <summary>身份证明的种类: 居民身份证, 护照, 统一社会信用代码…</summary>
    public string IdDocumentType { get; init; } = "";

    public string IdNumber { get; init; } = "";

    /// <summary>法人或其他组织的联系人.</summary>
    public string? ContactPerson { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>通信地址.</summary>
    public string? Address { get; init; }

    public static string TypeName(ApplicantType type) => type switch
    {
        ApplicantType.NaturalPerson => "自然人",
        ApplicantType.CommercialEnterprise => "商业企业",
        ApplicantType.ResearchInstitution => "科研机构",
        ApplicantType.SocialWelfareOrganization => "社会公益组织",
        ApplicantType.LegalServiceInstitution => "法律服务机构",
        _ => "其他",
    };

    /// <summary>“法人或其他组织（商业企业）” for the five organisation columns.</summary>
    public static string TypeCaption(ApplicantType type) =>
        type == ApplicantType.NaturalPerson ? "自然人" : $"法人或其他组织（{TypeName(type)}）";
}

/// <summary>条例第二十九条第（二）（三）项: the information wanted, and how.</summary>
public sealed record InformationRequest
{
    /// <summary>政府信息的名称或者其他特征性描述.</summary>
    public string Description { get; init; } = "";

    /// <summary>文号, where the applicant knows it.</summary>
    public string? DocumentNumber { get; init; }

    public DeliveryForm Form { get; init; }

    public DeliveryWay Way { get; init; }

    public static string FormName(DeliveryForm form) => form switch
    {
        DeliveryForm.Paper => "纸质",
        DeliveryForm.Electronic => "电子数据",
        DeliveryForm.Inspection => "查阅",
        _ => "复制",
    };

    public static string WayName(DeliveryWay way) => way switch
    {
        DeliveryWay.Post => "邮寄",
        DeliveryWay.Email => "电子邮件",
        DeliveryWay.Pickup => "当面领取",
        _ => "在线查看",
    };
}
