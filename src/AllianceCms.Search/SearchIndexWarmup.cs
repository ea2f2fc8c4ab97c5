using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Search;

/// <summary>
/// Builds the index when the site starts without one (a new node, a deleted folder), in the background
/// so that the site answers meanwhile; searches find nothing until it is done.
/// </summary>
public sealed class SearchIndexWarmup(IServiceScopeFactory scopes, ILogger<SearchIndexWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>().RebuildEmptyAsync(stoppingToken))
                logger.LogInformation("The search index was empty and has been built");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        catch (Exception e)
        {
            // The site works without search; the operator sees why and can run `reindex`.
            logger.LogError(e, "The search index could not be built at start");
        }
    }
}
