using System.Text.Json;

namespace Gongkai.Domain.AnnualReports;

/// <summary>The JSON is not a report of the canonical shape; nothing of it should be used.</summary>
public sealed class ReportJsonException(IReadOnlyList<JsonProblem> problems)
    : Exception("年度报告数据有误：" + string.Join("；", problems.Take(5)) + (problems.Count > 5 ? $"；等共 {problems.Count} 处" : ""))
{
    public IReadOnlyList<JsonProblem> Problems { get; } = problems;
}

/// <summary>
/// Reads the canonical JSON strictly: unknown keys, missing rows, wrong array lengths and values that
/// are not numbers are refused with every problem listed. Numbers that break C8 (negative, fractional)
/// are read as they are, so that <see cref="ReportChecker"/> reports them at their cell.
/// </summary>
public static class ReportJsonReader
{
    private static readonly string[] TopKeys = ["template", "year", "agency", "proactive", "applications", "appeals", "findings"];

    public static ReportFigures Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw new ReportJsonException([new JsonProblem("$", $"不是有效的 JSON（第 {ex.LineNumber + 1} 行）：{ex.Message}")]);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    public static ReportFigures Read(JsonElement root)
    {
        var problems = new List<JsonProblem>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ReportJsonException([new JsonProblem("$", "应为 JSON 对象")]);
        }

        // A key given twice would let one reader see one value and another reader the other.
        FindDuplicateKeys(root, "$", problems);
        if (problems.Count > 0)
        {
            throw new ReportJsonException(problems);
        }

        foreach (var property in root.EnumerateObject().Where(p => !TopKeys.Contains(p.Name)))
        {
            problems.Add(new($"$.{ReportIntake.Excerpt(property.Name)}", $"未知的键“{ReportIntake.Excerpt(property.Name)}”；年度报告数据只有 {string.Join("、", TopKeys)}"));
        }

        var template = ReadTemplate(root, problems);
        var year = ReadYear(root, problems);
        var agency = ReadAgency(root, problems);
        if (template is null || year is null)
        {
            throw new ReportJsonException(problems);
        }

        var figures = new ReportFigures(template, year.Value, agency);
        var sections = new ReportJsonSections(figures, problems);
        sections.ReadProactive(Required(root, "proactive", JsonValueKind.Object, "$", problems));
        sections.ReadApplications(Required(root, "applications", JsonValueKind.Object, "$", problems));
        sections.ReadAppeals(Required(root, "appeals", JsonValueKind.Object, "$", problems));
        if (root.TryGetProperty("findings", out var findings) && findings.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new("$.findings", "应为数组"));
        }

        return problems.Count == 0 ? figures : throw new ReportJsonException(problems);
    }

    private static ReportTemplate? ReadTemplate(JsonElement root, List<JsonProblem> problems)
    {
        if (!root.TryGetProperty("template", out var element))
        {
            problems.Add(new("$.template", "缺少格式：应为 \"2019\"（国办公开办函〔2019〕60号）或 \"2021\"（国办公开办函〔2021〕30号）"));
            return null;
        }

        var template = element.ValueKind == JsonValueKind.String ? ReportTemplate.ById(element.GetString()) : null;
        if (template is null)
        {
            problems.Add(new("$.template", $"应为 \"2019\" 或 \"2021\"，实际为 {Raw(element)}"));
        }

        return template;
    }

    private static int? ReadYear(JsonElement root, List<JsonProblem> problems)
    {
        if (root.TryGetProperty("year", out var element) && element.ValueKind == JsonValueKind.Number &&
            element.TryGetInt32(out var year) && year is >= 2019 and <= 9999)
        {
            return year;
        }

        problems.Add(new("$.year", element.ValueKind == JsonValueKind.Undefined
            ? "缺少报告年度"
            : $"应为报告所属年度（2019 年起的整数），实际为 {Raw(element)}"));
        return null;
    }

    private static string? ReadAgency(JsonElement root, List<JsonProblem> problems)
    {
        if (!root.TryGetProperty("agency", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            var name = element.GetString()!;
            if (name.Length > ReportIntake.MaxAgencyLength)
            {
                problems.Add(new("$.agency", $"机关名称不超过 {ReportIntake.MaxAgencyLength} 字（收到“{ReportIntake.Excerpt(name)}”）"));
            }

            return name;
        }

        problems.Add(new("$.agency", $"应为机关名称字符串或 null，实际为 {Raw(element)}"));
        return null;
    }

    /// <summary>A value as a refusal may quote it: its JSON text, shortened.</summary>
    internal static string Raw(JsonElement element) => ReportIntake.Excerpt(element.GetRawText());

    private static void FindDuplicateKeys(JsonElement element, string path, List<JsonProblem> problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    problems.Add(new($"{path}.{ReportIntake.Excerpt(property.Name)}", $"键“{ReportIntake.Excerpt(property.Name)}”出现了不止一次"));
                }

                FindDuplicateKeys(property.Value, $"{path}.{ReportIntake.Excerpt(property.Name)}", problems);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                FindDuplicateKeys(item, $"{path}[{i++}]", problems);
            }
        }
    }

    internal static JsonElement? Required(JsonElement parent, string key, JsonValueKind kind, string parentPath, List<JsonProblem> problems)
    {
        var path = $"{parentPath}.{key}";
        if (!parent.TryGetProperty(key, out var element))
        {
            problems.Add(new(path, "缺少"));
            return null;
        }

        if (element.ValueKind != kind)
        {
            problems.Add(new(path, kind == JsonValueKind.Object ? "应为 JSON 对象" : "应为数组"));
            return null;
        }

        return element;
    }
}
