namespace AllianceCms.Core.Routing;

/// <summary>
/// Paths the site answers with something other than an item: a culture's home, a type's list, the admin, the API or
/// a module's page. An item given one of them as its address could never be shown, so its slug must not make one.
/// </summary>
public interface IReservedPaths
{
    ValueTask<bool> IsReservedAsync(string path, CancellationToken ct);
}
