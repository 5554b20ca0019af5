using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.RealPages;

/// <summary>
/// The headline's score feature by feature (<see cref="HeadlineFinder.Explain"/>): which exclusion removes a title-like
/// line that is no headline, and which feature makes the headline win over the line that came closest.
/// </summary>
public class HeadlineScoreTests
{
    private const string Prose =
        "A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game, according to a programmer who has released the code.";

    private const string MoreProse =
        "The programmer said he had told the makers of the game about the flaw two years ago, but that it was never fixed, so he decided to publish the code for everyone to see.";

    private const string Headline = "Minecraft flaw lets anyone crash a game server";

    /// <summary>A menu of ten sections between the title bar and the article: the title bar's echo is far.</summary>
    private static readonly string Menu = string.Concat(Enumerable.Range(1, 10).Select(i => "  • Section " + i + "\n"));

    /// <summary>A page's blocks, its article's first block, and the explanation of every block above it.</summary>
    private static (List<PageBlock> Blocks, int FirstBody, List<HeadlineFinder.Explanation> Explained) Read(string page)
    {
        List<PageBlock> blocks = PageBlocks.Split(page, TextLines.Split(page));
        int firstBody = blocks.FindIndex(b => b.Content == Prose);
        List<HeadlineFinder.Explanation> explained = Enumerable.Range(0, firstBody + 1).Select(b => HeadlineFinder.Explain(blocks, b, firstBody)).ToList();
        return (blocks, firstBody, explained);
    }

    private static HeadlineFinder.Explanation Of(List<PageBlock> blocks, List<HeadlineFinder.Explanation> explained, string content) =>
        explained[blocks.FindIndex(b => b.Content == content)];

    [Theory]
    [InlineData("Photo Minecraft players at a fair in Cologne", "caption")]
    [InlineData("Home > Technology > Games > Minecraft", "breadcrumb")]
    [InlineData("By Kevin Smith and Jane Roe", "byline")]
    [InlineData("Published on March 3, 2015 at 10:00", "date line")]
    [InlineData("  • Minecraft servers down across Europe", "bullet")]
    [InlineData("Minecraft makes it easy to crash the server.", "ends with full stop")]
    [InlineData("Sign up for our newsletter", "chrome words")]
    [InlineData("A view of the fair. REUTERS/Carlos Garcia Rawlins", "article furniture")]
    [InlineData("Minecraft", "not title-sized")]
    [InlineData("(Minecraft players at a fair in Cologne)", "opens with a bracket")]
    [InlineData("| Minecraft players at a fair in Cologne", "opens with a symbol")]
    [InlineData("Minecraft players say the makers of the", "teaser")]
    [InlineData("Minecraft players say that the makers…", "teaser")]
    [InlineData("A new patch would fix the flaw within two weeks. Source: Supplied", "two sentences")]
    [InlineData("Games reporter @KevinSmith1", "social handle")]
    [InlineData("The Minecraft serverThe Minecraft server", "said twice")]
    public void A_title_like_line_that_is_no_headline_is_removed_by_its_exclusion(string line, string exclusion)
    {
        string page = Headline + "\n\n" + line + "\n\n" + Prose + "\n\n" + MoreProse + "\n";
        (List<PageBlock> blocks, int firstBody, List<HeadlineFinder.Explanation> explained) = Read(page);

        HeadlineFinder.Explanation removed = explained[1];
        Assert.Equal(exclusion, removed.Exclusion);
        Assert.Empty(removed.Contributions);
        Assert.Equal(0, removed.Score);
        Assert.Null(explained[0].Exclusion);
        Assert.Equal(0, HeadlineFinder.Find(blocks, firstBody));
    }

    [Theory]
    [InlineData("Superbugs: What They Are and How You Get Them")]
    [InlineData("Minecraft flaw: why players should worry about it")]
    [InlineData("In Prince Andrew’s dumpster-fire Epstein interview, the truth comes out")]
    [InlineData("U.S. Army bans Minecraft on its servers")]
    [InlineData("Email the author at kevin@example.com for the code")]
    [InlineData("Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…")]
    public void A_title_ending_on_its_object_a_particle_an_abbreviation_or_an_address_stays_a_candidate(string line)
    {
        string page = line + "\n\n" + Prose + "\n\n" + MoreProse + "\n";
        (List<PageBlock> _, int _, List<HeadlineFinder.Explanation> explained) = Read(page);

        Assert.Null(explained[0].Exclusion);
    }

    [Fact]
    public void The_headline_above_its_date_wins_by_the_date_below()
    {
        const string nearer = "Gamers worry about their worlds";
        string page = Headline + "\n\nMarch 3, 2015\n\n[image]\n\n" + nearer + "\n\n" + Prose + "\n\n" + MoreProse + "\n";
        (List<PageBlock> blocks, int firstBody, List<HeadlineFinder.Explanation> explained) = Read(page);

        HeadlineFinder.Explanation headline = Of(blocks, explained, Headline), other = Of(blocks, explained, nearer);
        Assert.Equal(headline.Block, HeadlineFinder.Find(blocks, firstBody));
        Assert.Equal("date below", headline.WinsOverBy(other));
        Assert.Contains("date below", headline.Held);
        Assert.DoesNotContain("date above", headline.Held);
        Assert.Contains("date above", other.Held);
    }

    [Fact]
    public void The_headline_over_its_byline_wins_by_the_byline_below_over_a_line_nearer_the_article()
    {
        const string nearer = "Popular online game hosting code released";
        string page = Headline + "\n\nBy Kevin Smith\n\n" + nearer + "\n\n" + Prose + "\n\n" + MoreProse + "\n";
        (List<PageBlock> blocks, int firstBody, List<HeadlineFinder.Explanation> explained) = Read(page);

        HeadlineFinder.Explanation headline = Of(blocks, explained, Headline);
        Assert.Equal(headline.Block, HeadlineFinder.Find(blocks, firstBody));
        Assert.Equal("byline below", headline.WinsOverBy(Of(blocks, explained, nearer)));
    }

    [Fact]
    public void The_headline_the_title_bar_repeats_wins_by_its_far_echo()
    {
        const string nearer = "Servers and their players";
        string page = Headline + " | Tech Site\n\n" + Menu + "\n" + Headline + "\n\n[image]\n\n" + nearer + "\n\n" + Prose + "\n\n" + MoreProse + "\n";
        (List<PageBlock> blocks, int firstBody, List<HeadlineFinder.Explanation> explained) = Read(page);

        HeadlineFinder.Explanation headline = Of(blocks, explained, Headline);
        Assert.Equal(headline.Block, HeadlineFinder.Find(blocks, firstBody));
        Assert.Equal("far echo", headline.WinsOverBy(Of(blocks, explained, nearer)));
        Assert.Equal("far echo", headline.Held.First());
    }

    /// <summary>A title bar that opens with a shorter line's words is a longer title, not that line's echo.</summary>
    [Fact]
    public void A_title_bar_echoes_the_headline_whole_not_a_line_made_of_its_first_words()
    {
        const string prefix = "Minecraft flaw lets";
        string page = Headline + " | Tech Site\n\n" + Menu + "\n" + Headline + "\n\n" + prefix + "\n\n" + Prose + "\n\n" + MoreProse + "\n";
        (List<PageBlock> blocks, int firstBody, List<HeadlineFinder.Explanation> explained) = Read(page);

        Assert.Equal(0, Of(blocks, explained, prefix).Contributions.Single(c => c.Feature == "far echo").Value);
        Assert.Equal(1, Of(blocks, explained, Headline).Contributions.Single(c => c.Feature == "far echo").Value);
        Assert.Equal(Of(blocks, explained, Headline).Block, HeadlineFinder.Find(blocks, firstBody));
    }

    [Fact]
    public void The_headline_over_its_standfirst_wins_by_the_title_above_the_standfirst()
    {
        const string standfirst = "A programmer has released code that lets anyone crash a server hosting the popular game";
        string page = Headline + "\n\n" + standfirst + "\n\n" + Prose + "\n\n" + MoreProse + "\n";
        (List<PageBlock> blocks, int firstBody, List<HeadlineFinder.Explanation> explained) = Read(page);

        HeadlineFinder.Explanation headline = Of(blocks, explained, Headline), under = Of(blocks, explained, standfirst);
        Assert.Equal(headline.Block, HeadlineFinder.Find(blocks, firstBody));
        Assert.Contains("title above", under.Held);
        Assert.Equal("title above", headline.WinsOverBy(under));

        // The standfirst the headline was chosen over stays in the article: its first paragraph.
        ParseResult parsed = ArticleParser.Parse(page);
        Assert.Equal(Headline, parsed.Article.Headline);
        Assert.Equal(new[] { standfirst, Prose, MoreProse }, parsed.Article.Paragraphs);
    }

    /// <summary>The Los Angeles Times (sh-0094): the column's title over its picture's label, then the article.</summary>
    [Fact]
    public void The_title_over_a_picture_s_label_wins_by_the_title_above_the_label()
    {
        const string title = "Column: The Gannett/GateHouse merger sends a dismal signal about the future of local news";
        const string label = "Gannett headquarters building";
        const string lede = "The merger of the big newspaper chains Gannett and GateHouse Media, which became final Tuesday, will create a "
            + "\u201Cstronger\u201D and \u201Cmore viable\u201D print and digital news enterprise \u201Cwith deep local roots and national scale.\u201D";
        const string next = "That\u2019s the optimistic view mouthed by Michael Reed, the CEO of New Media Investment Group, GateHouse\u2019s "
            + "parent, on Nov. 14 after the deal was approved by shareholders of both companies.";
        const string doubt = "But there may be just as much reason for doubt. The economic environment of local news continues to become "
            + "more dismal as print advertising disappears and managements struggle to raise digital advertising and subscription fees enough to take up the slack.";
        string page = "Business\n\n" + title + "\n\n" + label + "\n\n" + lede + "\n\n" + next + "\n\n" + doubt + "\n";
        List<PageBlock> blocks = PageBlocks.Split(page, TextLines.Split(page));
        int firstBody = blocks.FindIndex(b => b.Content == lede);

        HeadlineFinder.Explanation headline = HeadlineFinder.Explain(blocks, 1, firstBody), under = HeadlineFinder.Explain(blocks, 2, firstBody);
        Assert.Equal(label, blocks[2].Content);
        Assert.Equal(1, HeadlineFinder.Find(blocks, firstBody));
        Assert.Contains("title above", under.Held);
        Assert.Equal("title above", headline.WinsOverBy(under));
    }

    [Fact]
    public void Of_two_lines_alike_but_for_the_lede_s_words_the_one_about_the_story_wins()
    {
        const string other = "Weekend weather brings rain to the coast";
        string page = other + "\n\n" + Headline + "\n\n" + Prose + "\n\n" + MoreProse + "\n";
        (List<PageBlock> blocks, int firstBody, List<HeadlineFinder.Explanation> explained) = Read(page);

        HeadlineFinder.Explanation headline = Of(blocks, explained, Headline);
        Assert.Equal(headline.Block, HeadlineFinder.Find(blocks, firstBody));
        Assert.Equal("lede words", headline.WinsOverBy(Of(blocks, explained, other)));
    }

    /// <summary>The explanation adds up as the finder does: its best score is the block the finder picks, on a whole page.</summary>
    [Fact]
    public void The_best_explained_score_is_the_headline_found()
    {
        string page = "Tech Site - Games\n\n  • Home\n  • Games\n\nGamers worry about their worlds\n\nHome > Games > Minecraft\n\n" + Headline
            + "\n\nBy Kevin Smith\nMarch 3, 2015\n\nPhoto Minecraft players at a fair\n\n" + Prose + "\n\n" + MoreProse + "\n";
        (List<PageBlock> blocks, int firstBody, List<HeadlineFinder.Explanation> explained) = Read(page);

        HeadlineFinder.Explanation best = explained.Where(e => e.Exclusion is null).OrderByDescending(e => e.Score).First();
        Assert.Equal(Headline, blocks[best.Block].Content);
        Assert.Equal(best.Block, HeadlineFinder.Find(blocks, firstBody));
        Assert.Equal(new[] { "candidate", "title case", "title length", "far echo", "near echo", "date below", "date above", "byline below", "leading digit", "lede words", "title above", "playlist", "distance" },
            best.Contributions.Select(c => c.Feature));
    }

    /// <summary>
    /// The article's run may open on its date line, with the headline under it (sh-0054: "Von Moritz Bachmann
    /// publiziert am 25. September 2018" over the title): the title is read there, and a short line is not.
    /// </summary>
    [Theory]
    [InlineData(Headline, 1)]
    [InlineData("Watch the video", -1)]
    public void A_headline_under_the_date_line_that_opens_the_article_is_found(string underTheDate, int expected)
    {
        string page = "By Jason Cipriani | November 18, 2019\n\n" + underTheDate + "\n\n" + Prose + "\n\n" + MoreProse + "\n";
        List<PageBlock> blocks = PageBlocks.Split(page, TextLines.Split(page));

        Assert.True(blocks[0].IsDateLine);
        Assert.Equal(expected, HeadlineFinder.Find(blocks, firstBody: 0));
    }

    /// <summary>
    /// A title-like block the article's run took in is not its own lede (sh-0180: a video's title under the date line
    /// matched all its words against itself and beat the headline over the date).
    /// </summary>
    [Fact]
    public void A_candidate_inside_the_article_s_run_shares_no_words_with_itself()
    {
        const string video = "Watch: Cologne fair draws record crowds";
        string page = Headline + "\n\nMarch 5, 2019\n\n" + video + "\n\n" + Prose + "\n\n" + MoreProse + "\n";
        List<PageBlock> blocks = PageBlocks.Split(page, TextLines.Split(page));
        int firstBody = blocks.FindIndex(b => b.Content == video);

        HeadlineFinder.Explanation inRun = HeadlineFinder.Explain(blocks, firstBody, firstBody);

        Assert.Equal(0, inRun.Contributions.Single(c => c.Feature == "lede words").Points);
        Assert.Equal(0, HeadlineFinder.Find(blocks, firstBody));
    }

    /// <summary>A trail of sections glued to the title above it (sh-0031: "HomeLatest NewsNollywood Actress, ...") is no other title over it.</summary>
    [Fact]
    public void A_trail_that_ends_with_the_title_is_no_title_above_it()
    {
        string page = "HomeLatest News" + Headline + "\n\n" + Headline + "\n\nMarch 5, 2019\n\n" + Prose + "\n\n" + MoreProse + "\n";
        List<PageBlock> blocks = PageBlocks.Split(page, TextLines.Split(page));
        int firstBody = blocks.FindIndex(b => b.Content == Prose);

        HeadlineFinder.Explanation title = HeadlineFinder.Explain(blocks, 1, firstBody);

        Assert.Equal(0, title.Contributions.Single(c => c.Feature == "title above").Points);
        Assert.Equal(1, HeadlineFinder.Find(blocks, firstBody));
    }
}
