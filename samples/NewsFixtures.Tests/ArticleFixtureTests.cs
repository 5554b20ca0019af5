using System;
using System.Linq;
using ArticleGen;
using Xunit;

namespace NewsFixtures.Tests;

/// <summary>
/// The articles in <c>../NewsFixtures/Articles</c> as a test project sees them: typed properties, constants for
/// attribute arguments, and the whole set for theories. No file is read at run time.
/// </summary>
public class ArticleFixtureTests
{
    /// <summary>
    /// Every curated article's name, for theories: names show up readably in the test explorer. The whole saved page is
    /// not curated: it has no dateline, credits line or copyright notice of its own (see the test of it below).
    /// </summary>
    public static TheoryData<string> ArticleNames => new(Articles.All.Where(article => article != Articles.TeachersRallyPage).Select(article => article.Name));

    [Fact]
    public void The_moscow_article_has_its_dateline_date_and_credits()
    {
        Article article = Articles.RussianMilitaryTeam;

        Assert.Equal("MOSCOW", Articles.RussianMilitaryTeam.Dateline!.Location);
        Assert.Equal("Reuters", article.Dateline!.Agency);
        Assert.Equal(new DateOnly(2019, 3, 28), article.Published);
        Assert.Equal(new[] { "Maxim Rodionov" }, article.Credits!.Reporting);
        Assert.Equal(new[] { "Raissa Kasolowsky" }, article.Credits.Editing);
        Assert.StartsWith("Members of the Russian military have arrived in Venezuela", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Articles.Constants.RussianMilitaryTeam.Headline, "MOSCOW")]
    [InlineData(Articles.Constants.PortlandLighthouseLens.Headline, "PORTLAND")]
    [InlineData(Articles.Constants.NairobiLibraryBus.Headline, "NAIROBI")]
    public void A_headline_constant_finds_its_article(string headline, string location)
    {
        Article article = Assert.Single(Articles.All, a => a.Headline == headline);

        Assert.Equal(location, article.Dateline?.Location);
    }

    [Fact]
    public void Constants_are_the_same_text_as_the_properties()
    {
        Assert.Equal(Articles.Constants.RussianMilitaryTeam.Body, Articles.RussianMilitaryTeam.Body);
        Assert.Equal(Articles.Constants.RussianMilitaryTeam.Path, Articles.RussianMilitaryTeam.SourcePath);
        Assert.Equal("2019-03-28", Articles.Constants.RussianMilitaryTeam.Published);
    }

    [Theory]
    [MemberData(nameof(ArticleNames))]
    public void Every_article_is_a_complete_fixture(string name)
    {
        Article article = Articles.Find(name)!;

        Assert.NotEmpty(article.Headline);
        Assert.NotNull(article.Published);
        Assert.NotNull(article.Dateline);
        Assert.Equal(article.Dateline!.Location.ToUpperInvariant(), article.Dateline.Location);
        Assert.NotEmpty(article.Credits!.Reporting);
        Assert.NotEmpty(article.Credits.Editing);
        Assert.StartsWith("Copyright ", article.Copyright, StringComparison.Ordinal);
        Assert.InRange(article.WordCount, 50, 1000);
    }

    [Fact]
    public void Find_takes_a_name_or_a_path_and_returns_null_for_neither()
    {
        Assert.Same(Articles.PortlandLighthouseLens, Articles.Find("PortlandLighthouseLens"));
        Assert.Same(Articles.PortlandLighthouseLens, Articles.Find(Articles.Constants.PortlandLighthouseLens.Path));
        Assert.Null(Articles.Find("NoSuchArticle"));
    }

    [Fact]
    public void A_photo_caption_is_split_from_its_credit()
    {
        Photo photo = Assert.Single(Articles.PortlandLighthouseLens.Photos);

        Assert.Equal("REUTERS/Sam Ortiz", photo.Credit);
        Assert.Equal("Sam Ortiz", photo.Photographer);
        Assert.DoesNotContain("REUTERS", photo.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void The_malformed_file_still_parses_and_the_marker_is_not_a_paragraph()
    {
        // geneva-lake-swim.txt raises ART001 and ART005 at build time; the parse recovers all the same.
        Article article = Articles.GenevaLakeSwim;

        Assert.Equal("GENEVA", article.Dateline?.Location);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("[to top of second column]", StringComparison.Ordinal));
        Assert.Equal(4, article.Paragraphs.Count);
    }

    [Fact]
    public void The_whole_saved_page_gives_its_article_without_the_page_around_it()
    {
        // What a person reads on the page: its title, the reporter, "Published 11:34 PM EST Nov 19, 2019", and the
        // story from "Indianapolis – Several thousand teachers" to the last quote, without the banner and the footer.
        Article page = Articles.TeachersRallyPage;

        Assert.Equal("Thousands of teachers pack Indiana Statehouse for protest", page.Headline);
        Assert.StartsWith("Tom Davies", page.Byline, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2019, 11, 19), page.Published);
        Assert.StartsWith("Indianapolis – Several thousand teachers wearing red surrounded the Indiana Statehouse", page.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("“They think they know better about education than us,” he said. “They don’t trust us to make important decisions about students whose names we know when we’re in the classroom.”", page.Paragraphs[^1]);
        Assert.DoesNotContain("EUROPEAN UNION EXPERIENCE", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Learn More", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Terms of Service", page.Body, StringComparison.Ordinal);
        Assert.Contains("Terms of Service Privacy Notice", Articles.Constants.TeachersRallyPage.Raw, StringComparison.Ordinal);
    }
}
