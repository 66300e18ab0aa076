using Gongkai.Domain.AnnualReports;

namespace Gongkai.Reading.Structure;

/// <summary>S1–S4: missing sections, sections out of order, the year in the title against the text, the template against the year.</summary>
internal static class StructureFindings
{
    public static void Add(List<Finding> findings, HeadingPlace?[] headings, TitleInfo title, int year, ReportTemplate? shapeTemplate)
    {
        for (var s = 0; s < headings.Length; s++)
        {
            if (headings[s] is null)
            {
                findings.Add(Finding.Warning(RuleCodes.MissingSection, null, $"缺少第{TemplateLabels.Sections[s].Number}部分“{TemplateLabels.Sections[s].Heading}”"));
            }
        }

        var found = headings.Where(h => h is not null).Select(h => h!.Value).OrderBy(h => h.Start).ToList();
        if (found.Zip(found.Skip(1)).Any(p => p.First.Section > p.Second.Section))
        {
            findings.Add(Finding.Warning(RuleCodes.SectionOrder, null,
                $"章节顺序有误，报告中的顺序为：{string.Join("、", found.Select(h => TemplateLabels.Sections[h.Section].Number))}"));
        }

        if (title.Year is { } titleYear)
        {
            if (title.PeriodYear is { } period && period != titleYear)
            {
                findings.Add(Finding.Warning(RuleCodes.YearMismatch, "year", $"标题中的年度（{titleYear}年）与统计期限中的年度（{period}年）不一致"));
            }

            if (title.PreambleYears.Count > 0 && !title.PreambleYears.Contains(titleYear))
            {
                findings.Add(Finding.Warning(RuleCodes.YearMismatch, "year",
                    $"标题中的年度（{titleYear}年）与正文开头所说的年度（{string.Join("、", title.PreambleYears.Select(y => $"{y}年度"))}）不一致"));
            }
        }

        if (shapeTemplate is null)
        {
            return;
        }

        if (year < 2019)
        {
            findings.Add(Finding.Error(RuleCodes.WrongTemplate, "template",
                $"{year}年度没有统一的年度报告格式（2019年度起才使用国办公开办函〔2019〕60号格式），报告的表格却是{shapeTemplate.Id}年格式"));
        }
        else if (!ReferenceEquals(ReportTemplate.ForYear(year), shapeTemplate))
        {
            var expected = ReportTemplate.ForYear(year);
            findings.Add(Finding.Error(RuleCodes.WrongTemplate, "template",
                $"{year}年度报告应使用{expected.Id}年格式（{expected.Title}），报告的表格却是{shapeTemplate.Id}年格式"));
        }
    }
}
