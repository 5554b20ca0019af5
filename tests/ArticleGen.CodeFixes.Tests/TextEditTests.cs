using System.Linq;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>The pure text edits behind the code fixes, on real-world variants, with spans as the parser reports them.</summary>
public class TextEditTests
{
    [Theory]
    [InlineData("A.\n\n[to top of second column]\n\nB.\n", "A.\n\nB.\n")] // the doubled blank line goes too
    [InlineData("A.\n [to top of second column]\n | \nB.\n", "A.\n\nB.\n")] // the only break between two paragraphs stays
    [InlineData("A.\n[to top of second column in this\narticle]\n|\nB.\n", "A.\n\nB.\n")] // wrapped over two lines
    [InlineData("A.\n\n[to top of second column]\nB.\n", "A.\n\nB.\n")] // a blank line already separates them
    [InlineData("| \n\t\tHeadline\n", "\t\tHeadline\n")] // the page's opening pipe
    [InlineData("Headline\n\t\t Send a link to a friend \n\t\t\n[March 28, 2019]\n", "Headline\n\t\t\n[March 28, 2019]\n")]
    [InlineData("is solely responsible for this content. |", "is solely responsible for this content.")] // inside a line, at its end
    [InlineData("the total.[to top of second column] The next", "the total. The next")] // glued to the word before: the space after stays
    [InlineData("the total. [to top of second column] The next", "the total. The next")]
    [InlineData("the total. [to top of second column]The next", "the total. The next")]
    public void Remove_all_markers(string text, string expected)
    {
        Assert.Equal(expected, Edit.RemoveAllMarkers(text));
    }

    [Theory]
    [InlineData("A.\u2028[to top of second column]\u2028B.\n", "A.\u2028B.\n")] // a line separator is space to the parser, not a line break
    [InlineData("A.\n\n\u00A0[to top of second column]\u3000\n\nB.\n", "A.\n\nB.\n")] // no-break and ideographic spaces are space
    public void Remove_all_markers_with_the_parsers_lines_and_spaces(string text, string expected) =>
        Assert.Equal(Unescape(expected), Edit.RemoveAllMarkers(Unescape(text)));

    [Fact]
    public void Remove_one_marker_leaves_the_others()
    {
        string text = "A.\n\n[to top of second column]\n\nB.\n|\nC.\n";
        Finding first = LayoutMarkerCodeFixProvider.MarkersIn(ArticleParser.Parse(text)).First();
        Assert.Equal("A.\n\nB.\n|\nC.\n", SourceText.From(text).WithChanges(MarkerRemoval.Changes(SourceText.From(text), new[] { first })).ToString());
    }

    [Theory]
    [InlineData("GENEVA (Reuters) -The vote was close.", "GENEVA (Reuters) - The vote was close.")]
    [InlineData("Moscow (Reuters) - Members of the team.", "MOSCOW (Reuters) - Members of the team.")]
    [InlineData("VIENNA (Reuters - OPEC may resist calls.", "VIENNA (Reuters) - OPEC may resist calls.")]
    [InlineData("VIENNA (Reuters- OPEC may resist calls.", "VIENNA (Reuters) - OPEC may resist calls.")]
    [InlineData("PORT-AU-PRINCE, Haiti (Reuters - Shooting erupted.", "PORT-AU-PRINCE, Haiti (Reuters) - Shooting erupted.")]
    [InlineData("Port-au-Prince, Haiti (Reuters) - Shooting erupted.", "PORT-AU-PRINCE, Haiti (Reuters) - Shooting erupted.")]
    [InlineData("FRANKFURT, March 28- The Bundesbank came in.", "FRANKFURT, March 28 - The Bundesbank came in.")]
    [InlineData("QUITO, March 28 -Construction workers began.", "QUITO, March 28 - Construction workers began.")]
    [InlineData("Tokyo, March 28 - The Finance Ministry plans.", "TOKYO, March 28 - The Finance Ministry plans.")]
    [InlineData("GENEVA (Reuters) Swiss voters rejected the plan.", "GENEVA (Reuters) - Swiss voters rejected the plan.")]
    [InlineData("GENEVA (Reuters)Swiss voters rejected the plan.", "GENEVA (Reuters) - Swiss voters rejected the plan.")]
    // The writer's dash stays: AP's em dash, an en dash, CNN's double hyphen.
    [InlineData("Lincoln, Neb. (AP) \u2014 The council met on Monday to vote.", "LINCOLN, Neb. (AP) \u2014 The council met on Monday to vote.")]
    [InlineData("LINCOLN, Neb. (AP) \u2014The council met on Monday to vote.", "LINCOLN, Neb. (AP) \u2014 The council met on Monday to vote.")]
    [InlineData("LINCOLN, Neb. (AP)\u2013 The council met.", "LINCOLN, Neb. (AP) \u2013 The council met.")]
    [InlineData("Atlanta (CNN)--The council met.", "ATLANTA (CNN) -- The council met.")]
    // Two dashes: the one next to the lede stays, as it was before a slip (or an older fix) put the other in front.
    [InlineData("LINCOLN, Neb. (AP) - \u2014 The council met on Monday to vote.", "LINCOLN, Neb. (AP) \u2014 The council met on Monday to vote.")]
    [InlineData("LINCOLN, Neb. (AP)- \u2014The council met.", "LINCOLN, Neb. (AP) \u2014 The council met.")]
    // Space as the parser counts it: a tab or a no-break space is space, and it is left as written.
    [InlineData("Moscow (Reuters)\t-\u00A0Members arrived.", "MOSCOW (Reuters)\t-\u00A0Members arrived.")]
    [InlineData("MOSCOW (Reuters\u00A0-Members arrived.", "MOSCOW (Reuters)\u00A0- Members arrived.")]
    public void Repair_dateline(string lede, string expected)
    {
        string repaired = Edit.RepairDateline(Article(Unescape(lede)));

        Assert.Equal(Article(Unescape(expected)), repaired);
        Assert.DoesNotContain(ArticleParser.Parse(repaired).Findings, f => f.Id == DiagnosticIds.MalformedDateline);
    }

    [Fact]
    public void Repair_dateline_after_a_date_bracket_on_the_same_line()
    {
        string text = "HEADLINE\n[MARCH\n11, 1987] Washington, March 11- The administration is opposed.\n";
        Assert.Equal("HEADLINE\n[MARCH\n11, 1987] WASHINGTON, March 11 - The administration is opposed.\n", Edit.RepairDateline(text));
    }

    [Fact]
    public void Repair_changes_only_the_characters_that_differ()
    {
        string text = Article("Geneva (Reuters) -The vote.");
        int start = text.IndexOf("Geneva", System.StringComparison.Ordinal);
        Finding finding = Assert.Single(ArticleParser.Parse(text).Findings, f => f.Id == DiagnosticIds.MalformedDateline);

        var changes = DatelineRepair.Changes(SourceText.From(text), finding);

        Assert.Equal(new[] { (start + 1, 5, "ENEVA"), (start + 18, 0, " ") }, changes.Select(c => (c.Span.Start, c.Span.Length, c.NewText!)));
    }

    [Fact]
    public void A_dateline_with_two_dashes_is_malformed()
    {
        Finding finding = Assert.Single(ArticleParser.Parse(Article("LINCOLN, Neb. (AP) - \u2014 The council met.")).Findings, f => f.Id == DiagnosticIds.MalformedDateline);
        Assert.Equal("it has two dashes, '-' and '\u2014'", finding.Detail);
        Assert.Equal("LINCOLN, Neb. (AP) - \u2014", finding.Subject);
    }

    [Theory]
    [InlineData("&amp;", "&")]
    [InlineData("&lt;", "<")]
    [InlineData("&#39;", "'")]
    [InlineData("&#x27;", "'")]
    [InlineData("#39;", "'")]
    [InlineData("quot;", "\"")]
    [InlineData("&eacute;", "\u00E9")]
    [InlineData("&nbsp;", " ")] // space to the parser: a plain space
    [InlineData("&#8203;", "")] // zero-width space: invisible, removed
    [InlineData("&#65279;", "")] // U+FEFF: invisible, removed
    [InlineData("&amp;amp;", "&")] // one chain, one edit
    [InlineData("&amp;#39;", "'")]
    [InlineData("&lt;span&gt;", "")] // an escaped tag: removed
    [InlineData("&lt;/p&gt;", "")]
    [InlineData("&#10;", " ")] // a line break inside running text is layout too
    [InlineData("&#x2028;", " ")]
    [InlineData("&mdash;", "\u2014")]
    [InlineData("</A>", null)]
    [InlineData("<br>", null)]
    public void Decode_entity(string markup, string? expected)
    {
        string text = Article("MOSCOW (Reuters) - It said " + markup + " twice.");
        Finding finding = Assert.Single(ArticleParser.Parse(text).Findings, f => f.Id == DiagnosticIds.LeftoverMarkup);
        Assert.Equal(expected, EntityDecoding.Changes(SourceText.From(text), finding).SingleOrDefault().NewText);
    }

    [Fact]
    public void Decoding_every_entity_the_parser_reports_clears_ART011()
    {
        string text = Article("MOSCOW (Reuters) - AT&amp;T said the company#39;s team was &quot;ready&quot;.");
        SourceText source = SourceText.From(text);
        var changes = ArticleParser.Parse(text).Findings
            .Where(f => f.Id == DiagnosticIds.LeftoverMarkup)
            .SelectMany(f => EntityDecoding.Changes(source, f))
            .ToList();
        string decoded = source.WithChanges(changes).ToString();

        Assert.Equal(Article("MOSCOW (Reuters) - AT&T said the company's team was \"ready\"."), decoded);
        Assert.DoesNotContain(ArticleParser.Parse(decoded).Findings, f => f.Id == DiagnosticIds.LeftoverMarkup);
    }

    private static string Unescape(string text) => System.Text.RegularExpressions.Regex.Unescape(text);

    private static string Article(string lede) =>
        "Headline of the story\n\n[March 28, 2019]\n\n" + lede + "\n\nA second paragraph.\n\n(Reporting by Maxim Rodionov; Editing by Raissa Kasolowsky)\n";
}
