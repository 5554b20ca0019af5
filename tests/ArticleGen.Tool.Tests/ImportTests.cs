using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleGen.Generator.Parsing;
using ArticleGen.Tool.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Tool.Tests;

/// <summary>
/// <c>articlegen import</c>: a news page with site chrome around the article becomes a clean fixture, and parsing that
/// fixture gives back the page's headline, byline, date and paragraphs.
/// </summary>
public class ImportTests
{
    private const string Headline = "Russian military team arrived in Caracas: Venezuela military attache";

    private static readonly string[] Paragraphs =
    [
        "Members of the Russian military have arrived in Venezuela but will not take part in military operations, Venezuela's military attache in Moscow was cited as saying by Interfax news agency on Thursday.",
        "A spokeswoman for the Russian foreign ministry subsequently said Russia had sent a team of specialists to Venezuela to discuss military cooperation at the request of the government in Caracas.",
        "U.S. President Donald Trump called on Russia on Wednesday to pull troops out of Venezuela and said \"all options\" were open to make that happen.",
    ];

    /// <summary>A page as news sites serve it: navigation, a byline, a figure, entities, a footer with share links.</summary>
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Russian military team arrived in Caracas | World News</title>
        <meta property="og:title" content="Russian military team arrived in Caracas: Venezuela military attache">
        <meta name="author" content="Maxim Rodionov">
        <meta property="article:published_time" content="2019-03-28T10:15:00Z">
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
        <main><article>
        <h1>Russian military team arrived in Caracas: Venezuela military attache</h1>
        <p class="byline">By Maxim Rodionov</p>
        <p>MOSCOW (Reuters) - Members of the Russian military have arrived in Venezuela but will not take part in
        military operations, Venezuela&#39;s military attache in Moscow was cited as saying by Interfax news agency on Thursday.</p>
        <figure><img src="caracas.jpg" alt=""><figcaption>A view of the city during a blackout in Caracas, Venezuela March 27, 2019. REUTERS/Carlos Garcia Rawlins</figcaption></figure>
        <p>A spokeswoman for the Russian foreign ministry subsequently said Russia had sent a team of specialists to
        Venezuela to discuss military cooperation at the request of the government in Caracas.</p>
        <p>U.S. President Donald Trump called on Russia on Wednesday to pull troops out of Venezuela and said &quot;all options&quot; were open to make that happen.</p>
        <p>(Reporting by Maxim Rodionov; Writing by Tom Balmforth; Editing by Raissa Kasolowsky)</p>
        </article></main>
        <footer><p>Share this article</p><p>&copy; 2019 Example News</p></footer>
        </body></html>
        """;

    [Fact]
    public void A_saved_page_becomes_a_fixture_that_parses_back_to_the_page()
    {
        using var folder = new TempFolder();
        folder.File("saved/caracas.html", Page);

        ToolRun run = Articlegen.Run(folder.Path, "import", "saved/caracas.html", "-o", "Articles/caracas.txt");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"wrote Articles/caracas.txt: '{Headline}', 3 paragraphs, 1 photo\n" +
            "read back: the same headline, byline, date, 3 paragraphs and 1 photo\n",
            run.Output);
        AssertRoundTrip(File.ReadAllText(folder.Combine("Articles/caracas.txt")));
    }

    [Fact]
    public void A_URL_is_fetched_from_a_loopback_server()
    {
        using var folder = new TempFolder();
        using var server = new LoopbackServer(new Dictionary<string, string> { ["/world/caracas"] = Page });

        ToolRun run = Articlegen.Run(folder.Path, "import", server.BaseAddress + "world/caracas", "-o", "caracas.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        AssertRoundTrip(File.ReadAllText(folder.Combine("caracas.txt")));
    }

    [Fact]
    public void A_missing_URL_is_a_usage_error()
    {
        using var folder = new TempFolder();
        using var server = new LoopbackServer(new Dictionary<string, string>());

        ToolRun run = Articlegen.Run(folder.Path, "import", server.BaseAddress + "gone", "-o", "gone.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"articlegen: error: import: '{server.BaseAddress}gone' answered 404 Not Found (see 'articlegen import --help')", run.Errors.Trim());
        Assert.False(File.Exists(folder.Combine("gone.txt")));
    }

    [Fact]
    public void A_page_without_an_article_exits_1_and_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.File("empty.html", "<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>");

        ToolRun run = Articlegen.Run(folder.Path, "import", "empty.html", "-o", "empty.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("articlegen: no article found in 'empty.html'", run.Errors.Trim());
        Assert.False(File.Exists(folder.Combine("empty.txt")));
    }

    [Fact]
    public void An_existing_fixture_is_overwritten_only_with_force()
    {
        using var folder = new TempFolder();
        folder.File("caracas.html", Page);
        string fixture = folder.File("caracas.txt", "keep me");

        Assert.Equal(2, Articlegen.Run(folder.Path, "import", "caracas.html", "-o", "caracas.txt").ExitCode);
        Assert.Equal("keep me", File.ReadAllText(fixture));
        Assert.Equal(0, Articlegen.Run(folder.Path, "import", "caracas.html", "-o", "caracas.txt", "--force").ExitCode);
        AssertRoundTrip(File.ReadAllText(fixture));
    }

    /// <summary>Every saved page of the tests, imported, then read back by <c>show</c>, which runs the generator's parser.</summary>
    public static TheoryData<string> SavedPages => new(Directory.GetFiles(PagesFolder, "*.html").Select(Path.GetFileName).Order()!);

    private static string PagesFolder => Path.Combine(System.AppContext.BaseDirectory, "Pages");

    /// <summary>
    /// What <c>import</c> took from the page, <c>show</c> reads back: import says so, and the fields <c>show</c> prints
    /// are the ones a person reads on the page (written out below by hand, page by page).
    /// </summary>
    [Theory]
    [MemberData(nameof(SavedPages))]
    public void Every_saved_page_reads_back_as_import_took_it(string page)
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(PagesFolder, page), folder.Combine(page));

        ToolRun run = Articlegen.Run(folder.Path, "import", page, "-o", "fixture.txt");
        ToolRun show = Articlegen.Run(folder.Path, "show", "fixture.txt", "--json");

        Assert.Contains("\nread back: the same headline, byline, date, ", run.Output);
        Assert.DoesNotContain("differs", run.Output);
        using System.Text.Json.JsonDocument json = System.Text.Json.JsonDocument.Parse(show.Output);
        System.Text.Json.JsonElement article = json.RootElement;
        string[] paragraphs = article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToArray();
        string[] photos = article.GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("caption").GetString() + " | " + p.GetProperty("credit").GetString()).ToArray();
        Expected expected = ExpectedPages[page];
        Assert.Equal(expected.ExitCode, run.ExitCode);
        Assert.Equal(expected.Headline, article.GetProperty("headline").GetString());
        Assert.Equal(expected.Byline, article.GetProperty("byline").GetString());
        Assert.Equal(expected.Published, article.GetProperty("published").GetString());
        Assert.Equal(expected.Paragraphs, paragraphs.Length);
        Assert.Equal(expected.FirstParagraph, paragraphs.FirstOrDefault());
        Assert.Equal(expected.Photos, photos);
    }

    private sealed record Expected(int ExitCode, string Headline, string? Byline, string? Published, int Paragraphs, string? FirstParagraph, string[] Photos);

    private static readonly Dictionary<string, Expected> ExpectedPages = new()
    {
        // The photo credit opens the article: it stays a paragraph, and the three after it are read too.
        ["credit-first.html"] = new(0, "Storm closes schools across the county", "Ann Lee", "2019-11-19", 4, "© Provided by The Daily Courier", []),
        // article:published_time says March 6 (UTC); the JSON-LD NewsArticle says March 5, in its own time zone, and wins.
        // The third caption, "Coast News", has no credit: it is left out rather than read back as a paragraph.
        ["dates-disagree.html"] = new(0, "Harbour bridge reopens after repairs", "Tom Reed", "2019-03-05", 3,
            "The harbour bridge opened to traffic again on Tuesday evening, four months after a barge struck one of its piers during a storm.",
            ["Cars cross the harbour bridge on Tuesday evening. | AP Photo/Ted S. Warren", "The crowd at the reopening. | Damian Dovarganes, AP"]),
        // Too short for SmartReader's readability check; its best candidate is the notice.
        ["short-note.html"] = new(0, "Library hours change", null, "2019-07-01", 2, "The town library will close at five on Fridays from July.", []),
        // The page declares no date: the byline stands apart from the headline, or the header would read it as the
        // headline's second line.
        ["no-date.html"] = new(0, "Ferry timetable changes for the winter", "Mara Lind", null, 3,
            "The island ferry will sail four times a day instead of six from the first of November, the operator said, because fewer visitors travel in the cold months.", []),
        // The article is one photo with its caption: no paragraph reads back, and import says so with exit code 1.
        ["caption-only.html"] = new(1, "Sunset over the bay", null, "2019-08-04", 0, null,
            ["The sun sets over the bay on Sunday, at the end of the hottest day of the year in the city. | REUTERS/Jane Doe"]),
    };

    [Fact]
    public void The_JSON_LD_date_comes_before_the_meta_tag_and_is_taken_as_written()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(PagesFolder, "dates-disagree.html"), folder.Combine("bridge.html"));

        Assert.Equal(0, Articlegen.Run(folder.Path, "import", "bridge.html", "-o", "bridge.txt").ExitCode);

        Assert.Contains("\n[March 5, 2019]\n", File.ReadAllText(folder.Combine("bridge.txt")));
    }

    /// <summary>
    /// Without a date line, nothing closes the header: a By line right under the headline can be read as the
    /// headline's second line (an India Post page of the benchmark read back as "With shattered dreams, deportees
    /// return home from US By India Post News Weekly"). A blank line keeps them apart.
    /// </summary>
    [Fact]
    public void Without_a_date_the_byline_stands_apart_from_the_headline()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(PagesFolder, "no-date.html"), folder.Combine("ferry.html"));

        Assert.Equal(0, Articlegen.Run(folder.Path, "import", "ferry.html", "-o", "ferry.txt").ExitCode);

        Assert.StartsWith("Ferry timetable changes for the winter\n\nBy Mara Lind\n\nThe island ferry", File.ReadAllText(folder.Combine("ferry.txt")));
        ParseResult indiaPost = ArticleParser.Parse("With shattered dreams, deportees return home from US\n\nBy India Post News Weekly\n\nNovember 20\n\nNEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 Indians returned home broke on Wednesday.\n");
        Assert.Equal("With shattered dreams, deportees return home from US", indiaPost.Article.Headline);
        Assert.Equal("India Post News Weekly", indiaPost.Article.Byline);
    }

    [Fact]
    public void A_page_SmartReader_finds_not_readable_still_gives_its_article()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(PagesFolder, "short-note.html"), folder.Combine("note.html"));

        ToolRun run = Articlegen.Run(folder.Path, "import", "note.html", "-o", "note.txt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("SmartReader found the page not readable at its usual thresholds: this is its best candidate all the same", run.Output);
        Assert.Equal(
            "Library hours change\n[July 1, 2019]\n\nThe town library will close at five on Fridays from July.\n\nIt opens at nine on Saturdays instead.\n",
            File.ReadAllText(folder.Combine("note.txt")));
    }

    [Fact]
    public void A_fixture_that_reads_back_with_no_paragraph_exits_1_and_says_so()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(PagesFolder, "caption-only.html"), folder.Combine("sunset.html"));

        ToolRun run = Articlegen.Run(folder.Path, "import", "sunset.html", "-o", "sunset.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("articlegen: 'sunset.txt' reads back with no paragraph: the article is lost in it", run.Errors.Trim());
        Assert.True(File.Exists(folder.Combine("sunset.txt")));
    }

    /// <summary>The fixture parses to the page's values, written out above by hand, and raises nothing.</summary>
    private static void AssertRoundTrip(string fixture)
    {
        ParseResult parsed = ArticleParser.Parse(fixture);
        Assert.Equal(Headline, parsed.Article.Headline);
        Assert.Equal("Maxim Rodionov", parsed.Article.Byline);
        Assert.Equal("2019-03-28", parsed.Article.Published?.ToString());
        Assert.Equal("MOSCOW (Reuters) -", parsed.Article.Dateline?.Text);
        Assert.Equal(Paragraphs, parsed.Article.Paragraphs);
        Assert.Equal("A view of the city during a blackout in Caracas, Venezuela March 27, 2019. | REUTERS/Carlos Garcia Rawlins", parsed.Article.Photos.Select(p => p.Caption + " | " + p.Credit).Single());
        Assert.Equal(["Tom Balmforth"], parsed.Article.Credits!.Writing);
        Assert.Empty(parsed.Findings);
    }
}
