using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AllianceCms.Core.Metadata;
using Fluid.Values;

namespace AllianceCms.Display.Pages;

/// <summary>
/// The <c>site</c> value of templates, made once per definitions, culture and site name rather than
/// for every page: it only changes when one of those does. Kept with the definitions' snapshot, so
/// it goes when they are replaced.
/// </summary>
public sealed class SiteModelCache
{
    private readonly ConditionalWeakTable<ContentDefinitionSnapshot, ConcurrentDictionary<(string Culture, string SiteName), FluidValue>> _models = new();

    public FluidValue GetOrAdd(ContentDefinitionSnapshot snapshot, string culture, string siteName, Func<FluidValue> build) =>
        _models.GetOrCreateValue(snapshot).GetOrAdd((culture, siteName), static (_, build) => build(), build);
}
