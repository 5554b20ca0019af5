using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.RealPages;

/// <summary>The byline, date and caption forms real pages use, each read alone (the lines are from the wild corpus).</summary>
public class HeaderFormsTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("By JANE DOE", "JANE DOE")]
    [InlineData("by Jane Doe and John Roe", "Jane Doe and John Roe")]
    [InlineData("By Jane Doe | Reuters", "Jane Doe")]
    [InlineData("By Jane Doe, CNN", "Jane Doe")]
    [InlineData("Written by Patrick Allan", "Patrick Allan")]
    [InlineData("Author: Jane Doe", "Jane Doe")]
    [InlineData("TOM KRISHER, AP Auto Writer", "TOM KRISHER")]
    [InlineData("Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Dan Goodin")]
    [InlineData("by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET", "Ahiza Garcia")]
    [InlineData("By GILLIAN MOHNEY March 11, 2015 3:46 PM", "GILLIAN MOHNEY")]
    [InlineData("Par Sébastien Farcis", "Sébastien Farcis")]
    [InlineData("by Regan December 6, 2017", "Regan")]
    [InlineData("BY: Jane Doe", "Jane Doe")]
    [InlineData("By Stefan Becket, Kathryn Watson, Grace Segers", "Stefan Becket")]
    [InlineData("November 12, 2018 | BY: Beachbody", "Beachbody")]
    [InlineData("By Glen Owen And Brendan Carlin For The Mail On Sunday", "Glen Owen And Brendan Carlin")]
    [InlineData("By Jane Doe for CNN", "Jane Doe")]
    [InlineData("2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳", "肖春芳")]
    [InlineData("作者：欧阳修 2017-03-10", "欧阳修")]
    public void Reads_the_names_of_a_byline(string line, string names) =>
        Assert.Equal(names, Byline.Read(line, nameAlone: false));

    [Theory]
    [InlineData("By the way, the council met on Monday")]
    [InlineData("Share this story")]
    [InlineData("The council met on Monday, officials said")]
    [InlineData("Introducing Junior Gaspard, New CEO at Experience")]
    [InlineData("Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos")]
    [InlineData("Take C.A.R.E. - comwrap auf der DMEXCO 2018")]
    [InlineData("来源：网易科学人作者：")]
    public void A_sentence_is_no_byline(string line) => Assert.Null(Byline.Read(line, nameAlone: false));

    [Theory]
    [InlineData("Facebook CEO Mark Zuckerberg, the man with the acquisition plan.")]
    [InlineData("SIOUX FALLS, S.D. – People across the nation are talking about it: South Dakota is on meth.")]
    public void A_name_before_a_sentence_is_no_byline(string line) => Assert.Null(Byline.Read(line, nameAlone: false, roleNeeded: true));

    [Theory]
    [InlineData("TOM KRISHER, AP Auto Writer", "TOM KRISHER")]
    [InlineData("Chris Cillizza, CNN Editor-at-large", "Chris Cillizza")]
    [InlineData("Meg Kinnard and Errin Haines, Associated Press", "Meg Kinnard and Errin Haines")]
    [InlineData("[6eef5bc5-c] James Akinaka • 8h", "James Akinaka")]
    [InlineData("[Associated] Associated Press November 19, 2019, 9:02 AM", "Associated Press")]
    [InlineData("Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Dan Goodin")]
    [InlineData("Reuters, Washington,", "Reuters")]
    public void A_name_before_its_role_is_a_byline(string line, string name) => Assert.Equal(name, Byline.Read(line, nameAlone: false, roleNeeded: true));

    [Theory]
    [InlineData("Twitter Facebook")]
    [InlineData("Email Instagram")]
    public void A_share_widget_next_to_the_date_is_no_name(string line) => Assert.Null(Byline.Read(line, nameAlone: true));

    [Fact]
    public void A_possessive_is_no_name() => Assert.Null(Byline.Read("Sony’s PlayStation VR.", nameAlone: true));

    [Fact]
    public void A_name_alone_is_a_byline_only_next_to_the_date()
    {
        Assert.Null(Byline.Read("Dallas Robinson", nameAlone: false));
        Assert.Equal("Dallas Robinson", Byline.Read("Dallas Robinson", nameAlone: true));
    }

    /// <summary>A news agency signs alone (tf-0921: "Reuters" over the date); a single word that is no agency does not.</summary>
    [Fact]
    public void A_news_agency_alone_is_a_byline_next_to_the_date()
    {
        Assert.Equal("Reuters", Byline.Read("Reuters", nameAlone: true));
        Assert.Equal("AFP/The Local", Byline.Read("AFP/The Local", nameAlone: true));
        Assert.Null(Byline.Read("Reuters", nameAlone: false));
        Assert.Null(Byline.Read("Politics", nameAlone: true));
    }

    /// <summary>The box about the author under an article (sh-0046, rd-citylab-1): its name is the byline where the header shows none.</summary>
    [Theory]
    [InlineData("ABOUT THE AUTHOR", "Laura Winter", "Laura Winter")]
    [InlineData("Über den Autor", "Meike Neitz", "Meike Neitz")]
    [InlineData("About the author", "Martin has worked as a professional Python developer since 2007.", null)]
    [InlineData("More from the author", "Laura Winter", null)]
    public void A_name_under_an_about_the_author_label_is_the_byline(string label, string under, string? byline)
    {
        const string Paragraph = "The probe sent back its first pictures of the comet on Tuesday, and the scientists who have waited ten years for them said the images were better than they had hoped.";
        string page = "Comet probe sends back its first pictures\n\nMarch 5, 2019\n\n" + Paragraph + "\n\n" + Paragraph.Replace("Tuesday", "Monday") + "\n\n"
            + Paragraph.Replace("Tuesday", "Sunday") + "\n\n" + label + "\n\n" + under + "\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(byline, result.Article.Byline);
        if (byline is not null)
        {
            SourceSpan span = Assert.NotNull(result.Spans.Byline);
            Assert.Equal(byline, page.Substring(span.Start, span.Length));
            Assert.DoesNotContain(result.Article.Paragraphs, p => p.Contains(byline) || p == label);
        }
    }

    /// <summary>
    /// A text browser wraps the date line in the middle of the author's name (rd-lemonde-1): the name reads on into the
    /// next line, which is no paragraph, and the byline said on the date line outranks a menu's item above the headline.
    /// </summary>
    [Fact]
    public void A_byline_the_page_wrapped_is_read_whole()
    {
        const string Page = """
              • Jeux vidéo
              • Cultures Web

            Le projet de loi sur le renseignement massivement approuvé à l'Assemblée

            Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin
            Untersinger (avec Damien Leloup et Morgane Tual)

            Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et
            42 abstentions) le projet de loi sur le renseignement défendu par le
            gouvernement lors d'un vote solennel, mardi 5 mai. Il sera désormais examiné
            par le Sénat, puis le Conseil constitutionnel, prochainement saisi par 75
            députés.

            Ce texte, fortement décrié par la société civile pour son manque de
            contre-pouvoir et le caractère intrusif des techniques qu'il autorise, entend
            donner un cadre aux pratiques des services de renseignement.

            Retour sur ses principales dispositions, après son passage en commission des
            lois et après le débat en séance publique, où les députés ont voté le texte.

            """;

        ParseResult result = ArticleParser.Parse(Page);

        Assert.Equal("Martin Untersinger", result.Article.Byline);
        SourceSpan span = Assert.NotNull(result.Spans.Byline);
        Assert.EndsWith("Par Martin\nUntersinger (avec Damien Leloup et Morgane Tual)", Page.Substring(span.Start, span.Length));
        Assert.StartsWith("Les députés ont", result.Article.Paragraphs[0]);
        Assert.DoesNotContain(result.Article.Paragraphs, p => p.Contains("Untersinger"));
    }

    [Theory]
    [InlineData("Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20", true)]
    [InlineData("Published Thursday 27 July 2017", "2017-07-27", false)]
    [InlineData("Mar. 5, 2019", "2019-03-05", false)]
    [InlineData("5 March 2019", "2019-03-05", false)]
    [InlineData("2019-03-05T10:00:00Z", "2019-03-05", false)]
    [InlineData("05.03.2019", "2019-03-05", false)]
    [InlineData("Carlos Nadalim 27/09/2018 Comente!", "2018-09-27", false)]
    [InlineData("Published Wed, Nov 20 20194:29 AM EST", "2019-11-20", false)]
    [InlineData("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", "2019-11-19", false)]
    [InlineData("Текст: Лида Буслаева·11 октября 2018", "2018-10-11", false)]
    [InlineData("30 avril 2015 à 19:02", "2015-04-30", false)]
    [InlineData("Published: 05.03.2019 14:30 CET", "2019-03-05", false)]
    [InlineData("MARCH 5, 2019", "2019-03-05", false)]
    [InlineData("Mittwoch, 5. März 2019", "2019-03-05", false)]
    [InlineData("21.dez.2018 às 12h55", "2018-12-21", false)]
    [InlineData("3. Okt. 2019, 14:30 Uhr", "2019-10-03", false)]
    [InlineData("1 de diciembre de 2017 3:00 AM PST", "2017-12-01", false)]
    [InlineData("5th March 2019", "2019-03-05", false)]
    [InlineData("PublishedMarch 5, 2019", "2019-03-05", false)]
    [InlineData("UPDATED:Wednesday, 20 November 2019", "2019-11-20", true)]
    public void Reads_a_date_line(string line, string iso, bool isUpdate)
    {
        PublishedDate.Match? date = PublishedDate.Read(line, 0, line.Length);

        Assert.Equal(iso, date?.Date.ToString());
        Assert.Equal(isUpdate, date?.IsUpdate);
    }

    [Theory]
    [InlineData("March 18 at 3:57 PM")]
    [InlineData("2 hours ago")]
    [InlineData("February 30, 2019")]
    [InlineData("75 with 51 posters participating")]
    [InlineData("He ranked 3 out of 2019 entries")]
    [InlineData("Set 5, 2019")]
    public void A_date_without_a_year_or_a_day_is_no_date(string line) => Assert.Null(PublishedDate.Read(line, 0, line.Length));

    [Theory]
    [InlineData("Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM", true)]
    [InlineData("* Nov 19, 2019 at 6:46 pm ET • 2 min read", true)]
    [InlineData("New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM", true)]
    [InlineData("mercredi 5 mars 2019, mis à jour le 6 mars 2019", true)]
    [InlineData("game Tuesday, Nov. 19, 2019, in Memphis, Tenn. Burks scores 29 as Warriors", false)]
    [InlineData("First Forecast Weather November 20, 2019 (This Morning)Some sunshine by the end of the day.", false)]
    public void A_date_line_holds_no_prose(string line, bool isDateLine) =>
        Assert.Equal(isDateLine, PublishedDate.Read(line, 0, line.Length)?.IsDateLine);

    [Theory]
    [InlineData("Smoke rises over the hills. Photo: Damian Dovarganes, AP", "Smoke rises over the hills.", "Damian Dovarganes, AP", "Damian Dovarganes", "AP")]
    [InlineData("Photo: David Zalubowski, STF / Associated Press", "", "David Zalubowski, STF / Associated Press", "David Zalubowski", "Associated Press")]
    [InlineData("A whale off the coast. Photograph: Jane Doe/Guardian", "A whale off the coast.", "Jane Doe/Guardian", "Jane Doe", "Guardian")]
    [InlineData("Image copyright Getty Images Image caption Obama said gun laws were his biggest frustration", "Obama said gun laws were his biggest frustration", "Getty Images", null, "Getty Images")]
    public void Reads_captions_in_the_forms_pages_use(string block, string caption, string credit, string? photographer, string? agency) =>
        Assert.Equal(new PhotoSpec(caption, credit, photographer, agency), PhotoCaption.Read(block));

    [Theory]
    [InlineData("(Photo by Karen Hargis)")]
    [InlineData("(Video by Jane Doe)")]
    public void Photo_and_video_credits_are_no_credits_line(string line) => Assert.False(CreditsLine.LooksLike(line));

    [Fact]
    public void A_misspelt_credits_line_still_is_one() => Assert.True(CreditsLine.LooksLike("(Reportng by Jane Doe; Editing by John Roe)"));
}
