using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Gongkai.Reading.Script;

/// <summary>
/// OpenCC 1.1 through its C API (Debian's libopencc1.1; no NuGet port of OpenCC exists on the mirror).
/// opencc_open returns (opencc_t)-1 on failure, hence the zero-or-minus-one handle.
/// </summary>
internal sealed partial class OpenCcHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private const string Library = "libopencc.so.1.1";

    public OpenCcHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>Opens a converter (e.g. "t2s.json"), or returns null where the library or its data is missing.</summary>
    public static OpenCcHandle? TryOpen(string config)
    {
        try
        {
            var handle = Open(config);
            if (!handle.IsInvalid)
            {
                return handle;
            }

            handle.Dispose();
            return null;
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Converts UTF-8 text. OpenCC's converter is immutable once loaded (its Convert is const), so one
    /// handle serves every thread without a lock.
    /// </summary>
    public string Convert(string text)
    {
        var input = System.Text.Encoding.UTF8.GetBytes(text);
        var success = false;
        DangerousAddRef(ref success);
        try
        {
            var output = ConvertUtf8(handle, input, (nuint)input.Length);
            if (output == IntPtr.Zero)
            {
                return text;
            }

            try
            {
                return Marshal.PtrToStringUTF8(output) ?? text;
            }
            finally
            {
                FreeUtf8(output);
            }
        }
        finally
        {
            if (success)
            {
                DangerousRelease();
            }
        }
    }

    protected override bool ReleaseHandle() => Close(handle) == 0;

    [LibraryImport(Library, EntryPoint = "opencc_open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial OpenCcHandle Open(string configFileName);

    [LibraryImport(Library, EntryPoint = "opencc_convert_utf8")]
    private static partial IntPtr ConvertUtf8(IntPtr opencc, byte[] input, nuint length);

    [LibraryImport(Library, EntryPoint = "opencc_convert_utf8_free")]
    private static partial void FreeUtf8(IntPtr text);

    [LibraryImport(Library, EntryPoint = "opencc_close")]
    private static partial int Close(IntPtr opencc);
}
