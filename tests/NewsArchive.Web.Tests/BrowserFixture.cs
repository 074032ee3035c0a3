using Microsoft.Playwright;

namespace NewsArchive.Web.Tests;

/// <summary>
/// One headless Debian Chromium for every browser test. When Chromium is missing the browser tests fail with a
/// message saying how to install it; they never pass without a browser (and the HTTP tests still run).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;
    private Exception? failure;

    public IBrowser Browser => browser ?? throw new InvalidOperationException(
        $"Browser tests need Chromium at {ChromiumPath} (Debian: apt-get install -y chromium). Launch failed: {failure?.Message}", failure);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            failure = new FileNotFoundException("Chromium is not installed", ChromiumPath);
            return;
        }

        try
        {
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        catch (PlaywrightException e)
        {
            failure = e;
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
