using Gongkai.Application.Accounts;
using Gongkai.Application.Agencies;
using Gongkai.Application.Audit;
using Gongkai.Application.Catalog.Items;
using Gongkai.Application.Catalog.Search;
using Gongkai.Application.Data;
using Gongkai.Domain;
using Gongkai.Domain.Calendar;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Import;

/// <summary>
/// Migration from an old site (迁移): a CSV or XLSX with the header 索引号,名称,文号,发布机构,成文日期,发布日期,
/// 主题分类,体裁,有效性,关键词,内容概述,正文,公开属性. Every line is checked first; one bad line refuses the
/// whole file with every bad line and its reason, and nothing is saved. 主动公开 items were public already
/// and are published as they are; an empty 索引号 is given from the agency's sequence.
/// </summary>
public sealed class CatalogImport(GongkaiDbContext db, AgencyDirectory agencies, CatalogSettingsStore settings, CatalogPublication publication,
    IndexNumbers indexNumbers, SearchIndexing search, AuditLog audit, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Header = ["索引号", "名称", "文号", "发布机构", "成文日期", "发布日期", "主题分类", "体裁", "有效性", "关键词", "内容概述", "正文", "公开属性"];

    /// <summary>Imported withheld items carry this until someone reviews them (they are due for 定期复查 at once).</summary>
    public const string MigratedReason = "自原网站目录迁移，理由待复查时补充";

    private sealed record Parsed(int Line, CatalogContent Content, string? IndexNo, bool Repealed);

    public async Task<int> ImportAsync(StaffContext staff, string agencyName, string fileName, byte[] content, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancel = default)
    {
        var agency = await agencies.FindByNameAsync(agencyName, cancel) ?? throw GongkaiException.NotFound($"机关“{agencyName}”");
        if (!staff.IsAdmin)
        {
            CatalogAccess.RequireRegister(staff, agency.Id);
        }

        var agencySettings = await settings.GetAsync(agency.Id, cancel);
        var rows = TableFile.Read(fileName, content, Header);
        var problems = new List<JsonProblem>();
        var parsed = new List<Parsed>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, cells) in rows)
        {
            var row = Parse(line, cells, agency.Name, agencySettings, problems);
            if (row?.IndexNo is { } number && !seen.TryAdd(number, line))
            {
                problems.Add(new JsonProblem($"第 {line} 行", $"索引号“{number}”与第 {seen[number]} 行重复"));
            }

            if (row is not null)
            {
                parsed.Add(row);
            }
        }

        var given = parsed.Where(p => p.IndexNo is not null).Select(p => p.IndexNo!).ToList();
        foreach (var taken in await TakenAsync(given, cancel))
        {
            problems.Add(new JsonProblem($"第 {seen[taken]} 行", $"索引号“{taken}”已被目录中的其他信息使用"));
        }

        if (parsed.Any(p => p.IndexNo is null) && agencySettings.OrganisationCode is null)
        {
            problems.Add(new JsonProblem("索引号", "有索引号为空的行，但本机关尚未设置机构代码，不能生成索引号：请先在目录设置中填写，或在文件中给出索引号"));
        }

        if (problems.Count > 0)
        {
            var ordered = problems.OrderBy(p => LineOf(p.Path)).ToList();
            throw GongkaiException.Invalid($"文件有 {ordered.Count} 处错误，未导入任何内容。{ordered[0]}", ordered);
        }

        var today = ShanghaiTime.Today(clock);
        var now = clock.GetUtcNow();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await publication.InTransactionAsync(async () =>
        {
            for (var i = 0; i < parsed.Count; i++)
            {
                var row = parsed[i];
                var indexNo = row.IndexNo ?? await indexNumbers.NextAsync(agencySettings, row.Content.PublishedOn ?? row.Content.WrittenOn, cancel);
                var item = CatalogItem.Imported(agency.Id, row.Content, indexNo, row.Repealed, today, staff.UserName, now);
                db.CatalogItems.Add(item);
                if (i % 500 == 499 || i == parsed.Count - 1)
                {
                    await db.SaveChangesAsync(cancel);
                    foreach (var saved in db.ChangeTracker.Entries<CatalogItem>().Select(e => e.Entity).ToList())
                    {
                        await search.UpdateAsync(saved, cancel);
                    }

                    db.ChangeTracker.Clear();
                    progress?.Report((i + 1, parsed.Count));
                }
            }

            audit.Record(staff.UserName, "catalog.imported", $"agency:{agency.Id}", $"从“{Path.GetFileName(fileName)}”导入{agency.Name}的目录信息 {parsed.Count} 条");
            await db.SaveChangesAsync(cancel);
        }, cancel);
        return parsed.Count;
    }

    private Parsed? Parse(int line, string[] cells, string agencyName, CatalogSettings agencySettings, List<JsonProblem> problems)
    {
        var before = problems.Count;
        string Cell(int i) => i < cells.Length ? cells[i].Trim() : "";
        void Problem(string column, string message) => problems.Add(new JsonProblem($"第 {line} 行", $"{column}：{message}"));
        if (cells.Length > Header.Count)
        {
            Problem("列数", $"有 {cells.Length} 列，应为 {Header.Count} 列");
        }

        var written = TableFile.Date(Cell(4));
        if (written is null)
        {
            Problem("成文日期", Cell(4).Length == 0 ? "不能为空" : $"“{Cell(4)}”不是有效的日期（应为 YYYY-MM-DD）");
        }

        var published = Cell(5).Length == 0 ? written : TableFile.Date(Cell(5));
        if (published is null && Cell(5).Length > 0)
        {
            Problem("发布日期", $"“{Cell(5)}”不是有效的日期（应为 YYYY-MM-DD）");
        }

        var category = Cell(6).Length == 0 ? null : Cell(6);
        if (category is not null && !agencySettings.CategoryList.Contains(category))
        {
            Problem("主题分类", $"“{category}”不在本机关的主题分类中");
        }

        var genre = Cell(7).Length == 0 ? null : Cell(7);
        if (genre is not null && !agencySettings.GenreList.Contains(genre))
        {
            Problem("体裁", $"“{genre}”不在本机关的体裁中");
        }

        var repealed = Cell(8) switch { "" or "有效" => false, "废止" or "失效" => true, _ => (bool?)null };
        if (repealed is null)
        {
            Problem("有效性", $"“{Cell(8)}”应为有效或废止");
        }

        var mode = DisclosureModes.Parse(Cell(12));
        if (mode is null)
        {
            Problem("公开属性", $"“{Cell(12)}”应为主动公开、依申请公开或不予公开");
        }

        var indexNo = Cell(0).Length == 0 ? null : Cell(0);
        if (indexNo?.Length > 60)
        {
            Problem("索引号", "超过 60 个字符");
        }

        var body = Cell(11);
        var content = new CatalogContent
        {
            Title = Cell(1),
            DocumentNo = Cell(2),
            Publisher = Cell(3).Length == 0 ? agencyName : Cell(3),
            WrittenOn = written ?? default,
            PublishedOn = published,
            Category = category,
            Genre = genre,
            Keywords = Cell(9),
            Summary = Cell(10),
            // Plain text is encoded into paragraphs, which leaves nothing to sanitise (the sanitiser was a third of an import's time).
            BodyHtml = body.Contains('<', StringComparison.Ordinal) ? BodyHtml.Sanitise(body) : BodyHtml.FromPlainText(body),
            Disclosure = mode ?? DisclosureMode.Proactive,
            DisclosureReason = mode is DisclosureMode.Proactive or null ? null : MigratedReason,
        }.Tidy();
        foreach (var problem in content.Problems().Where(p => p.Path is not ("成文日期" or "发布日期") || written is not null))
        {
            Problem(problem.Path, problem.Message);
        }

        return problems.Count == before ? new Parsed(line, content, indexNo, repealed == true) : null;
    }

    private async Task<List<string>> TakenAsync(List<string> numbers, CancellationToken cancel)
    {
        var taken = new List<string>();
        foreach (var chunk in numbers.Chunk(500))
        {
            taken.AddRange(await db.CatalogItems.AsNoTracking().IgnoreAutoIncludes().Where(i => chunk.Contains(i.IndexNo!)).Select(i => i.IndexNo!).ToListAsync(cancel));
        }

        return taken;
    }

    private static int LineOf(string path) => int.TryParse(new string(path.Where(char.IsAsciiDigit).ToArray()), out var line) ? line : 0;
}
