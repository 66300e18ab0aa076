namespace Gongkai.Cli.Reading;

/// <summary>The files named on the command line, folders expanded (recursively, in path order).</summary>
public static class FileSet
{
    public static List<string> Expand(IEnumerable<string> paths, out bool folderGiven)
    {
        folderGiven = false;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                folderGiven = true;
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}
