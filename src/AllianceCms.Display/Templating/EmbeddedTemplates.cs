using System.Reflection;
using AllianceCms.Core.Modules;

namespace AllianceCms.Display.Templating;

/// <summary>An assembly that ships default templates as embedded resources <c>Templates/*.liquid</c>.</summary>
public sealed record TemplateAssembly(Assembly Assembly);

/// <summary>
/// Default templates embedded in the modules' assemblies (a module that depends on another may
/// override its templates), then the core's own generic defaults, which every site can fall back to.
/// </summary>
public sealed class EmbeddedTemplates : ITemplateSource
{
    private readonly Dictionary<string, TemplateFile> _files = new(StringComparer.Ordinal);

    public EmbeddedTemplates(ModuleCatalog modules, IEnumerable<TemplateAssembly> extra)
    {
        // Dependents come after their dependencies in the catalog, so read it backwards: the first found wins.
        var assemblies = extra.Select(a => a.Assembly)
            .Concat(modules.Modules.Reverse().Select(m => m.GetType().Assembly))
            .Append(typeof(EmbeddedTemplates).Assembly)
            .Distinct();
        foreach (var assembly in assemblies)
        {
            foreach (var (name, source) in Read(assembly)) _files.TryAdd(name, new TemplateFile(name, TemplateOrigin.Module, source, $"{assembly.GetName().Name}:{name}"));
        }
    }

    public TemplateOrigin Origin => TemplateOrigin.Module;

    public TemplateFile? Find(string name) => _files.GetValueOrDefault(name);

    public IEnumerable<string> Names => _files.Keys;

    /// <summary>
    /// Resources named "Templates/X.liquid" (a LogicalName) or "Root.Namespace.Templates.X.liquid"
    /// (MSBuild's default for <c>&lt;EmbeddedResource Include="Templates\*.liquid" /&gt;</c>).
    /// </summary>
    public static IEnumerable<(string Name, string Source)> Read(Assembly assembly)
    {
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.EndsWith(TemplateNames.Extension, StringComparison.Ordinal)) continue;
            var at = resource.StartsWith("Templates/", StringComparison.Ordinal) ? "Templates/".Length
                : resource.IndexOf(".Templates.", StringComparison.Ordinal) is var i and >= 0 ? i + ".Templates.".Length : -1;
            if (at < 0) continue;
            var name = resource[at..^TemplateNames.Extension.Length];
            if (!TemplateNames.IsValid(name)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (name, reader.ReadToEnd());
        }
    }
}
