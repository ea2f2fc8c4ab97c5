namespace AllianceCms.Api.Clients;

/// <summary>
/// Which redirect URIs a browser app may register: absolute HTTPS, or plain HTTP on the loopback
/// host only (for development); no fragment, no user info. Codes travel in the redirect: anything
/// looser would let them leak to whoever reads the traffic.
/// </summary>
public static class RedirectUriRule
{
    public static bool IsAllowed(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Fragment.Length > 0 || value.Contains('#') || uri.UserInfo.Length > 0) return false;
        return uri.Scheme == Uri.UriSchemeHttps
            || (uri.Scheme == Uri.UriSchemeHttp && uri.Host is "localhost" or "127.0.0.1");
    }
}
