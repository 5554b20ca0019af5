using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using Xunit;

namespace ArticleGen.Generator.Tests.RealPages;

/// <summary>Where the header's byline and date are found on a page: which line wins, in the layouts of the wild corpus.</summary>
public class HeaderFindingTests
{
    private const string Body = """
        Anyone who has ever been involved in closing a billion-dollar acquisition deal will tell you that you don't go in without a clear plan.

        The chief executive said on Wednesday that the company would keep buying smaller rivals, as it has done for the past ten years.

        Analysts said the strategy had served the company well, though regulators have started to look at the deals more closely.
        """;

    [Fact]
    public void A_by_line_wins_over_a_section_name_next_to_the_date()
    {
        string page = $"""
            Zuckerberg offers peek at Facebook's acquisition strategies

            Tech Industry

             * by Steven Musil January 18, 2017 11:00 PM PST

            {Body}
            """;

        ParsedArticle article = ArticleParser.Parse(page).Article;

        Assert.Equal("Steven Musil", article.Byline);
        Assert.Equal("2017-01-18", article.Published?.ToString());
    }

    /// <summary>
    /// Share buttons with no words between the headline and its date line (sh-0026: three "•" under the title) do not
    /// set the date apart from it: the headline over the date wins over a video's title under it.
    /// </summary>
    [Fact]
    public void Empty_share_buttons_do_not_part_the_headline_from_its_date()
    {
        string page = $"""
            Chief executive keeps buying smaller rivals despite the regulators

              •
              •
              •

            Updated on: November 19, 2019 / 10:07 AM / CBS News

            Video of the chief executive at the meeting

            {Body}
            """;

        ParsedArticle article = ArticleParser.Parse(page).Article;

        Assert.Equal("Chief executive keeps buying smaller rivals despite the regulators", article.Headline);
    }

    /// <summary>
    /// A trail of sections ends on the article's title, over the title alone: numbered (sh-0091: " 1. Home", " 2. Fact
    /// Checks", " 3. Politics", " 4. Does Marie Yovanovitch ..."), or glued by a text browser (sh-0032: "HomeSPORT
    /// NEWSBREAKING NEWS: Chelsea ..."). The headline is the title without the trail, and the title is no paragraph.
    /// </summary>
    [Theory]
    [InlineData(" 1. Home\n 2. Business\n 3. Deals\n 4. ")]
    [InlineData("HomeBUSINESS NEWS")]
    public void A_trail_that_ends_on_the_title_gives_way_to_the_title_under_it(string trail)
    {
        const string Title = "Does the chief executive have a plan for the next billion?";
        string page = trail + Title + "\n\n\n" + Title + "\n\n" + Body;

        ParsedArticle article = ArticleParser.Parse(page).Article;

        Assert.Equal(Title, article.Headline);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("next billion"));
    }

    /// <summary>
    /// A video's title said three times close together (sh-0150: in its player, its picture's text and its "just
    /// watched" line), and again in a list of videos, is a playlist's, not the headline over the byline and date.
    /// </summary>
    [Fact]
    public void A_title_a_video_player_says_three_times_is_no_headline()
    {
        const string Video = "Chief executive: the deals are going well";
        string page = $"""
            Investors don't seem to know what to make of the acquisitions

            By Jane Roe, Business Reporter

            Updated 0339 GMT (1139 HKT) November 19, 2019

            {Video}
            {Video}

                JUST WATCHED

                {Video}

            Replay

            {Body}

            MUST WATCH

            {Video}

            The chief executive speaks to reporters about the deals the company closed this year, and about the next.
            """;

        ParsedArticle article = ArticleParser.Parse(page).Article;

        Assert.Equal("Investors don't seem to know what to make of the acquisitions", article.Headline);
    }

    /// <summary>
    /// A name alone over a line that says how long ago the piece was published (rd-aktualne: "Aleš Vávra" over "před 2
    /// hodinami"; tf-0568: "Hace 13 horas") is the byline, even where the two lines open the body's first block.
    /// </summary>
    [Theory]
    [InlineData("před 2 hodinami")]
    [InlineData("3 hours ago")]
    [InlineData("Hace 13 horas")]
    public void A_name_over_how_long_ago_is_the_byline(string ago)
    {
        string page = $"""
            Chief executive keeps buying smaller rivals despite the regulators

            Aleš Vávra
            {ago}
            {Body}
            """;

        ParsedArticle article = ArticleParser.Parse(page).Article;

        Assert.Equal("Aleš Vávra", article.Byline);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Vávra"));
    }

    [Theory]
    [InlineData("3 hours ago", true)]
    [InlineData("vor 17 Tagen", true)]
    [InlineData("il y a 2 heures", true)]
    [InlineData("2 godziny temu", true)]
    [InlineData("hace a while", false)]
    [InlineData("3 hours ago the council met", false)]
    [InlineData("Vor dem Rathaus", false)]
    public void Reads_a_line_that_says_how_long_ago(string line, bool says) =>
        Assert.Equal(says, PublishedDate.SaysHowLongAgo(line));

    [Fact]
    public void A_date_line_with_a_time_and_an_update_is_read_under_the_lede()
    {
        string page = $"""
            STREAM BIG


            The Early Reviews For Google's Stadia Gaming Platform Are Here — And They're Not Great

            Stadia, Google's streaming gaming platform, launches today. Is the service the first step towards the future of gaming, or will it fall flat?

            Dallas Robinson
            Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM

            {Body}
            """;

        ParsedArticle article = ArticleParser.Parse(page).Article;

        Assert.Equal("2019-11-18", article.Published?.ToString());
        Assert.Equal("Dallas Robinson", article.Byline);
    }

    [Theory]
    [InlineData("sh-0122-w3m-article")]
    [InlineData("sh-0122-w3m-page")]
    public void A_date_line_that_says_updated_wins_over_a_caption_that_mentions_a_date(string name)
    {
        // Above the headline, a teaser's caption names the day of the game it reports ("game Tuesday, Nov. 19, 2019, in
        // Memphis"); under it, "Updated 3:27 am PST, Wednesday, November 20, 2019" is the page's date line.
        WildFile file = WildCorpus.All.Single(f => f.Name == name);

        ParsedArticle article = ArticleText.Parse(file.Text).Article;

        Assert.Equal(file.Published, article.Published?.ToString());
    }

    [Fact]
    public void A_by_line_that_is_the_date_line_inside_the_body_gives_the_byline()
    {
        string page = $"""
            HolidaysRecipes


            Homemade Spiced Honey Pear Jam for the Holidays

            by Regan December 6, 2017
            written by Regan

            {Body}
            """;

        ParsedArticle article = ArticleParser.Parse(page).Article;

        Assert.Equal("2017-12-06", article.Published?.ToString());
        Assert.Equal("Regan", article.Byline);
    }
}
