using System.Diagnostics;
using System.Globalization;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>
/// A scan of a PDF: each page rasterised by pdftoppm (greyscale JPEG) and put back as an image-only PDF,
/// one DCTDecode image per page and no text layer, as a scanner or a “print to image” would give.
/// </summary>
internal static class ImagePdf
{
    public static byte[] Scan(byte[] pdf, int dpi, int quality = 85)
    {
        var work = Directory.CreateTempSubdirectory("gongkai-scan-");
        try
        {
            var input = Path.Combine(work.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            Run("pdftoppm", ["-gray", "-jpeg", "-jpegopt", $"quality={quality}", "-r", dpi.ToString(CultureInfo.InvariantCulture), input, Path.Combine(work.FullName, "p")]);
            var pages = Directory.GetFiles(work.FullName, "p-*.jpg").OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)[2..], CultureInfo.InvariantCulture)).Select(File.ReadAllBytes).ToList();
            return FromJpegs(pages, dpi);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>An image-only PDF of greyscale JPEG pages at <paramref name="dpi"/>.</summary>
    public static byte[] FromJpegs(IReadOnlyList<byte[]> jpegs, int dpi)
    {
        var pdf = new MinimalPdf();
        var pages = new List<(double, double, string, int)>();
        foreach (var jpeg in jpegs)
        {
            var (width, height, components) = Size(jpeg);
            var space = components == 1 ? "/DeviceGray" : "/DeviceRGB";
            var image = pdf.AddStream($"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace {space} /BitsPerComponent 8 /Filter /DCTDecode", jpeg);
            double w = width * 72.0 / dpi, h = height * 72.0 / dpi;
            var content = pdf.AddStream("", System.Text.Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"q {w:0.###} 0 0 {h:0.###} 0 0 cm /Im0 Do Q")));
            pages.Add((w, h, $"<< /XObject << /Im0 {image} 0 R >> >>", content));
        }

        return pdf.Build(MinimalPdf.Pages(pdf, pages));
    }

    /// <summary>Width, height and colour components from a JPEG's start-of-frame marker (pdftoppm -gray -jpeg still writes three).</summary>
    public static (int Width, int Height, int Components) Size(byte[] jpeg)
    {
        for (var at = 2; at + 9 < jpeg.Length;)
        {
            if (jpeg[at] != 0xFF)
            {
                at++;
                continue;
            }

            var marker = jpeg[at + 1];
            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return ((jpeg[at + 7] << 8) | jpeg[at + 8], (jpeg[at + 5] << 8) | jpeg[at + 6], jpeg[at + 9]);
            }

            at += 2 + length;
        }

        throw new InvalidDataException("not a JPEG");
    }

    private static void Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool}: {error}");
        }
    }
}
