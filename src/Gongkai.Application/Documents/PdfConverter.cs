using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Application.Documents;

/// <summary>
/// PDF is the DOCX converted by LibreOffice headless (ADR-0003): one layout to maintain, and LibreOffice
/// embeds the CJK fonts. At most one conversion per core, through a bounded queue; each in a profile of
/// its own (LibreOffice cannot share a profile between processes), in a process group of its own that
/// is killed whole when the conversion overruns its time limit.
/// </summary>
public sealed class PdfConverter : IDisposable
{
    public const string InstallHint = "未找到 LibreOffice（soffice），无法导出 PDF。请安装后重试：sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk（其他系统请安装 LibreOffice 并将 soffice 加入 PATH，或配置 Gongkai:Pdf:Soffice）";

    private readonly PdfSettings _settings;
    private readonly ConversionSlots _slots;

    public PdfConverter(IConfiguration configuration)
    {
        _settings = PdfSettings.From(configuration);
        _slots = new ConversionSlots(_settings.MaxConcurrent, _settings.QueueLimit);
    }

    /// <summary>The soffice program, or null where LibreOffice is not installed.</summary>
    public string? FindSoffice()
    {
        if (!string.IsNullOrWhiteSpace(_settings.Soffice))
        {
            return File.Exists(_settings.Soffice) ? _settings.Soffice : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/lib/libreoffice/program", "/opt/libreoffice/program"])
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);
    }

    public Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancel = default) => ConvertAsync(docx, PdfQueueing.RefuseWhenBusy, cancel);

    /// <summary>
    /// The PDF of a DOCX. Refusals (503): LibreOffice missing (with the command that installs it), the
    /// queue full (with Retry-After), the time limit exceeded (LibreOffice killed), a failed conversion.
    /// </summary>
    public async Task<byte[]> ConvertAsync(byte[] docx, PdfQueueing queueing, CancellationToken cancel = default)
    {
        var soffice = FindSoffice() ?? throw new GongkaiException(ProblemKind.Unavailable, InstallHint);
        using var slot = await _slots.EnterAsync(queueing, cancel);
        var work = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "report.docx");
            await File.WriteAllBytesAsync(input, docx, cancel);
            var start = new ProcessStartInfo(soffice)
            {
                ArgumentList = { "--headless", "--norestore", "--nologo", $"-env:UserInstallation={new Uri(slot.Profile).AbsoluteUri}", "--convert-to", "pdf", "--outdir", work.FullName, input },
                Environment = { ["FONTCONFIG_FILE"] = PdfFonts.WriteConfig(work.FullName) },
            };
            int exitCode;
            string errors;
            try
            {
                (exitCode, errors) = await ProcessGroup.RunAsync(start, _settings.Timeout, cancel);
            }
            catch (TimeoutException)
            {
                slot.DiscardProfile = true;
                throw new GongkaiException(ProblemKind.Unavailable, $"PDF 转换超过 {_settings.Timeout.TotalSeconds:0.#} 秒仍未完成，已终止 LibreOffice。请稍后再试；如反复出现，请联系管理员");
            }
            catch (OperationCanceledException)
            {
                slot.DiscardProfile = true;
                throw;
            }

            var output = Path.Combine(work.FullName, "report.pdf");
            if (exitCode != 0 || !File.Exists(output))
            {
                throw new GongkaiException(ProblemKind.Unavailable, $"LibreOffice 转换 PDF 失败（退出码 {exitCode}）：{errors.Trim()}");
            }

            return await File.ReadAllBytesAsync(output, cancel);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    public void Dispose() => _slots.Dispose();
}
