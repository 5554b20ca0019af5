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
        SourceText source = SourceText.From(text);
        Assert.Equal(expected, MarkerRemoval.RemoveAll(source, LayoutMarkerCodeFixProvider.MarkersIn(source, default)).ToString());
    }

    [Fact]
    public void Remove_one_marker_leaves_the_others()
    {
        SourceText source = SourceText.From("A.\n\n[to top of second column]\n\nB.\n|\nC.\n");
        TextSpan first = LayoutMarkerCodeFixProvider.MarkersIn(source, default).First();
        Assert.Equal("A.\n\nB.\n|\nC.\n", MarkerRemoval.RemoveAll(source, new[] { first }).ToString());
    }

    [Theory]
    [InlineData("GENEVA (Reuters) -The vote was close.", "GENEVA (Reuters) - The vote was close.")]
    [InlineData("Moscow (Reuters) - Members of the team.", "MOSCOW (Reuters) - Members of the team.")]
    [InlineData("VIENNA (Reuters - OPEC may resist calls.", "VIENNA (Reuters) - OPEC may resist calls.")]
    [InlineData("PORT-AU-PRINCE, Haiti (Reuters - Shooting erupted.", "PORT-AU-PRINCE, Haiti (Reuters) - Shooting erupted.")]
    [InlineData("Port-au-Prince, Haiti (Reuters) - Shooting erupted.", "PORT-AU-PRINCE, Haiti (Reuters) - Shooting erupted.")]
    [InlineData("FRANKFURT, March 28- The Bundesbank came in.", "FRANKFURT, March 28 - The Bundesbank came in.")]
    [InlineData("QUITO, March 28 -Construction workers began.", "QUITO, March 28 - Construction workers began.")]
    [InlineData("Tokyo, March 28 - The Finance Ministry plans.", "TOKYO, March 28 - The Finance Ministry plans.")]
    [InlineData("GENEVA (Reuters) Swiss voters rejected the plan.", "GENEVA (Reuters) - Swiss voters rejected the plan.")]
    public void Repair_dateline(string lede, string expected)
    {
        string text = Article(lede);
        Finding finding = Assert.Single(ArticleParser.Parse(text).Findings, f => f.Id == DiagnosticIds.MalformedDateline);
        SourceText source = SourceText.From(text);

        TextChange change = DatelineRepair.Repair(source, new TextSpan(finding.Span.Start, finding.Span.Length))!.Value;
        string repaired = source.WithChanges(change).ToString();

        Assert.Equal(Article(expected), repaired);
        Assert.DoesNotContain(ArticleParser.Parse(repaired).Findings, f => f.Id == DiagnosticIds.MalformedDateline);
    }

    [Fact]
    public void Repair_dateline_after_a_date_bracket_on_the_same_line()
    {
        string text = "HEADLINE\n[MARCH\n11, 1987] Washington, March 11- The administration is opposed.\n";
        SourceText source = SourceText.From(text);
        int start = text.IndexOf("Washington");
        TextChange change = DatelineRepair.Repair(source, new TextSpan(start, 10))!.Value;
        Assert.Equal("HEADLINE\n[MARCH\n11, 1987] WASHINGTON, March 11 - The administration is opposed.\n", source.WithChanges(change).ToString());
    }

    [Fact]
    public void Repair_changes_only_the_characters_that_differ()
    {
        SourceText source = SourceText.From("GENEVA (Reuters) -The vote.");
        TextChange change = DatelineRepair.Repair(source, new TextSpan(0, 18))!.Value;
        Assert.Equal(new TextSpan(18, 0), change.Span);
        Assert.Equal(" ", change.NewText);
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) - Members.")]
    [InlineData("Members of the team arrived.")]
    public void Nothing_to_repair(string text) => Assert.Null(DatelineRepair.Repair(SourceText.From(text), new TextSpan(0, 6)));

    [Theory]
    [InlineData("&amp;", "&")]
    [InlineData("&lt;", "<")]
    [InlineData("&#39;", "'")]
    [InlineData("&#x27;", "'")]
    [InlineData("#39;", "'")]
    [InlineData("quot;", "\"")]
    [InlineData("&nbsp;", " ")]
    [InlineData("&eacute;", "\u00E9")]
    [InlineData("</A>", null)]
    [InlineData("<br>", null)]
    [InlineData("&amp;&amp;", null)]
    public void Decode_entity(string entity, string? expected) => Assert.Equal(expected, EntityDecoding.DecodeEntity(entity));

    [Fact]
    public void Decoding_every_entity_the_parser_reports_clears_ART011()
    {
        string text = Article("MOSCOW (Reuters) - AT&amp;T said the company#39;s team was &quot;ready&quot;.");
        SourceText source = SourceText.From(text);
        var changes = ArticleParser.Parse(text).Findings
            .Where(f => f.Id == DiagnosticIds.LeftoverMarkup)
            .Select(f => EntityDecoding.Decode(source, new TextSpan(f.Span.Start, f.Span.Length))!.Value)
            .ToList();
        string decoded = source.WithChanges(changes).ToString();

        Assert.Equal(Article("MOSCOW (Reuters) - AT&T said the company's team was \"ready\"."), decoded);
        Assert.DoesNotContain(ArticleParser.Parse(decoded).Findings, f => f.Id == DiagnosticIds.LeftoverMarkup);
    }

    private static string Article(string lede) =>
        "Headline of the story\n\n[March 28, 2019]\n\n" + lede + "\n\nA second paragraph.\n\n(Reporting by Maxim Rodionov; Editing by Raissa Kasolowsky)\n";
}
