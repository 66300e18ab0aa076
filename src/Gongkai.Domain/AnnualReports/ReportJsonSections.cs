using System.Text.Json;

namespace Gongkai.Domain.AnnualReports;

/// <summary>Reads the three sections of the canonical JSON into <see cref="ReportFigures"/>, collecting problems.</summary>
internal sealed class ReportJsonSections(ReportFigures figures, List<JsonProblem> problems)
{
    private ReportTemplate Template => figures.Template;

    public void ReadProactive(JsonElement? section)
    {
        if (section is not { } element)
        {
            return;
        }

        var rows = Template.ProactiveRows.ToDictionary(r => r.Key);
        RefuseUnknownKeys(element, "$.proactive", rows.Keys, "表二的行");
        foreach (var row in rows.Values)
        {
            var path = $"$.proactive.{row.Key}";
            if (!element.TryGetProperty(row.Key, out var rowElement))
            {
                problems.Add(new(path, $"缺少模板中的行“{row.Label}”（{Template.Id}年格式）"));
                continue;
            }

            if (rowElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(path, $"应为对象，含 {string.Join("、", row.Fields.Select(f => f.Key))}"));
                continue;
            }

            RefuseUnknownKeys(rowElement, path, row.Fields.Select(f => f.Key), $"“{row.Label}”的列");
            foreach (var field in row.Fields)
            {
                ReadField(rowElement, row, field, $"{path}.{field.Key}");
            }
        }
    }

    private void ReadField(JsonElement rowElement, ProactiveRowDef row, FieldDef field, string path)
    {
        var cell = Template.ProactiveCell(row.Key, field.Key);
        if (!rowElement.TryGetProperty(field.Key, out var value))
        {
            problems.Add(new(path, $"缺少“{row.Label}”的“{field.Label}”"));
            return;
        }

        if (field.Kind == CellKind.AmountText)
        {
            if (value.ValueKind is JsonValueKind.String or JsonValueKind.Null)
            {
                var text = value.GetString();
                if (text is { Length: > ReportIntake.MaxAmountTextLength })
                {
                    problems.Add(new(path, $"{field.Label}不超过 {ReportIntake.MaxAmountTextLength} 字（收到“{ReportIntake.Excerpt(text)}”）"));
                    return;
                }

                figures.SetText(cell, text);
            }
            else
            {
                problems.Add(new(path, $"应为印在报告上的金额文字（如 \"343.98万元\"）或 null，实际为 {ReportJsonReader.Raw(value)}"));
            }

            return;
        }

        figures[cell] = ReadNumber(value, path, field.Kind == CellKind.AmountWan ? "金额（万元，可有小数）" : "整数");
    }

    public void ReadApplications(JsonElement? section)
    {
        if (section is not { } element)
        {
            return;
        }

        RefuseUnknownKeys(element, "$.applications", Template.ApplicationRows.Select(r => r.Key), $"表三的行（{Template.Id}年格式）");
        foreach (var row in Template.ApplicationRows)
        {
            ReadArray(element, "$.applications", row.Key, TemplateLabels.ApplicationRowCaption(row), Template.ApplicantColumns,
                (col, value) => figures[Template.ApplicationCell(row.Key, col)] = value);
        }
    }

    public void ReadAppeals(JsonElement? section)
    {
        if (section is not { } element)
        {
            return;
        }

        RefuseUnknownKeys(element, "$.appeals", Template.AppealGroups.Select(g => g.Key), "表四的组");
        foreach (var group in Template.AppealGroups)
        {
            ReadArray(element, "$.appeals", group.Key, TemplateLabels.AppealGroupCaption(group), Template.AppealColumns,
                (col, value) => figures[Template.AppealCell(group.Key, col)] = value);
        }
    }

    private void ReadArray(JsonElement parent, string parentPath, string key, string caption, IReadOnlyList<string> columns, Action<int, decimal?> set)
    {
        var path = $"{parentPath}.{key}";
        if (!parent.TryGetProperty(key, out var array))
        {
            problems.Add(new(path, $"缺少模板中的行“{caption}”"));
            return;
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() != columns.Count)
        {
            var actual = array.ValueKind == JsonValueKind.Array ? $"{array.GetArrayLength()} 个" : ReportJsonReader.Raw(array);
            problems.Add(new(path, $"应为 {columns.Count} 个数的数组（{string.Join("、", columns)}），实际为 {actual}"));
            return;
        }

        var col = 0;
        foreach (var item in array.EnumerateArray())
        {
            set(col, ReadNumber(item, $"{path}[{col}]", "整数"));
            col++;
        }
    }

    private decimal? ReadNumber(JsonElement value, string path, string expected)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number when value.TryGetDecimal(out var number) && ReportIntake.InRange(number):
                return number;
            case JsonValueKind.Number:
                problems.Add(new(path, $"数值超出范围（绝对值不超过 {ReportIntake.MaxMagnitude:N0}），实际为 {ReportJsonReader.Raw(value)}"));
                return null;
            default:
                problems.Add(new(path, $"应为{expected}或 null，实际为 {ReportJsonReader.Raw(value)}"));
                return null;
        }
    }

    private void RefuseUnknownKeys(JsonElement element, string path, IEnumerable<string> known, string what)
    {
        var set = known.ToHashSet(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject().Where(p => !set.Contains(p.Name)))
        {
            problems.Add(new($"{path}.{ReportIntake.Excerpt(property.Name)}", $"未知的键“{ReportIntake.Excerpt(property.Name)}”，不是{what}"));
        }
    }
}
