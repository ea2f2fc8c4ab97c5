namespace AllianceCms.Web.Setup;

/// <summary>Finds recipe files: a bare name is looked up in the recipes folder shipped with the site.</summary>
public static class RecipeFiles
{
    public static string Resolve(string nameOrPath)
    {
        if (File.Exists(nameOrPath)) return Path.GetFullPath(nameOrPath);
        var shipped = Path.Combine(AppContext.BaseDirectory, "recipes", $"{nameOrPath}.recipe.json");
        if (File.Exists(shipped)) return shipped;
        throw new FileNotFoundException($"No recipe '{nameOrPath}': neither a file nor {shipped}.");
    }
}
