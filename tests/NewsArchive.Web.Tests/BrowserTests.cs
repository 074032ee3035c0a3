using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NewsArchive.Web.Tests;

/// <summary>The site in a real browser: the flows a reader follows, the keyboard, the language switch, and axe-core.</summary>
public abstract class BrowserTests(ArchiveFixture archive, BrowserFixture chromium)
{
    private readonly TestEngine engine = PostgresServer.Require(archive.Engine);

    private async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> OpenAsync(string path, string locale = "en-GB")
    {
        var context = await chromium.Browser.NewContextAsync(new() { BaseURL = archive.BaseAddress.ToString(), Locale = locale });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        // A Content-Security-Policy violation or a script error shows up on the console: the test fails on any.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(path);
        return (context, page, errors);
    }

    [SkippableFact]
    public async Task SearchThenArticleThenPersonThenQuote()
    {
        var (context, page, errors) = await OpenAsync("/");
        await using var _ = context;

        await page.FillAsync("#home-q", "etats-unis");
        await page.PressAsync("#home-q", "Enter");
        await page.WaitForURLAsync("**/search?q=etats-unis");
        await page.Locator(".hits h3 a", new() { HasTextString = "Ishiba" }).First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        await page.Locator(".body a.mention", new() { HasTextString = "Yoshimasa Hayashi" }).First.ClickAsync();
        await page.WaitForURLAsync("**/people/yoshimasa-hayashi");
        Assert.Equal("Yoshimasa Hayashi", await page.Locator("h1").TextContentAsync());
        await page.Locator(".quotes li a[href*='#quote-']").First.ClickAsync();
        await page.WaitForURLAsync("**#quote-*");

        var id = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.True(await page.Locator($"#{id}.quote").IsVisibleAsync());
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task TypingInTheSearchBoxSuggestsPeople()
    {
        var (context, page, errors) = await OpenAsync("/");
        await using var _ = context;

        await page.Locator("#home-q").PressSequentiallyAsync("Hayash");
        // Waits by locator: WaitForFunction evaluates a string, which the site's CSP (rightly) forbids.
        await page.Locator("#home-suggestions option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });

        Assert.Contains("Yoshimasa Hayashi", await page.Locator("#home-suggestions option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)"));
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task FacetsNarrowTheResultsAndCanBeRemoved()
    {
        var (context, page, errors) = await OpenAsync("/search?q=japon");
        await using var _ = context;

        var facet = page.Locator(".facets a[href*='place=']").First;
        await facet.ClickAsync();
        await page.WaitForURLAsync("**place=**");
        Assert.Equal(1, await page.Locator(".facets a[aria-current=true]").CountAsync());
        await page.Locator(".chips a[aria-label^='Remove filter']").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("place=", StringComparison.Ordinal));

        Assert.Equal(0, await page.Locator(".facets a[aria-current=true]").CountAsync());
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task TheLanguageSwitchTurnsTheSiteFrenchAndBack()
    {
        var (context, page, errors) = await OpenAsync("/people");
        await using var _ = context;

        await page.Locator(".language-switch a").ClickAsync();
        await page.Locator("html[lang=fr]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal("Personnes", await page.Locator("h1").TextContentAsync());
        Assert.EndsWith("/people", page.Url, StringComparison.Ordinal);
        await page.GotoAsync("/topics");
        Assert.Equal("Thèmes", await page.Locator("h1").TextContentAsync());
        await page.Locator(".language-switch a").ClickAsync();
        await page.Locator("html[lang=en]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        Assert.Equal("Topics", await page.Locator("h1").TextContentAsync());
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task KeyboardAloneReachesTheSkipLinkAndTheSearchBox()
    {
        var (context, page, errors) = await OpenAsync("/");
        await using var _ = context;

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**#content");
        for (var i = 0; i < 20 && await page.EvaluateAsync<string>("document.activeElement.id") != "home-q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("home-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.TypeAsync("japon");
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await page.WaitForURLAsync("**/search?q=japon", new() { Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            // When the people suggestions for "jap…" arrive before Enter, Chromium's datalist popup takes the first
            // Enter to close itself, as it does for any keyboard user; the second one submits.
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**/search?q=japon");
        }
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task NoPageTypeHasASeriousOrCriticalAccessibilityViolation()
    {
        var client = archive.CreateClient();
        var article = await Html.SeedArticleAsync(client);
        var organisation = (await Html.GetOkAsync(client, "/organisations")).QuerySelector("tbody a")!.GetAttribute("href")!;
        // A topic page joins the list once the topic extractor finds topics; TopicTests covers it on its own archive.
        var topic = (await Html.GetOkAsync(client, "/topics")).QuerySelector(".chips a")?.GetAttribute("href");
        string[] pages = ["/", "/search?q=japon", "/search?q=zzzzqqq", article, "/people", "/people/yoshimasa-hayashi", organisation,
            "/places/etats-unis", "/topics", .. topic is null ? Array.Empty<string>() : [topic], "/quotes", "/imports", "/no-such-page", "/search?page=-1"];
        var failures = new List<string>();
        // Every page in light; dark shares the layout and the palette, so a few page types cover its contrast.
        foreach (var (scheme, paths) in new[] { (ColorScheme.Light, pages), (ColorScheme.Dark, pages[..4]) })
        {
            var context = await chromium.Browser.NewContextAsync(new() { BaseURL = archive.BaseAddress.ToString(), ColorScheme = scheme });
            await using var _ = context;
            var page = await context.NewPageAsync();
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                var result = await page.RunAxe();
                Assert.NotEmpty(result.Passes);
                failures.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{scheme} {path}: {v.Id} ({v.Impact}) {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task APhoneSizedScreenNeedsNoSidewaysScrolling()
    {
        var context = await chromium.Browser.NewContextAsync(new() { BaseURL = archive.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        await using var _ = context;
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/", "/search?q=japon", "/people/yoshimasa-hayashi", "/imports" })
        {
            await page.GotoAsync(path);
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), path);
        }
    }
}

[Collection(SharedSite.Name)]
public sealed class SqliteBrowserTests(ArchiveFixture archive, BrowserFixture chromium) : BrowserTests(archive, chromium);

[Collection(PostgresSite.Name)]
public sealed class PostgresBrowserTests(PostgresArchiveFixture archive, BrowserFixture chromium) : BrowserTests(archive, chromium);
