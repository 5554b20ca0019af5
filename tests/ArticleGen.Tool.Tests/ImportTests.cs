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
        Assert.Equal($"wrote Articles/caracas.txt: '{Headline}', 4 blocks, 1 caption\n", run.Output);
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
