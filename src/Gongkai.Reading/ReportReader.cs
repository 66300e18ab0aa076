using System.Globalization;
using Gongkai.Reading.Extraction;
using Gongkai.Reading.Script;
using Gongkai.Reading.Solving;
using Gongkai.Reading.Text;

namespace Gongkai.Reading;

/// <summary>
/// Reads a published 政府信息公开工作年度报告 in any form (text, HTML, Markdown, DOCX, PDF; Simplified or
/// Traditional) into the canonical figures with findings. Never throws for bad input: an empty, corrupt,
/// oversized or too slow file comes back as <see cref="ReadOutcome.Failed"/> with a Chinese message.
/// Thread-safe; one instance can serve a whole batch.
/// </summary>
public sealed class ReportReader
{
    private readonly IScriptConverter _script;

    public ReportReader(ReadLimits? limits = null)
        : this(limits, ChineseScript.Converter)
    {
    }

    internal ReportReader(ReadLimits? limits, IScriptConverter script)
    {
        Limits = limits ?? ReadLimits.Default;
        _script = script;
    }

    public ReadLimits Limits { get; }

    /// <summary>True where Traditional text goes through OpenCC (libopencc.so.1.1) rather than the built-in character table.</summary>
    public bool UsesOpenCc => _script.IsOpenCc;

    public ReadResult Read(byte[] content, string fileName, InputFormat format = InputFormat.Auto, CancellationToken cancel = default) =>
        Read(content.AsSpan(), fileName, format, cancel);

    /// <summary>
    /// Reads one file's bytes. <paramref name="cancel"/> cancels with <see cref="OperationCanceledException"/>
    /// (the caller asked for it); every other problem is a result.
    /// </summary>
    public ReadResult Read(ReadOnlySpan<byte> content, string fileName, InputFormat format = InputFormat.Auto, CancellationToken cancel = default)
    {
        var detected = format == InputFormat.Auto ? FormatDetector.Detect(content, fileName) : format;
        if (content.Length > Limits.MaxBytes)
        {
            return Failed(fileName, detected, $"文件大小 {Megabytes(content.Length)} 超过上限 {Megabytes(Limits.MaxBytes)}，未读取");
        }

        if (content.IsEmpty || content.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\n', (byte)'\r', (byte)'\t']).IsEmpty)
        {
            return Failed(fileName, detected, "文件是空的，没有可读取的内容");
        }

        var deadline = new ReadDeadline(Limits.EffectiveTimePerFile, cancel);
        try
        {
            var extracted = Extract(content, detected, deadline);
            deadline.Check();
            var normal = NormalText.Build(extracted.Text, _script);
            var parsed = ReportParser.Parse(normal, Simplified(extracted.TitleHint), Simplified(extracted.FallbackTitle), _script, Limits, deadline);
            return new ReadResult(fileName, detected, parsed.Outcome, parsed.Figures, parsed.Findings, parsed.Stats, parsed.Title, parsed.Text, parsed.Message)
            {
                Year = parsed.Year,
                Agency = parsed.Agency,
                Stated = parsed.Stated,
                Open = parsed.Open,
            };
        }
        catch (ExtractionException e)
        {
            return Failed(fileName, detected, e.Message);
        }
        catch (ReadTimeoutException)
        {
            return Failed(fileName, detected, $"读取超过时限（{Limits.EffectiveTimePerFile.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} 秒），已停止，未输出任何数字");
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A reader of untrusted files must turn every failure into a result: one bad file may not stop a batch.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(fileName, detected, $"读取时出错，未输出任何数字（{e.GetType().Name}：{e.Message}）");
        }
    }

    /// <summary>Reads a file from disk, refusing one over the size limit before loading it.</summary>
    public ReadResult ReadFile(string path, InputFormat format = InputFormat.Auto, CancellationToken cancel = default)
    {
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(name, format, "文件不存在");
            }

            if (info.Length > Limits.MaxBytes)
            {
                return Failed(name, format == InputFormat.Auto ? FormatDetector.Detect([], name) : format,
                    $"文件大小 {Megabytes(info.Length)} 超过上限 {Megabytes(Limits.MaxBytes)}，未读取");
            }

            return Read(File.ReadAllBytes(path), name, format, cancel);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(name, format, $"无法打开文件：{e.Message}");
        }
    }

    private static ExtractedText Extract(ReadOnlySpan<byte> content, InputFormat format, ReadDeadline deadline)
    {
        if (FormatDetector.IsOleDocument(content))
        {
            throw new ExtractionException("这是旧版 Word（.doc）或其他 OLE 格式文件，暂不支持；请另存为 DOCX 或 PDF 后再读取");
        }

        return format switch
        {
            InputFormat.Docx => DocxExtractor.Extract(content.ToArray(), deadline),
            InputFormat.Pdf => PdfExtractor.Extract(content.ToArray(), deadline),
            InputFormat.Html => HtmlExtractor.Extract(TextDecoder.Decode(content), deadline),
            InputFormat.Markdown => PlainTextExtractor.Markdown(TextDecoder.Decode(content)),
            _ => PlainTextExtractor.Text(TextDecoder.Decode(content)),
        };
    }

    private string? Simplified(string? text) => text is null ? null : _script.ToSimplified(text);

    private static ReadResult Failed(string fileName, InputFormat format, string message) =>
        new(fileName, format, ReadOutcome.Failed, null, [], ReadStatistics.None, null, ReportText.Empty, message);

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB");
}
