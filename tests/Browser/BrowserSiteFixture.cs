using Angebotsverzeichnis.Tests.Building;
using Angebotsverzeichnis.Tests.Support;
using Microsoft.Playwright;

namespace Angebotsverzeichnis.Tests.Browser;

/// <summary>
/// For all browser tests: the sample site built once (Today = 2026-11-25), served over HTTP on 127.0.0.1, and one
/// Debian Chromium (never a downloaded browser) with a fresh temporary profile. Pages are opened per test. In the
/// main context service workers are blocked, so pages are checked as the server sends them; a test that needs the
/// worker opens a context of its own with <see cref="NewContextAsync"/>.
/// </summary>
public sealed class BrowserSiteFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly TemporaryDirectory _profile = new();
    private IPlaywright? _playwright;
    private IBrowserContext? _context;
    private IPage? _tab;

    public BrowserSiteFixture()
    {
        Site = new SampleSiteFixture();
        Server = new StaticSiteServer(Site.Output);
    }

    public SampleSiteFixture Site { get; }

    public StaticSiteServer Server { get; }

    /// <summary>The browser (one persistent context on a temporary profile); requires Chromium (skips or fails otherwise).</summary>
    public IBrowserContext Context
    {
        get
        {
            BrowserRequirement.RequireChromium();
            return _context ?? throw new InvalidOperationException("Chromium did not start.");
        }
    }

    public string Url(string sitePath) => Server.Url(sitePath);

    /// <summary>A new tab, loaded with <paramref name="sitePath"/>, with the page's own script run.</summary>
    public async Task<IPage> OpenAsync(string sitePath)
    {
        var page = await Context.NewPageAsync();
        var response = await page.GotoAsync(Url(sitePath), new() { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        return page;
    }

    /// <summary>A separate, empty context (like a private window) in the same browser, with service workers allowed.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScript = true)
    {
        var browser = Context.Browser ?? throw new InvalidOperationException("Playwright gives no browser for the persistent context.");
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 800 },
            ServiceWorkers = javaScript ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block,
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    /// <summary>One tab, shared by tests that only navigate (each navigation starts afresh).</summary>
    public async Task<IPage> TabAsync() => _tab ??= await Context.NewPageAsync();

    /// <summary>Closes the shared tab (after a failure, so that a navigation still under way cannot disturb the next test).</summary>
    public async Task DiscardTabAsync()
    {
        var tab = _tab;
        _tab = null;
        if (tab is not null) await tab.CloseAsync();
    }

    public async Task InitializeAsync()
    {
        Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics.Sorted()));
        if (!BrowserRequirement.ChromiumInstalled) return;
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _context = await _playwright.Chromium.LaunchPersistentContextAsync(_profile.Path, new()
        {
            ExecutablePath = BrowserRequirement.ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
            ViewportSize = new() { Width = 1280, Height = 800 },
            ServiceWorkers = ServiceWorkerPolicy.Block,
            Timeout = 60_000,
        });
        _context.SetDefaultTimeout(15_000);
        _context.SetDefaultNavigationTimeout(30_000);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
        _playwright?.Dispose();
        Server.Dispose();
        Site.Dispose();
        _profile.Dispose();
    }
}

/// <summary>Browser tests share one build, one server and one browser, and run one after another (other tests run alongside).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "Browser";
}
