using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Application.Documents;

/// <summary>
/// PDF is the DOCX converted by LibreOffice headless (ADR-0003): one layout to maintain, and
/// LibreOffice embeds the CJK fonts. Conversions run one at a time in a private profile, because
/// LibreOffice cannot share a profile between processes.
/// </summary>
public sealed class PdfConverter(IConfiguration configuration)
{
    public const string InstallHint = "未找到 LibreOffice（soffice），无法导出 PDF。请安装后重试：sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk（其他系统请安装 LibreOffice 并将 soffice 加入 PATH，或配置 Gongkai:Pdf:Soffice）";

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private readonly string? _configured = configuration["Gongkai:Pdf:Soffice"];

    /// <summary>The soffice program, or null where LibreOffice is not installed.</summary>
    public string? FindSoffice()
    {
        if (!string.IsNullOrWhiteSpace(_configured))
        {
            return File.Exists(_configured) ? _configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/lib/libreoffice/program", "/opt/libreoffice/program"])
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);
    }

    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancel = default)
    {
        var soffice = FindSoffice() ?? throw new GongkaiException(ProblemKind.Unavailable, InstallHint);
        var work = Directory.CreateTempSubdirectory("gongkai-pdf-");
        await OneAtATime.WaitAsync(cancel);
        try
        {
            var input = Path.Combine(work.FullName, "report.docx");
            await File.WriteAllBytesAsync(input, docx, cancel);
            var profile = Path.Combine(Path.GetTempPath(), $"gongkai-lo-profile-{Environment.ProcessId}");
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "--headless", "--norestore", "--nologo", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", work.FullName, input },
                Environment = { ["FONTCONFIG_FILE"] = PdfFonts.WriteConfig(work.FullName) },
            };
            using var process = Process.Start(start) ?? throw new GongkaiException(ProblemKind.Unavailable, InstallHint);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(TimeSpan.FromSeconds(120));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var output = Path.Combine(work.FullName, "report.pdf");
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                throw new GongkaiException(ProblemKind.Unavailable, $"LibreOffice 转换 PDF 失败（退出码 {process.ExitCode}）：{(await stderr).Trim()}");
            }

            return await File.ReadAllBytesAsync(output, cancel);
        }
        finally
        {
            OneAtATime.Release();
            work.Delete(recursive: true);
        }
    }
}
