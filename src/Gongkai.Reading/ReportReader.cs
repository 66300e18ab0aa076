using System.Globalization;
using Gongkai.Reading.Extraction;
using Gongkai.Reading.Ocr;
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
    /// <summary>How long past the deadline a caller waits for the reading's own answer before abandoning it.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);

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

    /// <summary>The OCR tools for scanned PDFs (Tesseract, pdftoppm), found on PATH unless a test names others.</summary>
    internal OcrTools Ocr { get; init; } = OcrTools.FromPath();

    /// <summary>For tests of abandonment only: work done after extraction that ignores the deadline, as a stalled library would.</summary>
    internal Action? StallAfterExtraction { get; init; }

    /// <summary>True where Traditional text goes through OpenCC (libopencc.so.1.1) rather than the built-in character table.</summary>
    public bool UsesOpenCc => _script.IsOpenCc;

    /// <summary>
    /// Reads one file's bytes. <paramref name="cancel"/> cancels with <see cref="OperationCanceledException"/>
    /// (the caller asked for it); every other problem is a result. The reading runs on a thread of its own
    /// and is waited for until <see cref="ReadLimits.TimePerFile"/>: a reading that has not returned by then
    /// is abandoned with a Failed result, and stops by itself at its next check of the deadline.
    /// </summary>
    public ReadResult Read(byte[] content, string fileName, InputFormat format = InputFormat.Auto, CancellationToken cancel = default)
    {
        var detected = format == InputFormat.Auto ? FormatDetector.Detect(content, fileName) : format;
        if (Refusal(content, fileName, detected) is { } refused)
        {
            return refused;
        }

        var deadline = new ReadDeadline(Limits.EffectiveTimePerFile, cancel);
        var work = ReadingThread.Start(() => ReadNow(content, fileName, detected, deadline), release: null);
        while (true)
        {
            var wait = deadline.Remaining + Grace;
            if (wait <= TimeSpan.Zero)
            {
                return Abandoned(fileName, detected, deadline);
            }

            try
            {
                if (work.Wait(wait, cancel))
                {
                    return work.GetAwaiter().GetResult();
                }
            }
            catch (AggregateException e) when (e.InnerException is OperationCanceledException canceled)
            {
                throw canceled;
            }
        }
    }

    /// <summary>Reads one file's bytes (see <see cref="Read(byte[], string, InputFormat, CancellationToken)"/>).</summary>
    public ReadResult Read(ReadOnlySpan<byte> content, string fileName, InputFormat format = InputFormat.Auto, CancellationToken cancel = default)
    {
        if (content.Length > Limits.MaxBytes)
        {
            var detected = format == InputFormat.Auto ? FormatDetector.Detect(content, fileName) : format;
            return Failed(fileName, detected, $"文件大小 {Megabytes(content.Length)} 超过上限 {Megabytes(Limits.MaxBytes)}，未读取");
        }

        return Read(content.ToArray(), fileName, format, cancel);
    }

    /// <summary>
    /// Reads one file's bytes without blocking the caller, after taking one of the <paramref name="gate"/>'s
    /// permits (if given). Where the gate is full, the result is Failed with <see cref="ReadResult.Busy"/>
    /// and the gate's message. The permit is held until the reading has really ended, so an abandoned
    /// reading still counts against the gate until it stops.
    /// </summary>
    public async Task<ReadResult> ReadAsync(byte[] content, string fileName, InputFormat format = InputFormat.Auto, ReadingGate? gate = null, CancellationToken cancel = default)
    {
        var detected = format == InputFormat.Auto ? FormatDetector.Detect(content, fileName) : format;
        if (Refusal(content, fileName, detected) is { } refused)
        {
            return refused;
        }

        var permit = gate is null ? null : await gate.EnterAsync(cancel).ConfigureAwait(false);
        if (gate is not null && permit is null)
        {
            return Failed(fileName, detected, gate.BusyMessage) with { Busy = true };
        }

        var deadline = new ReadDeadline(Limits.EffectiveTimePerFile, cancel);
        var work = ReadingThread.Start(() => ReadNow(content, fileName, detected, deadline), permit);
        while (true)
        {
            var wait = deadline.Remaining + Grace;
            if (wait <= TimeSpan.Zero)
            {
                return Abandoned(fileName, detected, deadline);
            }

            try
            {
                return await work.WaitAsync(wait, cancel).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // The deadline may have moved (a scanned PDF gets the time for OCR): look again.
            }
        }
    }

    /// <summary>A file refused before any reading: too large or empty.</summary>
    private ReadResult? Refusal(byte[] content, string fileName, InputFormat detected)
    {
        if (content.Length > Limits.MaxBytes)
        {
            return Failed(fileName, detected, $"文件大小 {Megabytes(content.Length)} 超过上限 {Megabytes(Limits.MaxBytes)}，未读取");
        }

        return content.AsSpan().Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\n', (byte)'\r', (byte)'\t']).IsEmpty
            ? Failed(fileName, detected, "文件是空的，没有可读取的内容")
            : null;
    }

    /// <summary>The reading itself, on its own thread: every stage checks the deadline, and every failure is a result.</summary>
    private ReadResult ReadNow(byte[] content, string fileName, InputFormat detected, ReadDeadline deadline)
    {
        try
        {
            var extracted = Extract(content, detected, deadline);
            StallAfterExtraction?.Invoke();
            deadline.Check();
            if (extracted.Text.Length > Limits.MaxTextChars)
            {
                throw new ExtractionException($"文件中的文字超过上限（{Limits.MaxTextChars / 10_000} 万字，由文件大小上限推算），不像是一份年度报告，未读取");
            }

            var normal = NormalText.Build(extracted.Text, _script);
            deadline.Check();
            var parsed = ReportParser.Parse(normal, Simplified(extracted.TitleHint), Simplified(extracted.FallbackTitle), _script, Limits, deadline);
            if (extracted.OcrPages.Count > 0)
            {
                parsed = OcrAcceptance.Apply(parsed, extracted.OcrPages);
            }

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
            return Abandoned(fileName, detected, deadline);
        }
        catch (OperationCanceledException) when (deadline.Cancel.IsCancellationRequested)
        {
            throw;
        }
        catch (OutOfMemoryException)
        {
            return Failed(fileName, detected, "读取时内存不足，已停止，未输出任何数字");
        }
#pragma warning disable CA1031 // A reader of untrusted files must turn every failure into a result: one bad file may not stop a batch.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(fileName, detected, $"读取时出错，未输出任何数字（{e.GetType().Name}：{e.Message}）");
        }
    }

    private static ReadResult Abandoned(string fileName, InputFormat format, ReadDeadline deadline) =>
        Failed(fileName, format, $"读取超过时限（{deadline.Allowed.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} 秒），已停止，未输出任何数字");

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

    private ExtractedText Extract(byte[] content, InputFormat format, ReadDeadline deadline)
    {
        if (FormatDetector.IsOleDocument(content))
        {
            throw new ExtractionException("这是旧版 Word（.doc）或其他 OLE 格式文件，暂不支持；请另存为 DOCX 或 PDF 后再读取");
        }

        return format switch
        {
            InputFormat.Docx => DocxExtractor.Extract(content, Limits, deadline),
            InputFormat.Pdf => PdfExtractor.Extract(content, Limits, deadline, Ocr),
            InputFormat.Html => HtmlExtractor.Extract(TextDecoder.Decode(content), Limits, deadline),
            InputFormat.Markdown => PlainTextExtractor.Markdown(TextDecoder.Decode(content)),
            _ => PlainTextExtractor.Text(TextDecoder.Decode(content)),
        };
    }

    private string? Simplified(string? text) => text is null ? null : _script.ToSimplified(text);

    private static ReadResult Failed(string fileName, InputFormat format, string message) =>
        new(fileName, format, ReadOutcome.Failed, null, [], ReadStatistics.None, null, ReportText.Empty, message);

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB");
}
