using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.RealPages;

/// <summary>
/// What is not the article is of two kinds: chrome by its own features (ART005, which the fixes remove) and other text
/// (ART012, set aside, never deleted by "fix all"). Each rule alone, on short pages made of real kinds of lines.
/// </summary>
public class NeverLoseTheArticleTests
{
    private const string P1 = "The city council voted on Monday to build a new library on the east side of town, ending a debate that had lasted for more than three years.";
    private const string P2 = "The library will open in 2021 and will hold more than fifty thousand books, the mayor said in a statement after the vote on Monday.";
    private const string P3 = "Council members said that the building would also house a community room and a small cafe for the people of the neighbourhood.";
    private const string P4 = "Work on the site is to begin in the spring, once the last of the old warehouses that stand on it has been pulled down by the city.";

    /// <summary>Another story's prose and a menu above the headline: the page's first prose stands before the article.</summary>
    private const string OtherStoryAndMenu =
        "In other news, the county fair opened on Saturday with a parade that drew thousands of visitors to the grounds on the west side of town.\n\n  * News\n  * Tech\n  * Science\n  * Sports\n\n";

    private static List<Finding> Chrome(ParseResult result) => result.Findings.Where(f => f.Id == DiagnosticIds.LeftoverLayoutMarker).ToList();

    private static List<Finding> SetAside(ParseResult result) => result.Findings.Where(f => f.Id == DiagnosticIds.TextSetAside).ToList();

    private static bool Covers(Finding finding, string page, string text)
    {
        int at = page.IndexOf(text, System.StringComparison.Ordinal);
        return at >= finding.Span.Start && at + text.Length <= finding.Span.End;
    }

    [Theory]
    [InlineData("\u00A9 REUTERS / POOL", false)]
    [InlineData("\u00A9 Provided by The Guardian", false)]
    [InlineData("\u00A9 Jane Roe", false)]
    [InlineData("\u00A9 2019 Thomson Reuters. All rights reserved.", true)]
    [InlineData("[\u00A9 2019 Thomson Reuters", true)]
    [InlineData("\u00A9 City News. All rights reserved.", true)]
    [InlineData("Copyright 2019 Reuters. All rights reserved.", true)]
    public void A_copyright_notice_names_its_year_or_its_reserved_rights(string line, bool isNotice) =>
        Assert.Equal(isNotice, CopyrightNotice.IsStart(line, 0));

    [Fact]
    public void A_photo_credit_that_starts_with_the_copyright_sign_does_not_end_the_article()
    {
        string page = $"Council approves new library\n\n\u00A9 REUTERS / POOL\n\n{P1}\n\n{P2}\n\n{P3}\n\n\u00A9 2019 City News. All rights reserved.\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3 }, result.Article.Paragraphs.Where(p => p != "\u00A9 REUTERS / POOL"));
        Assert.DoesNotContain(Chrome(result), f => Covers(f, page, P1) || Covers(f, page, P3));
    }

    [Fact]
    public void The_article_s_own_list_between_its_paragraphs_is_neither_chrome_nor_set_aside()
    {
        const string teams = "  • Germany\n  • France\n  • Spain\n  • Portugal\n  • Brazil";
        string page = $"Five teams qualify for the final round\n\n{P1}\n\n{P2}\n\n{teams}\n\n{P3}\n\n{P4}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.DoesNotContain(result.Findings, f => f.Id is DiagnosticIds.LeftoverLayoutMarker or DiagnosticIds.TextSetAside && Covers(f, page, "Portugal"));
        Assert.Contains(P4, result.Article.Paragraphs);
        Assert.Contains(P1, result.Article.Paragraphs);
    }

    [Fact]
    public void A_table_the_article_ends_on_is_the_article_s_however_long_and_what_follows_it_is_not()
    {
        string[] groups = { "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O" };
        string table = string.Join("\n", groups.Select((g, i) => $" * Team {g} (Group {g}): {i + 2}th appearance"));
        const string author = "Jane Roe is an award-winning writer based in Virginia who has covered the city council for the paper since 2009... Full Bio";
        string page = $"Fifteen teams qualify for the final round\n\n{P1}\n\n{P2}\n\n{P3}\n\nQualified teams\n\n{table}\n\nJane Roe\n\n{author}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.DoesNotContain(result.Findings, f => f.Id is DiagnosticIds.LeftoverLayoutMarker or DiagnosticIds.TextSetAside && Covers(f, page, "Team O (Group O)"));
        Assert.Contains(result.Article.Paragraphs, p => p.Contains("Team O (Group O): 16th appearance"));
        Assert.DoesNotContain(result.Article.Paragraphs, p => p.Contains("award-winning"));
        Assert.Contains(SetAside(result), f => Covers(f, page, author));
    }

    [Fact]
    public void A_long_list_of_names_after_the_article_is_no_table_and_is_set_aside()
    {
        string links = string.Join("\n", new[] { "Home", "World", "Business", "Sport", "Culture", "Travel", "Weather", "Video", "Audio", "Opinion", "Science", "Health", "Money", "Style", "Food" }.Select(l => $" * {l}"));
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{P3}\n\n{links}\n\nJane Roe\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3 }, result.Article.Paragraphs);
    }

    [Fact]
    public void The_cards_of_a_list_of_other_stories_are_set_aside_however_much_prose_their_summaries_hold()
    {
        // Title, author, date, summary: the cards of sh-0096's "More Washington Examiner", in other words.
        string[] summaries =
        {
            "Our family always celebrates the anniversaries of the people we love, but not this week, when a year has passed since he was taken from us.",
            "The television interview was devised as an opportunity for the prince to clear his name, and it did the very opposite of what he had hoped for.",
            "The film about the clown has made more money than any other film of its kind, and the people who went to see it have a few ideas about why.",
        };
        string cards = string.Join("\n\n", summaries.Select((s, i) => $"Another story number {i + 1}\n\nby Jane Roe\nNovember {18 - i}, 2019\n\n{s}"));
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{P3}\n\nMore from City News\n\n{cards}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3 }, result.Article.Paragraphs);
        Assert.All(summaries, s => Assert.Contains(SetAside(result), f => Covers(f, page, s)));
        Assert.DoesNotContain(Chrome(result), f => summaries.Any(s => Covers(f, page, s)));
    }

    [Theory]
    [InlineData("Meg James is a corporate media reporter for the Los Angeles Times, covering the business of television.", "Meg James")]
    [InlineData("Dallas Robinson is a freelance writer living in Minneapolis", "Dallas Robinson")]
    [InlineData("Erin Cunningham is an Egypt-based correspondent for The Post.", "Erin Cunningham")]
    [InlineData("Perry Bacon Jr. is a senior writer for FiveThirtyEight. @perrybaconjr", "Perry Bacon Jr.")]
    [InlineData("Jane Slaughter is a former editor of Labor Notes and co-author of Secrets of a Successful Organizer.", "Jane Slaughter")]
    [InlineData("Sarah Archer is the author of The Midcentury Kitchen.", "Sarah Archer")]
    [InlineData("Jamal Khashoggi was a journalist for the Washington Post.", null)]
    [InlineData("Hicks, a Navy veteran herself and the wife of an active-duty Navy member, said her intention was to honor the flag.", null)]
    [InlineData("The council is a body of writers and editors, the mayor said.", null)]
    [InlineData("Meg James is expected to speak at the meeting on Monday about the budget.", null)]
    public void A_note_about_the_author_names_them_then_their_role(string content, string? name) =>
        Assert.Equal(name, AuthorNote.NameIn(content, content.Split(' ').Length));

    [Fact]
    public void A_note_about_the_author_closes_the_article_and_the_stories_after_it_are_set_aside()
    {
        // sh-0071: the byline's name, the article, then the author's note and a list of other stories with summaries.
        const string note = "Jane Roe is a freelance writer living in Minneapolis who covers the city council for the paper.";
        const string teaser = "The mayor of the neighbouring town said on Tuesday that her town would build a library of its own before the end of the year.";
        string page = $"Council approves new library\n\nBy Jane Roe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{note}\n\nAnother town plans a library\n\n{teaser}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3, P4 }, result.Article.Paragraphs);
        Assert.Contains(SetAside(result), f => Covers(f, page, note));
        Assert.Contains(SetAside(result), f => Covers(f, page, teaser));
    }

    [Fact]
    public void A_long_consent_banner_does_not_compete_with_the_article()
    {
        // tf-0898 and rd-medicalnewstoday: a cookie notice in the words of prose, longer than a short article.
        const string consent = "This website uses cookies to give you the best experience of our site and of the services that we offer to our readers. "
            + "By continuing to browse the site you agree to the use of cookies as they are described in our notice, which also tells you how to change your "
            + "settings at any time and where to find out more about the partners that we work with and the data that they may collect from you.";
        string page = $"Cookie settings\n\n{consent}\n\nCouncil approves new library\n\n{P1}\n\n{P2}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2 }, result.Article.Paragraphs);
        Assert.Equal("Council approves new library", result.Article.Headline);
    }

    [Fact]
    public void A_label_repeated_only_below_the_first_prose_may_be_a_subhead_and_is_never_chrome_but_a_menu_s_is()
    {
        // sh-0060's meal plan repeats "Meal 1" in each plan; its menu's labels stand at the top and again at the foot.
        string page = $"Recipes\n\nGarden\n\nTravel\n\nTwo soups for winter\n\n{P1}\n\n{P2}\n\nMeal 1\n\n1 cup of soup, 1 slice of toast.\n\nMeal 1\n\n2 cups of soup.\n\n"
            + "Recipes\n\nGarden\n\nTravel\n";
        List<Line> lines = TextLines.Split(page);

        ChromeClassifier.Layout layout = ChromeClassifier.Classify(page, lines);

        List<PageBlock> meals = layout.Blocks.Where(b => b.Content == "Meal 1").ToList();
        Assert.Equal(2, meals.Count);
        Assert.All(meals, b => Assert.False(ChromeClassifier.IsChromeByItsOwnFeatures(b)));
        Assert.True(ChromeClassifier.IsChromeByItsOwnFeatures(layout.Blocks.Last(b => b.Content == "Garden")));
    }

    [Fact]
    public void An_advertisement_inside_the_article_is_chrome_and_does_not_split_it()
    {
        string page = $"Council approves new library\n\n{P1}\n\nADVERTISEMENT\n\n{P2}\n\n{P3}\n\n{P4}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3, P4 }, result.Article.Paragraphs);
        Finding ad = Assert.Single(Chrome(result));
        Assert.Equal("advertising", ad.Detail);
        Assert.Equal("ADVERTISEMENT", page.Substring(ad.Span.Start, ad.Span.Length));
    }

    /// <summary>
    /// A gallery set into the article (rd-bug-1255978: "• 47/50 Tesco jet still left on shelf", its text, its credit):
    /// its slides are set aside as one run, never chrome, and the article goes on after it.
    /// </summary>
    [Fact]
    public void A_gallery_inside_the_article_is_set_aside_and_the_article_goes_on_after_it()
    {
        string[] slides =
        {
            "The mayor opened the old library for the last time on Friday, with a reading for the children of the town.",
            "The builders took down the warehouses on the site in the spring, a month earlier than the city had planned.",
            "The first books arrived in June, in crates that the children of the primary school helped to carry inside.",
            "The new library opened its doors to the public on a Saturday morning, with a queue that ran down the street.",
        };
        string gallery = string.Concat(slides.Select((slide, i) => $"\u2022 {i + 1}/4 Library picture {i + 1}\n\n{slide}\n\nGetty\n\n"));
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{gallery}{P3}\n\n{P4}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3, P4 }, result.Article.Paragraphs);
        Finding aside = Assert.Single(SetAside(result));
        Assert.Equal(gallery.TrimEnd(), page.Substring(aside.Span.Start, aside.Span.Length));
        Assert.Contains("a gallery's slides", aside.Detail);
        Assert.DoesNotContain(Chrome(result), f => slides.Any(slide => Covers(f, page, slide)));
    }

    [Theory]
    [InlineData("\u2022 47/50 Tesco jet still left on shelf", 47, 50)]
    [InlineData("* 1/5 Am Freitagabend krachte ein 19-jähriger Neulenker in eine Leitplanke.", 1, 5)]
    [InlineData("1/5", 0, 0)]
    [InlineData("18/11 Attac 86 : Soirée-débat", 0, 0)]
    [InlineData("2/3 cup sugar", 2, 3)]
    public void A_gallery_s_caption_opens_with_its_place(string content, int number, int of) =>
        Assert.Equal(number == 0 ? null : (number, of), Gallery.SlideOf(content));

    /// <summary>
    /// A card that shows its title twice, as its picture's text and as its link (sh-0094's "more stories"): no prose of
    /// the article, so it is set aside after it, never chrome, however long it is.
    /// </summary>
    [Fact]
    public void A_card_that_says_its_title_twice_is_set_aside_after_the_article()
    {
        const string card = "Emirates to get 30 Boeing 787 Dreamliners for $8.8 billion, the airline said on Monday at the Dubai Airshow Business Emirates to get 30 Boeing 787 Dreamliners for $8.8 billion";
        const string other = "Stock indexes edge mostly down as retailers sink, while energy stocks gained on Tuesday in New York Business Stock indexes edge mostly down as retailers sink";
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{P3}\n\n\u2022 Business\n\n{card}\n\n\u2022 Business\n\n{other}\n\nTerms of Service\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3 }, result.Article.Paragraphs);
        foreach (string text in new[] { card, other })
        {
            Assert.Contains(SetAside(result), f => Covers(f, page, text));
            Assert.DoesNotContain(Chrome(result), f => Covers(f, page, text));
        }
    }

    [Theory]
    [InlineData("US President Donald Trump looks on as he speaks to the media. US President Donald Trump looks on as he speaks to the media.", true)]
    [InlineData(P1, false)]
    [InlineData("The council met on Monday. The council met again on Tuesday, and the council met on Wednesday too.", false)]
    public void A_block_that_says_its_opening_again_is_a_card_or_a_caption(string content, bool says) =>
        Assert.Equal(says, new BlockFactsCache().Get(content).SaysItsOpeningAgain);

    /// <summary>
    /// A link to the comments beside the byline (tf-0879, The Verge: "New, 74 comments" over "By Jon Porter") is no
    /// comments heading, even below another story's prose at the top of the page: the article under it is no comment.
    /// </summary>
    [Fact]
    public void A_comments_link_beside_the_byline_does_not_make_the_article_a_comment()
    {
        string page = $"{OtherStoryAndMenu}Council approves new library\n\nNew, 74 comments\n\nBy Jane Roe | Jul 3, 2019\n\nShare this story\n\n{P1}\n\n{P2}\n\n{P3}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal("Council approves new library", result.Article.Headline);
        Assert.Equal(new[] { P1, P2, P3 }, result.Article.Paragraphs);
        Assert.DoesNotContain(SetAside(result), f => Covers(f, page, P1));
    }

    /// <summary>
    /// A link to the comments or a widget of them is no heading over them (tf-0264 "View comments" over the Mail's
    /// article, tf-0707 "* Comments" in PC Gamer's menu, tf-0580 "Recent Comments" in a blog's sidebar): the article
    /// under it is no comment.
    /// </summary>
    [Theory]
    [InlineData("View comments")]
    [InlineData("  * Comments")]
    [InlineData("Recent Comments")]
    [InlineData("Comments feed")]
    public void A_link_to_the_comments_above_the_article_does_not_make_it_a_comment(string link)
    {
        string page = $"{OtherStoryAndMenu}Council approves new library\n\nPublished: 22:00 GMT, 26 September 2020\n\n{link}\n\n{P1}\n\n{P2}\n\n{P3}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3 }, result.Article.Paragraphs);
    }

    /// <summary>
    /// An article whose parts repeat their labels (sh-0060's meal plan: "Pre-Workout Meal", "Eat 60–90 minutes before
    /// your workout" in each plan; tf-0466's product table) holds longer runs of short lines between its paragraphs than
    /// a list between prose may: the labels it repeats below its prose do not count, and the article is read whole.
    /// A menu's labels, which the page shows above its prose as well, still count.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Labels_the_article_repeats_in_each_part_do_not_split_it(bool menuAbove)
    {
        string[] labels = { "Pre-Workout Meal", "Eat 60 to 90 minutes before your workout", "Portion Fix Containers", "Workout Supplement", "Drink during your workout", "Post-Workout Meal", "Eat 1 to 2 hours after your workout" };
        string part = string.Join("\n\n", labels);
        string[] meals =
        {
            "Asparagus and eggs with a cup of asparagus, two poached eggs and half a cup of sweet potato, cooked in a teaspoon of olive oil for the potatoes.",
            "Chicken zoodles with a cup of zucchini noodles, four ounces of cooked chicken, half a cup of edamame and a teaspoon of sesame oil and soy sauce.",
            "Beef and peppers with four ounces of seasoned ground beef, a cup of sweet peppers, ten olives and a tablespoon of cilantro or green onions.",
        };
        string menu = menuAbove ? string.Join("\n\n", labels) + "\n\n" : "";
        string page = $"{menu}Meal prep for the new program\n\n{P1}\n\n{part}\n\n{meals[0]}\n\n{part}\n\n{part}\n\n{meals[1]}\n\n{part}\n\n{part}\n\n{meals[2]}\n\nTerms of Service\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(!menuAbove, meals.All(meal => result.Article.Paragraphs.Contains(meal)));
        Assert.Contains(P1, result.Article.Paragraphs);
    }

    /// <summary>
    /// An article that is mostly its own lists between short paragraphs (sh-0060's meal plan: a recipe's lines between
    /// its steps) against a footer's two paragraphs of legal prose: the lists between the paragraphs are the article's,
    /// they weigh nothing against it, and the article wins.
    /// </summary>
    [Fact]
    public void The_article_s_own_lists_do_not_weigh_against_it()
    {
        string[] steps = { P1, P2, P3, P4, P1.Replace("Monday", "Tuesday") };
        string list = string.Join("\n\n", new[] { "Two cups of flour", "One cup of sugar", "Three large eggs", "Half a cup of milk", "A pinch of salt", "Butter for the tin", "Baking powder", "Vanilla sugar", "A lemon's zest", "Icing to finish" });
        string footer = "The information provided on this website is for general informational purposes only and is not intended as a substitute for the advice of a doctor, who should be consulted before you begin any new diet or exercise program.\n\n"
            + "Results vary depending on the starting point, the goals and the effort of each person, and the statements on this website have not been evaluated by any authority or agency for any purpose at all.\n";
        string related = string.Concat(Enumerable.Range(1, 15).Select(i => $"\u2022 Why breakfast really does matter, part {i}\n"));
        string page = "Council approves new library\n\n" + string.Join("\n\n" + list + "\n\n", steps) + "\n\nRelated Articles\n\n" + related + "\nTerms of Service\n\n" + footer;

        ParseResult result = ArticleParser.Parse(page);

        Assert.All(steps, step => Assert.Contains(step, result.Article.Paragraphs));
        Assert.DoesNotContain(result.Article.Paragraphs, p => p.StartsWith("The information provided", System.StringComparison.Ordinal));
    }

    /// <summary>
    /// A poll's results after the article's last paragraph (sh-0039: "* %61 голос" twice among 23 rows): a row of data
    /// that the table says twice is no menu's label, and the table stays the article's to its end.
    /// </summary>
    [Fact]
    public void A_row_said_twice_in_the_article_s_table_does_not_end_it()
    {
        string[] rows = { "%165 votes", "%250 votes", "%437 votes", "%61 votes", "%12 votes", "%330 votes", "%61 votes", "%31 votes", "%55 votes" };
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{P3}\n\nWhich library do you like best?\n\n"
            + string.Concat(rows.Select(row => $" * {row}\n\n")) + "Related\n\n * Council approves new swimming pool\n * Council approves new park\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(rows, result.Article.Paragraphs.Where(p => p.Contains("votes")).Select(p => p.TrimStart('*', ' ')));
    }

    /// <summary>
    /// An article with no dateline, then another story's card whose summary opens with one: the article's paragraphs
    /// stand above the dateline, so it opens no lede, and the article is not set aside.
    /// </summary>
    [Fact]
    public void A_dateline_under_the_article_s_paragraphs_opens_another_story_s_card()
    {
        const string card = "WASHINGTON (AP) \u2014 The Senate passed a bill on Tuesday that would fund the government through the end of the year, sending it to the House.";
        string page = $"Council approves new library\n\nBy Jane Roe\n\nMarch 3, 2019\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\nMore stories\n\n{card}\n\nShare this story\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal("Council approves new library", result.Article.Headline);
        Assert.Equal(new[] { P1, P2, P3, P4 }, result.Article.Paragraphs.Take(4));
        Assert.DoesNotContain(SetAside(result), f => Covers(f, page, P1));
    }

    /// <summary>
    /// A video playlist between the header and a lede that opens with an agency's dateline (sh-0150): the playlist's
    /// captions are no standfirst, and the date a caption mentions is not the article's; the headline over the playlist,
    /// with its byline and date line, is.
    /// </summary>
    [Fact]
    public void A_playlist_between_the_header_and_a_dateline_lede_is_set_aside()
    {
        string[] captions =
        {
            "A guest holds her phone showing a picture taken during the press\nconference unveiling the new operating system in Dongguan, in the\nsouth of China, on a rainy day that drew a large crowd of reporters.",
            "SHANGHAI, CHINA - SEPTEMBER 17: Alibaba Chairman Jack Ma speaks during the\nopening ceremony of the 2018 World Artificial Intelligence Conference at West\nBund on September 17, 2018 in Shanghai, China. The 2018 World Artificial\nIntelligence Conference runs from September 17 to 19.",
            "A staff member uses her mobile phone at the digital transformation\nshowcase in Shenzhen, in the south of China, where the company showed\nits new phones and the network it is building for the whole country.",
            "The flags of the two countries are seen as the two foreign ministers\nmeet at the department in Washington, where they talked for two hours\nabout trade and about the visit of the president later in the year.",
        };
        string playlist = string.Concat(captions.Select((caption, i) => $"{caption}\n\n{caption}\n\nWhat you need to know about video {i + 1}\n\n"));
        string page = "Council approves new library\n\nBy Jane Roe, City News\n\nUpdated 0339 GMT (1139 HKT) November 19, 2019\n\n" + playlist
            + $"LINCOLN, Neb. (AP) \u2014 {P1}\n\n{P2}\n\n{P3}\n\n{P4}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal("Council approves new library", result.Article.Headline);
        Assert.Equal("Jane Roe", result.Article.Byline);
        Assert.Equal(new PublicationDate(2019, 11, 19), result.Article.Published);
        Assert.Equal(new[] { P1, P2, P3, P4 }, result.Article.Paragraphs);
        Assert.All(captions, caption => Assert.Contains(SetAside(result), f => Covers(f, page, caption)));
    }

    /// <summary>
    /// A roundup cites its sources in brackets under the quotes (sh-0071: "[Tom's Guide]", "[The Verge]", "[Engadget]"):
    /// they are the article's text, which no fix deletes. An image's alt text cut short is still chrome.
    /// </summary>
    [Fact]
    public void A_source_s_name_in_brackets_inside_the_article_is_no_chrome()
    {
        string page = $"Council approves new library\n\n{P1}\n\n[Tom's Guide]\n\n{P2}\n\n[The Verge]\n\n{P3}\n\n[Engadget]\n\n{P4}\n\n[play_overl]\n\n{P1.Replace("Monday", "Tuesday")}\n";

        ParseResult result = ArticleParser.Parse(page);

        string[] sources = { "[Tom's Guide]", "[The Verge]", "[Engadget]" };
        Assert.All(sources, source => Assert.Contains(source, result.Article.Paragraphs));
        Assert.DoesNotContain(Chrome(result), f => sources.Any(source => Covers(f, page, source)));
        Assert.Contains(Chrome(result), f => Covers(f, page, "[play_overl]"));
    }

    /// <summary>One capitalized word in brackets, in an article that cites no sources so, is a form's button or an image's alt text.</summary>
    [Fact]
    public void One_word_in_brackets_is_a_source_only_where_the_article_cites_longer_names()
    {
        string page = $"Council approves new library\n\n{P1}\n\n[Headerbild]\n\n{P2}\n\n[Tom's Guide]\n\n{P3}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Contains(Chrome(result), f => Covers(f, page, "[Headerbild]"));
        Assert.DoesNotContain(Chrome(result), f => Covers(f, page, "[Tom's Guide]"));
    }

    /// <summary>
    /// A news ticker after the article (rd-liberation-1: "* 14:44 Accusations de viols ...", "* 14:10" over a paragraph):
    /// entries that open with a clock time are story cards, set aside however much prose they hold.
    /// </summary>
    [Fact]
    public void A_news_ticker_after_the_article_is_set_aside()
    {
        string[] entries =
        {
            " * 14:44 Fourteen soldiers accused of abuse, some of them identified",
            " * 14:10\n\nEarthquake.\n\nAn earthquake of magnitude 6.8 struck the coast on Thursday, the geological survey said, and there were no reports of damage so far.",
            " * 13:54 A new law bans the hunting of wolves in the north",
            " * 13:24\n\nElection.\n\nThe count in the northern districts went on into the night, and the result is not expected before the end of the week, officials said.",
            " * 13:18 The constitutional court refuses to examine the whole text",
        };
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{P3}\n\n{string.Join("\n\n", entries)}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3 }, result.Article.Paragraphs);
        Assert.Contains(SetAside(result), f => Covers(f, page, "An earthquake of magnitude 6.8"));
        Assert.Contains(SetAside(result), f => Covers(f, page, "The count in the northern districts"));
    }

    [Theory]
    [InlineData(" * 14:44 Fourteen soldiers accused", true)]
    [InlineData("\u2022 13:29", true)]
    [InlineData("07:15 p. m.", true)]
    [InlineData("18h37 Arrestation d'un terroriste", true)]
    [InlineData("13:00 \u2013 13:15 Uhr", false)]
    [InlineData("2019 was a good year", false)]
    [InlineData("14:445 items", false)]
    public void A_ticker_s_entry_opens_with_a_clock_time(string content, bool opens) =>
        Assert.Equal(opens, PublishedDate.OpensWithClockTime(content));

    /// <summary>
    /// Readers' comments with no heading over them, but a reply link under each (tf-0703, tf-0752, tf-0076: "Antworten",
    /// "Répondre", "Reply"): the thread is set aside, however much prose it holds, and the article is not drawn into it.
    /// </summary>
    [Theory]
    [InlineData("Reply")]
    [InlineData("  □ Antworten")]
    [InlineData("Répondre")]
    public void Comments_with_a_reply_link_under_each_are_set_aside(string reply)
    {
        string[] comments =
        {
            "I have been going to the old library for thirty years and I am sad to see it go, but the new building looks like it will be a much better place for the children of the town, who deserve somewhere warm and quiet to read.",
            "Why does the council always find money for buildings like this when the roads in our part of town have not been repaired for years? I would like to know who decided on this and how much it really cost in the end.",
            "My daughter went on the first day and came home with six books and a library card of her own, so as far as our family is concerned the council got this one right, whatever it cost, and I hope they keep it open.",
        };
        string thread = string.Concat(comments.Select((comment, i) => $"reader{i} says:\n\nMarch {i + 4}, 2019 at 9:1{i} am\n\n{comment}\n\n{reply}\n\n"));
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{thread}Terms of Service\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2 }, result.Article.Paragraphs);
        foreach (string comment in comments)
        {
            Assert.Contains(SetAside(result), f => Covers(f, page, comment));
        }
    }

    /// <summary>
    /// A cookie banner's dialog after the article (tf-0512, tf-0792: "Notwendige Cookies sind für das einwandfreie
    /// Funktionieren der Website absolut notwendig") holds more prose than a short article, but no banner's formula:
    /// after the banner it is the dialog's text, set aside, and the article wins.
    /// </summary>
    [Fact]
    public void A_cookie_dialog_after_its_banner_does_not_compete_with_the_article()
    {
        string[] dialog =
        {
            "Necessary cookies are absolutely essential for the website to function properly, and this category only includes cookies that ensure the basic functions and the security features of the website for every visitor who comes to it.",
            "Functional cookies help us to perform certain functionalities like sharing the content of the website on social media platforms, collecting feedback from our readers, and other third-party features that some of our pages use.",
            "Performance cookies are used to understand and analyze the key performance indexes of the website, which helps us in delivering a better user experience for the visitors who come back to the pages of the site again and again.",
        };
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\nShare this story\n\nThis website uses cookies to improve your experience while you navigate through the website.\n\n{string.Join("\n\n", dialog)}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2 }, result.Article.Paragraphs);
        Assert.All(dialog, text => Assert.Contains(SetAside(result), f => Covers(f, page, text)));
        Assert.All(dialog, text => Assert.DoesNotContain(Chrome(result), f => Covers(f, page, text)));
    }

    [Fact]
    public void Prose_outside_the_article_is_set_aside_and_never_chrome()
    {
        const string comment = "I have lived on the east side for twenty years and we have never had a library that was worth the walk, so this is good news.";
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{P3}\n\nComments\n\n[Post comment]\n\n{comment}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3 }, result.Article.Paragraphs);
        Assert.DoesNotContain(Chrome(result), f => Covers(f, page, comment));
        Finding aside = Assert.Single(SetAside(result));
        Assert.True(Covers(aside, page, comment));
        Assert.Contains("comments", aside.Detail);
        Assert.Contains(Chrome(result), f => Covers(f, page, "[Post comment]"));
    }

    [Theory]
    [InlineData("We use cookies to give you the best experience on our website, and by continuing to browse you agree to it.", "cookie or consent banner")]
    [InlineData("Sign up for our newsletter to get the best of the city news in your inbox every morning of the week.", "sign-in or subscribe box")]
    public void A_sentence_is_chrome_only_by_its_own_words(string sentence, string kind)
    {
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{P3}\n\n{sentence}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Contains(Chrome(result), f => Covers(f, page, sentence) && f.Detail == kind);
    }

    /// <summary>Each named sentence rule on real lines of the corpus pages; an article may speak of cookies or shares.</summary>
    [Theory]
    [InlineData("This website uses cookies to improve your experience while you navigate through the website.", "cookie or consent banner")]
    [InlineData("Prohibida su reproducción total o parcial, así como su traducción a cualquier idioma sin autorización escrita de su titular.", "footer")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.", "footer")]
    [InlineData("Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )", "sign-in or subscribe box")]
    [InlineData("You are commenting using your WordPress.com account. ( Log Out / Change )", "sign-in or subscribe box")]
    [InlineData("PC Gamer is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission.", "advertising")]
    [InlineData("The company said it would stop paying affiliates a commission on sales made through its app.", null)]
    [InlineData("Ich willige darin ein, dass der Deutsche Feuerwehrverband e.V. mir den Newsletter per E-Mail zusendet.", "sign-in or subscribe box")]
    [InlineData("By signing up, you agree to our Privacy Notice and European users agree to the data transfer policy.", "sign-in or subscribe box")]
    [InlineData("The minister said he did not agree to the processing of the claims before the election.", null)]
    [InlineData("Shares of the company fell by a third after it said it would use cookies less.", null)]
    public void A_sentence_rule_names_its_kind_of_chrome(string sentence, string? kind) =>
        Assert.Equal(kind, ChromePhrases.FindInSentence(sentence)?.Describe());

    [Fact]
    public void A_legal_notice_after_the_article_is_its_copyright_not_a_paragraph()
    {
        const string notice = "Copyright City News Media. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{P3}\n\n{notice}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, P2, P3 }, result.Article.Paragraphs);
        Assert.Equal(notice, result.Article.Copyright);
    }

    [Theory]
    [InlineData("A flaw in the popular game makes it easy to crash the server.", true)] // eight words and an end
    [InlineData("Home News Sport Business Culture Travel Weather Video", false)] // eight words, no end, no function words
    [InlineData("Crash the server today.", false)] // an end, too few words
    [InlineData("a flaw in the game that makes it easy for anyone to crash the", true)] // the page's function words
    public void A_sentence_is_eight_words_with_an_end_or_the_function_words_of_the_page_s_prose(string block, bool isSentence)
    {
        PageBlock only = Assert.Single(PageBlocks.Split(block, TextLines.Split(block)));

        Assert.Equal(isSentence, Sentence.IsIn(only, proseLevel: 0.4));
    }

    [Fact]
    public void Where_two_runs_of_prose_compete_the_parser_says_it_is_unsure()
    {
        string menu = string.Join("\n", new[] { "Home", "World", "Business", "Politics", "Sport", "Culture", "Travel", "Weather", "Video", "Audio", "Opinion", "Letters", "Obituaries", "Events", "Contact" }.Select(item => "  \u2022 " + item));
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{menu}\n\nWarehouses to come down in spring\n\n{P4}\n\n{P3}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.NotEmpty(SetAside(result));
        Assert.All(SetAside(result), f => Assert.True(f.Unsure));
        Assert.All(SetAside(result), f => Assert.Contains("unsure of the article", f.Detail));
    }

    [Fact]
    public void A_sure_choice_leaves_the_text_set_aside_at_info()
    {
        string page = $"Council approves new library\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\nComments\n\nGreat news for the east side of town, finally.\n";

        Assert.All(SetAside(ArticleParser.Parse(page)), f => Assert.False(f.Unsure));
    }

    [Fact]
    public void An_article_only_file_reads_every_block_as_the_article()
    {
        string page = $"Council approves new library\n\n{P1}\n\nShare this story\n\n{P2}\n\n  • Home\n  • World\n";

        ParseResult result = ArticleParser.Parse(page, PageReading.ArticleOnly);

        Assert.Equal("Council approves new library", result.Article.Headline);
        Assert.Equal(new[] { P1, "Share this story", P2, "\u2022 Home", "\u2022 World" }, result.Article.Paragraphs);
        Assert.DoesNotContain(result.Findings, f => f.Id is DiagnosticIds.LeftoverLayoutMarker or DiagnosticIds.TextSetAside);
    }

    [Fact]
    public void An_article_copied_one_paragraph_a_line_keeps_every_paragraph()
    {
        string page = $"Council approves new library\n{P1}\nIt was a long night.\n{P2}\nNobody voted against.\n{P3}\n{P4}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(new[] { P1, "It was a long night.", P2, "Nobody voted against.", P3, P4 }, result.Article.Paragraphs);
        Assert.DoesNotContain(result.Findings, f => f.Id is DiagnosticIds.LeftoverLayoutMarker or DiagnosticIds.TextSetAside);
    }

    /// <summary>
    /// The Guardian's page (sh-0062): a standfirst right under the headline, which the classifier calls a cut-off
    /// teaser ("... as others should tell them"), is a sentence of prose with no chrome between it and the headline:
    /// the article's first paragraph, not text set aside.
    /// </summary>
    [Fact]
    public void A_standfirst_right_under_the_headline_is_the_article_s_first_paragraph()
    {
        const string standfirst = "The authorities\u2019 repression has only fuelled the crisis. It is up to them to\nde-escalate, as others should tell them";
        const string page =
            "  \u2022 The Guardian view\n  \u2022 Columnists\n  \u2022 Cartoons\n  \u2022 Opinion videos\n  \u2022 Letters\n\nMore\nOpinion\nHong Kong\n\n"
            + "The Guardian view on Hong Kong: a city on the brink\n\nEditorial\n" + standfirst + "\n\n"
            + "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT\n\n"
            + "  \u2022 Share on Facebook\n  \u2022 Share on Twitter\n  \u2022 Share via Email\n\n"
            + "Hong Kong is burning. The authorities continue to pour fuel on the fire. On\nMonday, the People\u2019s Daily, the mouthpiece of the Communist party, warned that\n"
            + "there is \u201Cabsolutely no room for compromise\u201D. But it is not merely that Beijing\nand the Hong Kong government will not take a step back; they continue to\nescalate the crisis.\n\n"
            + "Excessive force and police brutality have accelerated and magnified these\nprotests, turning what began as a rejection of the extradition bill into a far\n"
            + "broader movement, and persuading a large section of the population that they\nshould support it. The withdrawal of the bill was far too little, too late.\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal("The Guardian view on Hong Kong: a city on the brink", result.Article.Headline);
        Assert.Contains(result.Article.Paragraphs, p => p.EndsWith(standfirst.Replace('\n', ' '), System.StringComparison.Ordinal));
        Assert.DoesNotContain(SetAside(result), f => Covers(f, page, "as others should tell them"));
    }

    /// <summary>
    /// What stands under the headline but is no standfirst stays out of the paragraphs: the headline said again (The
    /// Washington Post, rd-wapo-2), and a sentence with chrome between it and the headline, a video's title under a
    /// share bar.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("Share on Facebook\n\nShare on Twitter\n\nShare via Email\n\n")]
    public void A_sentence_under_the_headline_that_is_no_standfirst_is_no_paragraph(string between)
    {
        const string headline = "Where do strained U.S.-Israeli relations go after Netanyahu\u2019s victory?";
        const string video = "Why the council members say that they would have voted for the new library again and\u2026";
        string sentence = between.Length == 0 ? headline : video;
        string page = $"{headline}\n\n{between}{sentence}\n\n{P1}\n\n{P2}\n\n{P3}\n";

        ParseResult result = ArticleParser.Parse(page);

        Assert.Equal(headline, result.Article.Headline);
        Assert.Equal(new[] { P1, P2, P3 }, result.Article.Paragraphs);
    }
}
