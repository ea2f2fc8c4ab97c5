using Microsoft.Extensions.Caching.Memory;

namespace AllianceCms.Api.Clients;

/// <summary>How the lookups of clients, users, consents and origins keep what they read (Api:Clients:CacheSeconds).</summary>
internal static class ApiClientCache
{
    /// <summary>
    /// Keeps <paramref name="value"/> for CacheSeconds. At 0 nothing is kept, so the next lookup reads the
    /// database again (MemoryCache refuses a lifetime of zero).
    /// </summary>
    public static void Keep<T>(this IMemoryCache cache, string key, T value, ApiClientOptions options)
    {
        if (options.CacheSeconds > 0) cache.Set(key, value, TimeSpan.FromSeconds(options.CacheSeconds));
    }
}
