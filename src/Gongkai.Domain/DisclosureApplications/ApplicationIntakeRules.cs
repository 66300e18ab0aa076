using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Domain.DisclosureApplications;

/// <summary>
/// What an application must say (条例第二十九条), checked the same way for the public form, the API and
/// staff registration: every problem with its field's path (<c>$.idNumber</c>) and what was expected.
/// </summary>
public static partial class ApplicationIntakeRules
{
    public const int MaxName = 100;
    public const int MaxDescription = 2000;
    public const string ResidentIdCard = "居民身份证";

    [GeneratedRegex(@"^[0-9+\-() ]{6,20}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[0-9A-Za-z\-()（）]{4,40}$")]
    private static partial Regex IdPattern();

    public static List<JsonProblem> Check(ApplicantDetails applicant, InformationRequest request)
    {
        var problems = new List<JsonProblem>();
        void Add(string path, string message) => problems.Add(new JsonProblem("$." + path, message));

        if (!Enum.IsDefined(applicant.Type))
        {
            Add("applicantType", "申请人类型应为自然人，或法人或其他组织中的商业企业、科研机构、社会公益组织、法律服务机构、其他");
        }

        Text(problems, "name", applicant.Name, applicant.Type == ApplicantType.NaturalPerson ? "姓名" : "名称", MaxName, required: true);
        Text(problems, "idDocumentType", applicant.IdDocumentType, "身份证明种类（如居民身份证、统一社会信用代码）", 30, required: true);
        var id = applicant.IdNumber?.Trim() ?? "";
        if (id.Length == 0)
        {
            Add("idNumber", "请填写身份证明号码（条例第二十九条）");
        }
        else if (!IdPattern().IsMatch(id))
        {
            Add("idNumber", "身份证明号码应为 4 至 40 位字母或数字");
        }
        else if (applicant.IdDocumentType?.Trim() == ResidentIdCard && !IsResidentId(id))
        {
            Add("idNumber", "居民身份证号码应为 18 位，最后一位为校验码（数字或 X），请核对");
        }

        Text(problems, "contactPerson", applicant.ContactPerson, "联系人", 50, required: false);
        if (string.IsNullOrWhiteSpace(applicant.Phone) && string.IsNullOrWhiteSpace(applicant.Email))
        {
            Add("phone", "请至少填写联系电话或电子邮箱中的一项（条例第二十九条：联系方式）");
        }

        if (!string.IsNullOrWhiteSpace(applicant.Phone) && !PhonePattern().IsMatch(applicant.Phone.Trim()))
        {
            Add("phone", "联系电话应为 6 至 20 位数字（可含 +、-、括号）");
        }

        if (!string.IsNullOrWhiteSpace(applicant.Email) && (applicant.Email.Trim().Length > 100 || !EmailPattern().IsMatch(applicant.Email.Trim())))
        {
            Add("email", "电子邮箱格式不正确，如 name@example.cn");
        }

        Text(problems, "address", applicant.Address, "通信地址", 200, required: request.Way == DeliveryWay.Post);
        if (request.Way == DeliveryWay.Email && string.IsNullOrWhiteSpace(applicant.Email))
        {
            Add("email", "选择以电子邮件获取信息的，请填写电子邮箱");
        }

        Text(problems, "description", request.Description, "所需政府信息的名称或特征描述", MaxDescription, required: true);
        Text(problems, "documentNumber", request.DocumentNumber, "文号", 100, required: false);
        if (!Enum.IsDefined(request.Form))
        {
            Add("form", "信息的提供形式应为纸质、电子数据、查阅或复制（条例第四十条）");
        }

        if (!Enum.IsDefined(request.Way))
        {
            Add("way", "获取方式应为邮寄、电子邮件、当面领取或在线查看");
        }

        return problems;
    }

    /// <summary>The applicant as 109号 counts them: type and ID number, normalised, hashed (lists never show it).</summary>
    public static string ApplicantKey(ApplicantDetails applicant)
    {
        var normal = $"{(int)applicant.Type}|{applicant.IdNumber.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)))[..32];
    }

    /// <summary>An 18-character 居民身份证号码 whose last character is its ISO 7064 MOD 11-2 check (GB 11643).</summary>
    public static bool IsResidentId(string id)
    {
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit))
        {
            return false;
        }

        return char.ToUpperInvariant(id[17]) == ResidentIdCheck(id[..17]);
    }

    /// <summary>The check character of the first 17 digits of a 居民身份证号码.</summary>
    public static char ResidentIdCheck(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }

        return "10X98765432"[sum % 11];
    }

    private static void Text(List<JsonProblem> problems, string path, string? value, string what, int max, bool required)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 && required)
        {
            problems.Add(new JsonProblem("$." + path, $"请填写{what}"));
        }
        else if (text.Length > max)
        {
            problems.Add(new JsonProblem("$." + path, $"{what}不超过 {max} 字，实际为 {text.Length} 字"));
        }
    }
}
