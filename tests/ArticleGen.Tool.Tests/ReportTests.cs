using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.Tool.Tests.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary>
/// <c>articlegen report</c> on the whole corpus, opened in a real browser (the Debian chromium, driven by Playwright):
/// the summary, one row per file, the highlighted spans, sorting, and no request leaving the page.
/// </summary>
public class ReportTests
{
    private const string Seed = "russian-military-team-arrived-in-caracas.txt";
    private const string MalformedDateline = "020-ecuador-begins-work-on-oil-pipeline-to-colombia.txt";

    [ChromiumFact]
    public async Task Report_shows_every_article_highlights_its_diagnostics_and_sorts()
    {
        Assert.True(Chromium.ExecutablePath is not null, Chromium.InstallHint); // reached without it only under CI=true
        using var folder = new TempFolder();
        IReadOnlyList<CopiedArticle> corpus = CorpusFolders.CopyTo(folder.Combine("corpus"));
        ToolRun run = Articlegen.Run(folder.Path, "report", "corpus", "-o", "out/report.html");
        Assert.True(run.ExitCode == 0, run.ToString());
        string report = folder.Combine("out/report.html");

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowserContext browser = await playwright.Chromium.LaunchPersistentContextAsync(
            folder.Combine("chromium-profile"),
            new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = Chromium.ExecutablePath,
                Headless = true,
                Args = Chromium.LaunchArgs,
                ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            });
        var requests = new ConcurrentBag<string>();
        browser.Request += (_, request) => requests.Add(request.Url);
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(report).AbsoluteUri);

        // The summary and one row per corpus file, with the seed's headline and date in its row.
        Assert.Equal(corpus.Count.ToString(), await page.TextContentAsync("#files"));
        Assert.Equal(corpus.Count, await page.Locator("#files-table tbody tr").CountAsync());
        ILocator seedRow = page.Locator($"#files-table tbody tr[data-path$='{Seed}']");
        Assert.Equal("Russian military team arrived in Caracas: Venezuela military attache", await seedRow.Locator("td").Nth(1).TextContentAsync());
        Assert.Equal("2019-03-28", await seedRow.Locator("td").Nth(2).TextContentAsync());

        // The seed's page chrome is highlighted as chrome, where it stands in the text.
        IReadOnlyList<string> chrome = await page.Locator($"section[data-path$='{Seed}'] pre mark.chrome").AllTextContentsAsync();
        Assert.Contains("Send a link to a friend", chrome);
        Assert.Contains("[to top of second column]", chrome);
        Assert.Contains("|", chrome);

        // A malformed dateline is highlighted in another colour than chrome.
        ILocator dateline = page.Locator($"section[data-path$='{MalformedDateline}'] pre mark.malformed").First;
        Assert.Equal("ART001", await dateline.GetAttributeAsync("data-ids"));
        string chromeColour = await page.Locator("mark.chrome").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        string datelineColour = await dateline.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual(chromeColour, datelineColour);

        // Sorting by word count, up, then down.
        ILocator words = page.Locator("#files-table thead th", new() { HasTextString = "Words" });
        await words.ClickAsync();
        Assert.Equal("ascending", await words.GetAttributeAsync("aria-sort"));
        List<int> up = await WordCounts(page);
        Assert.Equal(up.Order(), up);
        await words.ClickAsync();
        Assert.Equal("descending", await words.GetAttributeAsync("aria-sort"));
        List<int> down = await WordCounts(page);
        Assert.Equal(up.OrderDescending(), down);
        Assert.NotEqual(up, down);

        string artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "report.png") });

        Assert.All(requests, url => Assert.StartsWith("file://", url));
    }

    private static async Task<List<int>> WordCounts(IPage page) =>
        (await page.Locator("#files-table tbody tr td:nth-child(5)").AllTextContentsAsync()).Select(int.Parse).ToList();
}
