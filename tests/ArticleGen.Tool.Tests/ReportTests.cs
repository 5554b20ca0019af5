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
/// <c>articlegen report</c> on the whole corpus, opened in a real browser (the Debian chromium, driven by Playwright)
/// in a 1,280 px window: the summary, one row per file, the highlighted spans, sorting, the picture of a whole page
/// line by line, a click on a diagnostic, and no request leaving the page. A screenshot of each view is kept in the
/// test output's <c>artifacts</c> folder.
/// </summary>
public class ReportTests
{
    private const string Seed = "russian-military-team-arrived-in-caracas.txt";
    private const string MalformedDateline = "020-ecuador-begins-work-on-oil-pipeline-to-colombia.txt";

    /// <summary>A whole page of the wild corpus, with labels written outside this project (Corpus/wild/expected).</summary>
    private const string WholePage = "sh-0085-htt-page";

    private const int WindowWidth = 1280;

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
                ViewportSize = new ViewportSize { Width = WindowWidth, Height = 1000 },
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

        // The table fits the window, and names each file by its file name.
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= WindowWidth, "the page scrolls sideways");
        Assert.True(await page.EvaluateAsync<double>("() => document.getElementById('files-table').getBoundingClientRect().right") <= WindowWidth);
        Assert.Equal(Seed, await seedRow.Locator("td").First.TextContentAsync());
        IReadOnlyList<string> names = await page.Locator("#files-table tbody tr td:first-child").AllTextContentsAsync();
        Assert.Equal(corpus.Select(c => Path.GetFileName(c.Name)).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));

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
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "report-summary.png") });

        // Every diagnostic links to its help page, as its descriptor's helpLinkUri says.
        ILocator help = page.Locator($"section[data-path$='{Seed}'] ol.diagnostics li[data-id='ART005'] a.help").First;
        Assert.Equal(Samples.HelpBase + "ART005.md", await help.GetAttributeAsync("href"));
        Assert.Equal(Samples.HelpBase + "ART005.md", await page.Locator("#by-id tr[data-id='ART005'] a.help").GetAttributeAsync("href"));

        await PageView(page, artifacts);

        Assert.All(requests, url => Assert.StartsWith("file://", url));
    }

    /// <summary>
    /// The picture of a whole page: each line coloured by what the parser made of it, checked against the page's labels
    /// (the headline and the article's paragraphs, as people outside this project wrote them down) and against what a
    /// person sees on it (the banner above, the footer below, the date line under the byline).
    /// </summary>
    private static async Task PageView(IPage page, string artifacts)
    {
        ILocator section = page.Locator($"section[data-path$='{WholePage}.txt']");
        string[] text = (await File.ReadAllTextAsync(Path.Combine(CorpusFolders.Root, "wild", "articles", WholePage + ".txt"))).Split('\n');
        using var labels = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(CorpusFolders.Root, "wild", "expected", WholePage + ".json")));
        string headline = labels.RootElement.GetProperty("headline").GetString()!;
        string[] body = labels.RootElement.GetProperty("body").GetString()!.Split("\n\n");
        async Task<string> KindOf(int line) => (await section.Locator($"pre .line[data-line='{line}']").GetAttributeAsync("data-kind"))!;

        Assert.Equal(text.Length, await section.Locator("pre .line").CountAsync());
        int headlineLine = Array.FindIndex(text, l => l.Trim() == headline) + 1;
        Assert.Equal(7, headlineLine);
        Assert.Equal("headline", await KindOf(headlineLine));
        Assert.Equal([headlineLine], await LinesOfKind(section, "headline"));
        Assert.Equal("byline", await KindOf(9));   // "Tom Davies Associated Press"
        Assert.Equal("byline", await KindOf(10));  // "Published 11:34 PM EST Nov 19, 2019"
        // The banner above and the footer below are outside the article: chrome (ART005), or text set aside (ART012).
        string[] outside = ["chrome", "setaside"];
        Assert.Contains(await KindOf(1), outside);   // "Welcome to The Detroit News’s EUROPEAN UNION EXPERIENCE"
        Assert.Contains(await KindOf(57), outside);  // "Terms of Service Privacy Notice"
        int labelled = 0;
        for (int n = 0; n < text.Length; n++)
        {
            if (body.Any(p => p.Trim() == text[n].Trim() && p.Trim().Length > 0))
            {
                labelled++;
                Assert.True(await KindOf(n + 1) == "article", $"line {n + 1} is a labelled paragraph but shows as {await KindOf(n + 1)}");
            }
        }

        Assert.True(labelled >= 18, $"only {labelled} labelled paragraphs stand on lines of their own");

        // The strip: runs of lines, top to bottom, as tall as their share; the first is the banner, a link to line 1.
        ILocator runs = section.Locator("nav.strip a");
        Assert.Equal(await KindOf(1), await runs.First.GetAttributeAsync("data-kind"));
        Assert.Equal("1", await runs.First.GetAttributeAsync("data-first"));
        Assert.Contains("article", await runs.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.kind)"));
        Assert.Equal(text.Length, (await runs.EvaluateAllAsync<int[]>("rs => rs.map(r => r.dataset.last - r.dataset.first + 1)")).Sum());
        double[] heights = await runs.EvaluateAllAsync<double[]>("rs => rs.map(r => r.getBoundingClientRect().height)");
        Assert.True(heights.Max() > 5 * heights.Min() || heights.Length < 3, "the runs are not drawn to their share of the page");

        // The header fields beside it, with their lines.
        Assert.Equal("Thousands of teachers pack Indiana Statehouse for protest", await section.Locator("dl.fields dd").First.TextContentAsync());
        Assert.Contains("line 7", await section.Locator("dl.fields dt").First.TextContentAsync());

        await page.EvaluateAsync($"() => document.querySelector(\"section[data-path$='{WholePage}.txt']\").scrollIntoView()");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "report-page.png") });

        // Clicking a diagnostic scrolls to its lines and outlines them: the footer's links at line 57 (the date line
        // repeated above it and the site's notice below it are set aside, ART012).
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        ILocator footer = section.Locator("ol.diagnostics li", new LocatorLocatorOptions { HasText = "ART005" }).Last.Locator("a.go");
        Assert.Equal("57:1", await footer.TextContentAsync());
        await footer.ClickAsync();
        ILocator line57 = section.Locator("pre .line[data-line='57']");
        Assert.Contains("target", await line57.GetAttributeAsync("class"));
        Assert.True(await line57.EvaluateAsync<bool>("e => { var r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"), "line 57 is not in view after the click");
        Assert.Equal([57], (await section.Locator("pre .line.target").EvaluateAllAsync<string[]>("ls => ls.map(l => l.dataset.line)")).Select(int.Parse));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "report-diagnostic.png") });

        // A run of the strip is a link too: the banner's run goes back to line 1.
        await runs.First.ClickAsync();
        Assert.Contains("target", await section.Locator("pre .line[data-line='1']").GetAttributeAsync("class"));
    }

    private static async Task<int[]> LinesOfKind(ILocator section, string kind) =>
        (await section.Locator($"pre .line[data-kind='{kind}']").EvaluateAllAsync<string[]>("ls => ls.map(l => l.dataset.line)")).Select(int.Parse).ToArray();

    /// <summary>
    /// The line picture without a browser, on the README's whole page, line by line as a person reads it: the menus,
    /// the advert and the related links are chrome, the title is the headline, the byline and the date line are the
    /// header, and the three paragraphs (one wrapped over two lines) are the article.
    /// </summary>
    [Fact]
    public void Each_line_of_a_whole_page_is_classified_from_the_parse()
    {
        using var folder = new TempFolder();
        folder.File("library.txt", ShowTests.WholePage);

        ToolRun run = Articlegen.Run(folder.Path, "report", "library.txt", "-o", "report.html");

        Assert.True(run.ExitCode == 0, run.ToString());
        string html = File.ReadAllText(folder.Combine("report.html"));
        Dictionary<int, string> kinds = System.Text.RegularExpressions.Regex.Matches(html, "<span class=\"line k-[a-z]+\" id=\"a0-l(\\d+)\" data-line=\"\\d+\" data-kind=\"([a-z]+)\"")
            .ToDictionary(m => int.Parse(m.Groups[1].Value), m => m.Groups[2].Value);
        string Lines(string kind) => string.Join(",", kinds.Where(k => k.Value == kind).Select(k => k.Key));

        Assert.Equal(ShowTests.WholePage.Split('\n').Length, kinds.Count);
        Assert.Equal("9", Lines("headline"));
        Assert.Equal("11,12", Lines("byline"));
        Assert.Equal("14,16,17,21", Lines("article"));
        // One run of chrome from the skip link to "Subscribe", the blank lines inside it included (a fix removes them with it).
        Assert.Equal("1,2,3,4,5,6,7", string.Join(",", kinds.Where(k => k.Key < 9 && k.Value == "chrome").Select(k => k.Key)));
        Assert.Equal("chrome", kinds[19]); // Advertisement
        Assert.Equal("chrome", kinds[23]); // Related stories
        Assert.Equal("blank", kinds[8]);
        Assert.Equal("blank", kinds[13]);
    }

    private static async Task<List<int>> WordCounts(IPage page) =>
        (await page.Locator("#files-table tbody tr td:nth-child(5)").AllTextContentsAsync()).Select(int.Parse).ToList();
}
