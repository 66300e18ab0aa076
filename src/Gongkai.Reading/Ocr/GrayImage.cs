using System.Globalization;
using System.Text;
using Gongkai.Reading.Extraction;

namespace Gongkai.Reading.Ocr;

/// <summary>An 8-bit greyscale image, as pdftoppm -gray writes it (binary PGM, P5), with the crops OCR needs.</summary>
internal sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte this[int x, int y] => pixels[(y * Width) + x];

    /// <summary>Dark enough to be ink (text or a rule).</summary>
    public bool IsInk(int x, int y) => pixels[(y * Width) + x] < 160;

    public static GrayImage Read(string path, long maxPixels)
    {
        var bytes = File.ReadAllBytes(path);
        var at = 0;
        var fields = new string[4];
        for (var i = 0; i < 4; i++)
        {
            while (at < bytes.Length && (char.IsWhiteSpace((char)bytes[at]) || bytes[at] == '#'))
            {
                if (bytes[at] == '#')
                {
                    while (at < bytes.Length && bytes[at] != '\n')
                    {
                        at++;
                    }
                }

                at++;
            }

            var start = at;
            while (at < bytes.Length && !char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            fields[i] = Encoding.ASCII.GetString(bytes, start, at - start);
        }

        at++;
        if (fields[0] != "P5" || !int.TryParse(fields[1], CultureInfo.InvariantCulture, out var width) || !int.TryParse(fields[2], CultureInfo.InvariantCulture, out var height)
            || fields[3] != "255" || width <= 0 || height <= 0 || (long)width * height > maxPixels || bytes.Length - at < (long)width * height)
        {
            throw new ExtractionException("扫描页的图像无法解码，未读取");
        }

        return new GrayImage(width, height, bytes[at..(at + (width * height))]);
    }

    /// <summary>How many ink pixels the rectangle holds.</summary>
    public int Ink(int left, int top, int right, int bottom)
    {
        var count = 0;
        for (var y = Math.Max(0, top); y < Math.Min(Height, bottom); y++)
        {
            for (var x = Math.Max(0, left); x < Math.Min(Width, right); x++)
            {
                count += IsInk(x, y) ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>Writes the rectangle as a PGM with a white margin (Tesseract reads a lone line better with space around it).</summary>
    public void WriteCrop(string path, int left, int top, int right, int bottom, int margin)
    {
        left = Math.Max(0, left);
        top = Math.Max(0, top);
        right = Math.Min(Width, right);
        bottom = Math.Min(Height, bottom);
        int w = Math.Max(1, right - left) + (2 * margin), h = Math.Max(1, bottom - top) + (2 * margin);
        var crop = new byte[w * h];
        Array.Fill(crop, (byte)255);
        for (var y = top; y < bottom; y++)
        {
            Array.Copy(pixels, (y * Width) + left, crop, ((y - top + margin) * w) + margin, right - left);
        }

        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{w} {h}\n255\n")));
        file.Write(crop);
    }
}
