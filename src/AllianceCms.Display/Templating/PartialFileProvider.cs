using System.Text;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace AllianceCms.Display.Templating;

/// <summary>
/// Lets Fluid's <c>{% render "name" %}</c> find partials like any template: the database first, then
/// the theme, then the modules, skipping a version whose text is not valid Liquid.
/// </summary>
internal sealed class PartialFileProvider(TemplateCatalog catalog, LiquidEngine engine) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        if (TemplateNames.FromFileName(subpath) is not { } name) return new NotFoundFileInfo(subpath);
        foreach (var file in catalog.Candidates(name))
        {
            if (engine.Parse(file).IsValid) return new PartialFileInfo(file);
        }
        return new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    /// <summary>Its "last modified" is the file's version, which is how the template cache below keys it.</summary>
    private sealed class PartialFileInfo(TemplateFile file) : IFileInfo
    {
        // Only read when the template cache misses: most renders find the parsed partial by its version.
        private byte[] Bytes => field ??= Encoding.UTF8.GetBytes(file.Source);

        public bool Exists => true;
        public long Length => Bytes.Length;
        public string? PhysicalPath => null;
        public string Name => file.Name + TemplateNames.Extension;
        public DateTimeOffset LastModified => new(file.Version, TimeSpan.Zero);
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(Bytes, writable: false);
    }
}

#pragma warning disable FLUID001 // ITemplateCache is marked for evaluation; it is how Fluid's render tag reuses parsed partials.
/// <summary>Serves partials already parsed by the engine, found by the version carried in their "last modified".</summary>
internal sealed class VersionedTemplateCache(LiquidEngine engine) : ITemplateCache
{
    public bool TryGetTemplate(string path, DateTimeOffset lastModified, out IFluidTemplate template)
    {
        template = engine.Cached(lastModified.UtcTicks)!;
        return template is not null;
    }

    public void SetTemplate(string path, DateTimeOffset lastModified, IFluidTemplate template)
    {
        // The engine's own cache already holds it.
    }
}
#pragma warning restore FLUID001
