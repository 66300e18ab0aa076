using Gongkai.Application.Data;
using Gongkai.Domain;
using Gongkai.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Catalog.Review;

/// <summary>
/// 三同步 (domain.md §6): a policy marked as needing its 政策解读 goes out with it. At 签发 the interpretation
/// must be published already or be waiting for sign-off beside it (保密审查 passed: the two are signed
/// together); otherwise the signer is warned and must confirm (仍然签发), and the override is kept in the ledger.
/// </summary>
public sealed class InterpretationRule(GongkaiDbContext db)
{
    public const string Warning = "该政策文件标明需要政策解读，但没有已发布或同步待签发的政策解读与之关联（三同步：同步组织、同步审签、同步部署）";

    /// <summary>The JSON path of the confirmation the API asks for.</summary>
    public const string ConfirmField = "confirmWithoutInterpretation";

    /// <summary>The warning for the item's working version as it stands, or null when it needs none.</summary>
    public async Task<string?> WarningAsync(CatalogItem item, CancellationToken cancel)
    {
        var content = item.Working.Content;
        // A withheld policy is not on the portal, so there is nothing to link its interpretation to.
        if (!content.NeedsInterpretation || content.Disclosure != DisclosureMode.Proactive)
        {
            return null;
        }

        var accompanied = await db.Set<CatalogItemVersion>().AsNoTracking().IgnoreAutoIncludes()
            .AnyAsync(v => v.Content.InterpretsItemId == item.Id && v.Content.Disclosure == DisclosureMode.Proactive
                && (v.Status == CatalogItemStatus.Published || v.Status == CatalogItemStatus.AwaitingSignOff), cancel);
        return accompanied ? null : Warning;
    }

    /// <summary>Refuses (409) a sign-off that would break 三同步 unless the signer confirmed; returns the warning overridden, if any.</summary>
    public async Task<string?> RequireConfirmedAsync(CatalogItem item, bool confirmed, CancellationToken cancel)
    {
        var warning = await WarningAsync(item, cancel);
        if (warning is not null && !confirmed)
        {
            throw GongkaiException.Conflict($"{warning}。如确需先行签发，请勾选“仍然签发”后重试；该提示将记入保密审查台账。",
                [new JsonProblem(ConfirmField, "须确认在没有政策解读的情况下仍然签发")]);
        }

        return warning;
    }
}
