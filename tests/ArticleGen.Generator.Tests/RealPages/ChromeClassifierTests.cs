using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.RealPages;

/// <summary>
/// Each rule of the classifier alone, on short snippets of real pages, then a whole page in and the fields and
/// warnings out.
/// </summary>
public class ChromeClassifierTests
{
    private const string Prose =
        "A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game, according to a programmer who has released the code.";

    private static ChromeClassifier.BlockClass ClassOf(string block)
    {
        List<PageBlock> blocks = PageBlocks.Split(block, TextLines.Split(block));
        return ChromeClassifier.ClassOf(Assert.Single(blocks), proseLevel: 0.4);
    }

    [Theory]
    [InlineData("  • Biz & IT")]
    [InlineData(" * Login")]
    [InlineData("[Submit]")]
    [InlineData("note-10-plus.jpgnote-10-plus.jpg")]
    [InlineData("WEB18-Facebook-1160x768.jpg")]
    [InlineData("Share this story")]
    [InlineData("SIGN UP FOR OUR NEWSLETTER")]
    [InlineData("Abonnez-vous à partir de 1 €")]
    [InlineData("Jetzt abonnieren")]
    [InlineData("Advertisement")]
    [InlineData("Advertising")]
    [InlineData("ANZEIGE")]
    [InlineData("Werbung")]
    [InlineData("Reklama")]
    [InlineData("Sur le même sujet")]
    [InlineData("Das könnte Sie auch interessieren")]
    [InlineData("Czytaj także")]
    [InlineData("We use cookies to improve your experience")]
    [InlineData("Image 1 of 23")]
    [InlineData("6366")]
    [InlineData("Fresh Evidence In Maddie McCann Mystery Stuns Police…")]
    public void Chrome_by_its_shape_or_its_words(string block) => Assert.Equal(ChromeClassifier.BlockClass.Bad, ClassOf(block));

    [Theory]
    [InlineData("Piratage de Sony Pictures \u25AA Fibre optique \u25AA Gouvernance du Net \u25AA The surveillance files \u25AA Neutralit\u00E9 du Net", true)]
    [InlineData("Impressum | Datenschutz | Cookie-Richtlinie | Sitemap", true)]
    [InlineData("Startseite \u00BB Nachrichten \u00BB Energie \u00BB Erneuerbare Energie", true)]
    [InlineData("Neurology / Neuroscience / Biology / Biochemistry", true)]
    [InlineData("\u2022 1 Wasserglas mit Wasser \u2022 Masking Tape oder Malerkreppband \u2022 Ein paar Bl\u00E4tter", false)]
    [InlineData("|   |   |-- <pip-installed packages>", false)]
    [InlineData("conditional probability, p j | i {\\displaystyle p_{j|i}} | q | r", false)]
    [InlineData("The vote was 438 | 86 | 12 and the bill passed on Tuesday, which surprised no one in the chamber.", false)]
    public void A_menu_written_on_one_line_is_its_items_parted_by_a_separator(string line, bool isMenu)
    {
        Assert.Equal(isMenu, InlineMenu.IsIn(line));
        if (isMenu)
        {
            Assert.Equal(ChromeClassifier.BlockClass.Bad, ClassOf(line)); // the French labels would pass for prose
        }
    }

    [Fact]
    public void Prose_full_of_function_words_is_article() => Assert.Equal(ChromeClassifier.BlockClass.Good, ClassOf(Prose));

    [Fact]
    public void A_paragraph_that_mentions_sharing_is_no_share_button() =>
        Assert.Equal(ChromeClassifier.BlockClass.Good, ClassOf("Sanwa will purchase the shares from International Finance Corp, a shareholder and sister organisation of the World Bank, for 351 mln yen, he said."));

    [Fact]
    public void A_caption_with_its_credit_is_the_article_s_furniture() =>
        Assert.Equal(ChromeClassifier.BlockClass.Furniture, ClassOf("A view of the city. REUTERS/Carlos Garcia Rawlins"));

    [Fact]
    public void Three_title_like_lines_in_a_row_are_a_list_of_links()
    {
        string page = Prose + "\n\nSchiff: Republicans are only upset Trump got caught\n\nToobin: Today was a graveyard for GOP talking points\n\nTrump speaks to press for first time since hospital visit\n\nRelated stories\n";
        ChromeClassifier.Layout layout = ChromeClassifier.Classify(page, TextLines.Split(page));

        Assert.Equal(new[] { false, true, true, true, true }, layout.Blocks.Select(b => b.InLinkList));
    }

    /// <summary>Chrome does not interleave with prose: the same lines between two paragraphs are the article's own list or subheads.</summary>
    [Fact]
    public void Title_like_lines_between_two_paragraphs_are_the_article_s_own()
    {
        string page = Prose + "\n\nSchiff: Republicans are only upset Trump got caught\n\nToobin: Today was a graveyard for GOP talking points\n\nTrump speaks to press for first time since hospital visit\n\n" + Prose + "\n";
        ChromeClassifier.Layout layout = ChromeClassifier.Classify(page, TextLines.Split(page));

        Assert.Equal(new[] { false, true, true, true, false }, layout.Blocks.Select(b => b.InArticleList));
        Assert.All(layout.Blocks, b => Assert.False(ChromeClassifier.IsChromeByItsOwnFeatures(b)));
    }

    [Fact]
    public void A_wrapped_paragraph_is_one_block_and_a_short_line_ends_one()
    {
        const string page = "A flaw in the wildly popular online game Minecraft makes it easy for just about\nanyone to crash the server.\nKevin\n";
        List<PageBlock> blocks = PageBlocks.Split(page, TextLines.Split(page));

        Assert.Equal(new[] { "A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server.", "Kevin" }, blocks.Select(b => b.Content));
    }

    /// <summary>The README's example: a whole page in, the fields and a handful of warnings out.</summary>
    [Fact]
    public void A_whole_page_gives_the_article_and_one_warning_per_run_of_chrome()
    {
        const string page = """
            Skip to main content

              • World
              • Business
              • Technology

            Subscribe

            Council approves new library for the east side

            By Jane Doe, Staff Writer
            Published March 5, 2019

            The city council voted on Monday to build a new library on the east side of town, ending a debate that had lasted for more than three years.

            The library will open in 2021 and will hold more than fifty thousand books, the mayor said in a statement after the vote.

            Advertisement

            Council members said that the building would also house a community room and a small cafe for the people of the neighbourhood.

            Related stories

              • Mayor wins second term
              • Budget passes after long night

            © 2019 City News. All rights reserved.
            """;

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal("Council approves new library for the east side", result.Article.Headline);
        Assert.Equal("Jane Doe", result.Article.Byline);
        Assert.Equal("2019-03-05", result.Article.Published?.ToString());
        Assert.Equal(3, result.Article.Paragraphs.Count());
        Assert.StartsWith("The city council voted", result.Article.Paragraphs.First());
        Assert.DoesNotContain(result.Findings, f => f.Id is DiagnosticIds.MissingPublicationDate or DiagnosticIds.MissingCredits or DiagnosticIds.MissingHeadline);

        List<Finding> chrome = result.Findings.Where(f => f.Id == DiagnosticIds.LeftoverLayoutMarker).ToList();
        Assert.Equal(new[] { "navigation", "advertising", "related links", "footer" }, chrome.Select(f => f.Detail));
        Assert.Equal("Skip to main content", chrome[0].Subject);
        Assert.EndsWith("Subscribe", page.Substring(chrome[0].Span.Start, chrome[0].Span.Length));
        Assert.EndsWith("All rights reserved.", page.Substring(chrome[3].Span.Start, chrome[3].Span.Length));

        // A link of five words names more than a place: it may be the page's content, so it is set aside, not deleted.
        Finding aside = Assert.Single(result.Findings, f => f.Id == DiagnosticIds.TextSetAside);
        Assert.Equal("\u2022 Budget passes after long night", aside.Subject);
    }

    [Theory]
    [InlineData("Home > News > Local > Council approves new library for the east side")]
    [InlineData("Photo: Jane Roe, City News")]
    [InlineData("Click here to get the morning newsletter")]
    [InlineData("Published March 5, 2019")]
    [InlineData("  • Council approves new library for the east side")]
    public void A_breadcrumb_a_caption_a_call_to_action_a_date_or_a_list_item_is_no_headline(string line)
    {
        string page = "Council approves new library for the east side\n\n" + line + "\n\n" + Prose + "\n";

        Assert.Equal("Council approves new library for the east side", ArticleParser.Parse(page).Article.Headline);
    }

    [Fact]
    public void The_headline_with_its_date_beats_a_title_nearer_the_article()
    {
        const string page = "Council approves new library for the east side\n\nMarch 5, 2019\n\n[image]\n\nMayor to visit the site on Friday\n\n" + Prose + "\n";

        Assert.Equal("Council approves new library for the east side", ArticleParser.Parse(page).Article.Headline);
    }
}
