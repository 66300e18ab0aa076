using Gongkai.Reading.Extraction;
using Gongkai.Reading.Solving;

namespace Gongkai.Reading.Ocr;

/// <summary>
/// Where the OCR tools are: Tesseract (with its Chinese data) and pdftoppm (poppler-utils). Looked for on
/// PATH; a reader may be given other paths (a test names a missing one to see the message).
/// </summary>
internal sealed record OcrTools(string? Tesseract, string? Pdftoppm)
{
    public const string Install = "apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra";

    private readonly Lazy<HashSet<string>> _languages = new(() => Languages(Tesseract));

    private static readonly Lazy<OcrTools> OnPath = new(() => new(Find("tesseract"), Find("pdftoppm")));

    /// <summary>The tools on PATH (looked for once per process).</summary>
    public static OcrTools FromPath() => OnPath.Value;

    /// <summary>Throws with the install command where a tool or the Simplified Chinese data is missing.</summary>
    public void EnsureInstalled()
    {
        if (Tesseract is null || !File.Exists(Tesseract))
        {
            throw new ExtractionException($"这是扫描件（PDF 没有文字层），需要文字识别（OCR），但服务器未安装 Tesseract。请管理员安装：{Install}");
        }

        if (!_languages.Value.Contains("chi_sim"))
        {
            throw new ExtractionException($"这是扫描件（PDF 没有文字层），需要文字识别（OCR），但 Tesseract 缺少简体中文识别数据。请管理员安装：{Install}");
        }

        if (Pdftoppm is null || !File.Exists(Pdftoppm))
        {
            throw new ExtractionException("这是扫描件（PDF 没有文字层），需要把页面转为图像，但服务器未安装 pdftoppm。请管理员安装：apt-get install poppler-utils");
        }
    }

    public bool Has(string language) => _languages.Value.Contains(language);

    /// <summary>The full path of an executable on PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static HashSet<string> Languages(string? tesseract)
    {
        if (tesseract is null || !File.Exists(tesseract))
        {
            return [];
        }

        try
        {
            var listed = ChildProcess.Run(tesseract, ["--list-langs"], Path.GetTempPath(), new ReadDeadline(TimeSpan.FromSeconds(20), CancellationToken.None), "Tesseract");
            return [.. listed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Skip(1)];
        }
        catch (Exception e) when (e is ExtractionException or ReadTimeoutException or System.ComponentModel.Win32Exception)
        {
            return [];
        }
    }
}

/// <summary>A word Tesseract found: its line (block, paragraph, line), box in pixels and text.</summary>
internal sealed record OcrWord(int Page, int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, double Confidence, string Text)
{
    public double CentreX => Left + (Width / 2.0);

    public double CentreY => Top + (Height / 2.0);

    /// <summary>The words of Tesseract's TSV output (level 5 rows with text).</summary>
    public static List<OcrWord> Parse(string tsv)
    {
        var words = new List<OcrWord>();
        foreach (var line in tsv.Split('\n'))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != "5" || string.IsNullOrWhiteSpace(f[11]))
            {
                continue;
            }

            words.Add(new OcrWord(Int(f[1]), Int(f[2]), Int(f[3]), Int(f[4]), Int(f[6]), Int(f[7]), Int(f[8]), Int(f[9]),
                double.TryParse(f[10], System.Globalization.CultureInfo.InvariantCulture, out var conf) ? conf : 0, f[11].Trim()));
        }

        return words;
    }

    /// <summary>Words joined as text: a space only between two ASCII letters or digits (Chinese is written without).</summary>
    public static string Join(IEnumerable<OcrWord> words)
    {
        var text = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && char.IsAsciiLetterOrDigit(word.Text[0]))
            {
                text.Append(' ');
            }

            text.Append(word.Text);
        }

        return text.ToString();
    }

    private static int Int(string s) => int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
}
