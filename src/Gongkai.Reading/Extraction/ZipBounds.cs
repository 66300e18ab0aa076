using System.Buffers.Binary;
using System.Globalization;

namespace Gongkai.Reading.Extraction;

/// <summary>
/// Checks a ZIP (DOCX, XLSX) against the limits before anything is inflated: the number of entries and
/// the sum of the sizes they declare, read from the central directory itself rather than through
/// <see cref="System.IO.Compression.ZipArchive"/> (which would first build an object per entry). Declared
/// sizes can lie, so every entry that is then read goes through a <see cref="CappedStream"/> as well.
/// </summary>
internal static class ZipBounds
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint EntrySignature = 0x02014b50;

    /// <summary>Throws <see cref="ExtractionException"/> where the ZIP declares too many entries or too much inflated data.</summary>
    public static void Check(ReadOnlySpan<byte> zip, ReadLimits limits)
    {
        var end = FindEnd(zip) ?? throw new ExtractionException("DOCX 文件已损坏或不是有效的 Word 文档（找不到 ZIP 目录），无法打开");
        long entries = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]);
        long size = BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 12)..]);
        if ((entries == 0xFFFF || offset == 0xFFFFFFFF || size == 0xFFFFFFFF) && end >= 20
            && BinaryPrimitives.ReadUInt32LittleEndian(zip[(end - 20)..]) == Zip64LocatorSignature)
        {
            var record = BinaryPrimitives.ReadInt64LittleEndian(zip[(end - 12)..]);
            if (record < 0 || record > zip.Length - 56 || BinaryPrimitives.ReadUInt32LittleEndian(zip[(int)record..]) != Zip64EndSignature)
            {
                throw new ExtractionException("DOCX 文件已损坏（ZIP64 目录无效），无法打开");
            }

            entries = BinaryPrimitives.ReadInt64LittleEndian(zip[((int)record + 32)..]);
            size = BinaryPrimitives.ReadInt64LittleEndian(zip[((int)record + 40)..]);
            offset = BinaryPrimitives.ReadInt64LittleEndian(zip[((int)record + 48)..]);
        }

        if (entries < 0 || entries > limits.MaxZipEntries)
        {
            throw TooManyEntries(entries, limits);
        }

        if (offset < 0 || size < 0 || offset + size > zip.Length)
        {
            throw new ExtractionException("DOCX 文件已损坏（ZIP 目录超出文件范围），无法打开");
        }

        var declared = 0L;
        var count = 0L;
        var at = (int)offset;
        var stop = (int)(offset + size);
        while (at + 46 <= stop && BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) == EntrySignature)
        {
            if (++count > limits.MaxZipEntries)
            {
                throw TooManyEntries(count, limits);
            }

            long inflated = BinaryPrimitives.ReadUInt32LittleEndian(zip[(at + 24)..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 28)..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 30)..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 32)..]);
            if (inflated == 0xFFFFFFFF)
            {
                inflated = Zip64Size(zip.Slice(at + 46 + nameLength, Math.Max(0, Math.Min(extraLength, stop - at - 46 - nameLength))));
            }

            declared += inflated;
            if (inflated < 0 || declared > limits.MaxInflatedBytes)
            {
                throw TooLarge(limits.MaxInflatedBytes);
            }

            at += 46 + nameLength + extraLength + commentLength;
        }
    }

    public static ExtractionException TooLarge(long limit) =>
        new($"DOCX 文件解压后的内容超过上限 {Megabytes(limit)}（由文件大小上限推算），可能是“压缩炸弹”，未读取");

    private static ExtractionException TooManyEntries(long entries, ReadLimits limits) =>
        new($"压缩文件中有 {entries.ToString("N0", CultureInfo.InvariantCulture)} 个条目，超过上限 {limits.MaxZipEntries.ToString("N0", CultureInfo.InvariantCulture)} 个，不是正常的 Word 文档，未读取");

    internal static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB");

    /// <summary>The end-of-central-directory record: the last one, within the 64 KB a comment may take.</summary>
    private static int? FindEnd(ReadOnlySpan<byte> zip)
    {
        for (var at = zip.Length - 22; at >= 0 && at >= zip.Length - 22 - 0xFFFF; at--)
        {
            if (zip[at] == 0x50 && BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) == EndSignature)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>The uncompressed size in an entry's ZIP64 extra field (id 1), or -1 where there is none.</summary>
    private static long Zip64Size(ReadOnlySpan<byte> extra)
    {
        while (extra.Length >= 4)
        {
            int id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            int length = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (id == 1 && length >= 8 && extra.Length >= 12)
            {
                return BinaryPrimitives.ReadInt64LittleEndian(extra[4..]);
            }

            extra = extra[Math.Min(extra.Length, 4 + length)..];
        }

        return -1;
    }
}

/// <summary>
/// A read-only stream that refuses to give more than <paramref name="limit"/> bytes: an inflating entry
/// stream is stopped as soon as it passes its declared size or the file's remaining budget.
/// </summary>
internal sealed class CappedStream(Stream inner, long limit, Func<ExtractionException> tooLarge) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for one byte more than allowed, so going past the limit is seen rather than cut off silently.
        var room = (int)Math.Min(buffer.Length, limit - _read + 1);
        var read = inner.Read(buffer[..Math.Max(room, 1)]);
        _read += read;
        if (_read > limit)
        {
            throw tooLarge();
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
