using AllianceCms.Core.Metadata;
using AllianceCms.Core.Routing;

namespace AllianceCms.Display.Pages;

/// <summary>
/// The paths the public pages answer before items (cultures' homes and types' lists) and those another endpoint
/// answers, which routing prefers to the public pages' catch-all (admin, API, media, search, modules' pages).
/// </summary>
public sealed class ReservedPaths(ContentUrls urls, IContentDefinitionStore definitions, EndpointPaths endpoints) : IReservedPaths
{
    public async ValueTask<bool> IsReservedAsync(string path, CancellationToken ct)
    {
        var (culture, remainder) = urls.SplitCulture(path);
        return remainder.Length == 0
            || PageModels.ListTypeAt(await definitions.GetSnapshotAsync(ct), culture, remainder) is not null
            || endpoints.AnswersGet(path);
    }
}
