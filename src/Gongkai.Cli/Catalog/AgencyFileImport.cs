using System.CommandLine;

namespace Gongkai.Cli.Catalog;

/// <summary>
/// <c>import FILE.csv|FILE.xlsx --agency NAME</c>, as the catalog and the enforcement register both take it: the file
/// must exist, the import runs with a progress bar on a terminal, and the import given says what it imported.
/// </summary>
internal static class AgencyFileImport
{
    /// <summary>What one import does with the opened services: (services, agency, file name, content, progress, cancel) → the line to print.</summary>
    public delegate Task<string> Run(IServiceProvider services, string agency, string fileName, byte[] content, IProgress<(int Done, int Total)>? progress, CancellationToken cancel);

    public static Command Create(CliContext context, string description, IReadOnlyList<string> header, Run run)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV 或 XLSX，表头为 " + string.Join(",", header) };
        var agency = new Option<string>("--agency") { Description = "机关全称", Required = true };
        var command = new Command("import", description) { file, agency };
        command.SetAction((parse, cancel) => context.GuardAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await context.Error.WriteLineAsync($"错误：文件“{path.FullName}”不存在");
                return 1;
            }

            var content = await File.ReadAllBytesAsync(path.FullName, cancel);
            await using var services = await context.OpenAsync(cancel: cancel);
            string done;
            using (var bar = ProgressBar.ForTerminal(context.Error))
            {
                done = await run(services, parse.GetValue(agency)!, path.Name, content, bar, cancel);
            }

            await context.Output.WriteLineAsync(done);
            return 0;
        }));
        return command;
    }
}
