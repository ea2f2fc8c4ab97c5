using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Infrastructure;

/// <summary>
/// The Alliance site on a real loopback port, and Debian's Chromium driven by Playwright (never a
/// downloaded browser). Shared by the tests of the "browser" collection; a subclass passes settings
/// for a site configured otherwise.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly KestrelSiteFactory _site;

    public BrowserSite() : this(new Dictionary<string, string>()) { }

    protected BrowserSite(IReadOnlyDictionary<string, string> settings) => _site = new(settings);

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public CmsFactory Site => _site;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/install-test-deps.sh (scripts/test.sh does).");
        await _site.InitializeAsync();
        BaseUrl = _site.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (own cookies) with one page.</summary>
    public async Task<IPage> NewPageAsync(string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = locale ?? "en-GB" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await ((IAsyncLifetime)_site).DisposeAsync();
    }

    private sealed class KestrelSiteFactory(IReadOnlyDictionary<string, string> settings) : CmsFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The loopback server has no TLS: tokens and browser apps' consent page over plain HTTP.
            builder.UseSetting("Api:Clients:RequireHttps", "false");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }

        protected override void Start()
        {
            UseKestrel(0);
            StartServer();
        }
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>;
