using System.Diagnostics;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>DOCX to PDF with LibreOffice headless, several files per run (starting soffice is the slow part).</summary>
internal static class PdfConversion
{
    public static bool Available => File.Exists("/usr/bin/soffice") || File.Exists("/usr/lib/libreoffice/program/soffice");

    public static List<byte[]> Convert(IReadOnlyList<byte[]> documents)
    {
        var work = Directory.CreateTempSubdirectory("gongkai-reader-pdf-");
        try
        {
            var inputs = documents.Select((bytes, i) =>
            {
                var path = Path.Combine(work.FullName, $"r{i}.docx");
                File.WriteAllBytes(path, bytes);
                return path;
            }).ToList();
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "--headless", "--norestore", "--nologo", $"-env:UserInstallation=file://{work.FullName}/profile", "--convert-to", "pdf", "--outdir", work.FullName })
            {
                start.ArgumentList.Add(argument);
            }

            inputs.ForEach(start.ArgumentList.Add);
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice timed out");
            }

            return [.. inputs.Select(i => File.ReadAllBytes(Path.ChangeExtension(i, ".pdf")))];
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
