using AllianceCms.Core.Recipes;
using AllianceCms.Data.Content;
using AllianceCms.Data.Operations;
using AllianceCms.Data.Recipes;
using AllianceCms.Web.Setup;

namespace AllianceCms.Web.Commands;

/// <summary>
/// The operator's commands: <c>setup</c>, <c>export FILE</c>, <c>import FILE</c>, <c>reindex</c>,
/// <c>backup FILE</c>, <c>restore FILE</c>. Each runs against the configured database and exits.
/// </summary>
public static class CliCommands
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string> { "setup", "export", "import", "reindex", "backup", "restore", "help" };

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken ct)
    {
        var command = args[0];
        var file = args.Length > 1 ? args[1] : null;
        if (command == "help") { PrintUsage(); return 0; }
        if (command is "export" or "import" or "backup" or "restore" && file is null)
        {
            Console.Error.WriteLine($"'{command}' needs a file: {command} FILE");
            return 64;
        }

        // A restore replaces the database wholesale, so it must not migrate (or set up) first.
        if (command != "restore") await Operations.SiteStartup.PrepareAsync(services, setUp: command == "setup", ct);
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        switch (command)
        {
            case "setup":
                Console.WriteLine("The site is set up.");
                break;
            case "export":
                var recipe = await sp.GetRequiredService<RecipeExporter>().ExportAsync(Path.GetFileNameWithoutExtension(file!), ct);
                await File.WriteAllTextAsync(file!, RecipeExporter.Serialize(recipe), ct);
                Console.WriteLine($"Exported to {Path.GetFullPath(file!)}.");
                break;
            case "import":
                var imported = RecipeExecutor.Parse(await File.ReadAllTextAsync(RecipeFiles.Resolve(file!), ct));
                await sp.GetRequiredService<RecipeExecutor>().ExecuteAsync(imported, ct);
                Console.WriteLine($"Imported recipe '{imported.Name}'.");
                break;
            case "reindex":
                var count = await sp.GetRequiredService<Reindexer>().ReindexAsync(ct);
                Console.WriteLine($"Reindexed {count} versions.");
                var searchable = await sp.GetRequiredService<Search.SearchIndexRebuilder>().RebuildAsync(ct);
                Console.WriteLine($"Rebuilt the search index with {searchable} published items.");
                break;
            case "backup":
                await sp.GetRequiredService<DatabaseBackup>().BackupAsync(file!, ct);
                Console.WriteLine($"Backed up to {Path.GetFullPath(file!)}.");
                break;
            case "restore":
                await sp.GetRequiredService<DatabaseBackup>().RestoreAsync(file!, ct);
                Console.WriteLine($"Restored from {Path.GetFullPath(file!)}.");
                break;
        }
        return 0;
    }

    private static void PrintUsage() => Console.WriteLine("""
        Usage: AllianceCms.Web [command]
          (no command)    run the site (set up from the recipe on first run)
          setup           set up an empty database from the recipe, then exit
          export FILE     write settings, roles, definitions and content as a recipe
          import FILE     import a recipe (validated whole first; all or nothing)
          reindex         rebuild the index tables, routes and search index from the stored documents
          backup FILE     copy the database to FILE (safe while the site runs)
          restore FILE    replace the database with a backup (stop the site first)
        """);
}
