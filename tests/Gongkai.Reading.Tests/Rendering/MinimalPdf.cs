using System.Globalization;
using System.Text;

namespace Gongkai.Reading.Tests.Rendering;

/// <summary>
/// Writes a PDF from numbered objects with a correct cross-reference table: the pieces the bomb and OCR tests
/// need (a page whose content stream is any bytes, pages that show one JPEG each) without a PDF library.
/// </summary>
internal sealed class MinimalPdf
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds an object (its text between “n 0 obj” and “endobj”) and returns its number.</summary>
    public int Add(string body) => Add(Encoding.ASCII.GetBytes(body));

    public int Add(byte[] body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    /// <summary>Adds a stream object with the given dictionary entries (Length is added).</summary>
    public int AddStream(string dictionary, byte[] data)
    {
        var head = Encoding.ASCII.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n");
        var tail = "\nendstream"u8.ToArray();
        return Add([.. head, .. data, .. tail]);
    }

    /// <summary>Reserves an object number to fill in later (for the page tree, which names its pages).</summary>
    public int Reserve() => Add("null");

    public void Set(int number, string body) => _objects[number - 1] = Encoding.ASCII.GetBytes(body);

    /// <summary>The file, with <paramref name="root"/> as the catalog.</summary>
    public byte[] Build(int root)
    {
        using var output = new MemoryStream();
        output.Write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            output.Write(_objects[i]);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return output.ToArray();
    }

    /// <summary>A catalog and page tree over pages (width, height in pt, resources, content stream object).</summary>
    public static int Pages(MinimalPdf pdf, IEnumerable<(double Width, double Height, string Resources, int Content)> pages)
    {
        var tree = pdf.Reserve();
        var kids = new List<int>();
        foreach (var (width, height, resources, content) in pages)
        {
            kids.Add(pdf.Add(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {width:0.##} {height:0.##}] /Resources {resources} /Contents {content} 0 R >>")));
        }

        pdf.Set(tree, $"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>");
        return pdf.Add($"<< /Type /Catalog /Pages {tree} 0 R >>");
    }
}
