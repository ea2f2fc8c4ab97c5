using System.Data.Common;
using AllianceCms.Core.Modules;
using AllianceCms.Core.Recipes;

namespace AllianceCms.Web.Operations;

/// <summary>Turns the failures that stop start-up into one clear line for the operator.</summary>
public static class StartupErrors
{
    public static string? Describe(Exception e) => e switch
    {
        ModuleMigrationException m => m.Message,
        ModuleLoadException l => l.Message,
        InvalidRecipeException r => r.Message,
        Microsoft.Extensions.Options.OptionsValidationException o => "Invalid configuration: " + string.Join(" ", o.Failures),
        DbException db => $"The database cannot be reached: {db.Message}",
        InvalidOperationException { InnerException: DbException db } => $"The database cannot be reached: {db.Message}",
        FileNotFoundException f => f.Message,
        // A backup file that is not one, a backup over an existing file.
        InvalidDataException d => d.Message,
        IOException io => io.Message,
        _ => null,
    };
}
