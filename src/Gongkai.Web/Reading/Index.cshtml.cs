using Gongkai.Application;
using Gongkai.Application.Accounts;
using Gongkai.Application.Reading;
using Gongkai.Reading;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Authorization;

namespace Gongkai.Web.Reading;

/// <summary>年报体检: upload published reports; each is read back into figures and audited.</summary>
[RequestSizeLimit(CheckupLimits.MaxRequestBytes)]
[EnableRateLimiting(Traffic.UploadPolicy)]
[RequestFormLimits(MultipartBodyLengthLimit = CheckupLimits.MaxRequestBytes)]
[AllowAnonymous]
public sealed class IndexModel(UploadReader uploads, ReadBatchStore batches, StoredCheckups stored) : PageModel
{
    public string? Message { get; private set; }
    public long MaxMegabytes => uploads.Reader.Limits.MaxBytes / 1024 / 1024;
    public int MaxFiles => CheckupLimits.MaxFiles;

    /// <summary>Signed-in staff's batches are stored (我的体检); anonymous ones are kept in memory for two hours.</summary>
    public bool Stores => StaffContext.FromPrincipal(User) is not null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancel)
    {
        if (files.Count == 0 || files.Count > CheckupLimits.MaxFiles)
        {
            Message = files.Count == 0 ? "请选择要读取的报告文件。" : $"一次最多读取 {CheckupLimits.MaxFiles} 个文件。";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var staff = StaffContext.FromPrincipal(User);
        if (staff is not null && await RefusedAsync(() => stored.RequireRoomAsync(staff, cancel)))
        {
            return Page();
        }

        var contents = new List<(string, Func<CancellationToken, Task<byte[]>>)>();
        var tooLarge = new List<ReadResult>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            if (file.Length > uploads.Reader.Limits.MaxBytes)
            {
                // Not loaded at all; it is listed with the others, refused by name and size.
                tooLarge.Add(new ReadResult(name, InputFormat.Auto, ReadOutcome.Failed, null, [], ReadStatistics.None, null, ReportText.Empty,
                    $"文件大小 {file.Length / 1024.0 / 1024.0:0.#} MB 超过上限 {MaxMegabytes} MB，未读取"));
                continue;
            }

            contents.Add((name, c => ReadAllAsync(file, c)));
        }

        // One file at a time, through the gate every request shares.
        var reading = await uploads.ReadAsync(contents, cancel: cancel);
        if (reading.Busy)
        {
            Message = reading.BusyMessage;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(uploads.Gate.QueueWait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        List<ReadResult> results = [.. reading.Results, .. tooLarge];
        ReadBatch? batch = null;
        if (staff is null)
        {
            batch = batches.Add(results);
        }
        else if (await RefusedAsync(async () => batch = await stored.SaveAsync(staff, results, cancel)))
        {
            return Page();
        }

        return Redirect(files.Count == 1 ? $"/checkup/{batch!.Id}/1" : $"/checkup/{batch!.Id}");
    }

    /// <summary>Runs a step of the stored batches; a refusal (quota) becomes the page's message and status.</summary>
    private async Task<bool> RefusedAsync(Func<Task> step)
    {
        try
        {
            await step();
            return false;
        }
        catch (GongkaiException refused)
        {
            Message = refused.Message;
            Response.StatusCode = refused.Kind == ProblemKind.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status409Conflict;
            return true;
        }
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancel)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancel);
        return buffer.ToArray();
    }
}

public static class CheckupLimits
{
    public const int MaxFiles = 100;
    public const long MaxRequestBytes = 200L * 1024 * 1024;
}
