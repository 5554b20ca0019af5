using System.Linq;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

public class LayoutMarkersTests
{
    [Theory]
    [InlineData("\t\t Send a link to a friend \n", "Send a link to a friend")]
    [InlineData(" [to top of second column]\n", "[to top of second column]")]
    [InlineData("(click on image for larger version)\n", "(click on image for larger version)")]
    [InlineData("Back to top\n", "Back to top")]
    [InlineData("Share this article\n", "Share this article")]
    public void Each_marker_is_one_finding_at_the_marker_itself(string line, string marker)
    {
        string text = "Headline\n[March 28, 2019]\nMOSCOW (Reuters) - Text.\n" + line + "More text.\n(Reporting by A B)\n";

        Finding finding = Assert.Single(Markers(text));

        Assert.Equal(text.IndexOf(marker, System.StringComparison.Ordinal), finding.Span.Start);
        Assert.Equal(marker.Length, finding.Span.Length);
        Assert.Equal(marker, finding.Subject);
    }

    [Fact]
    public void A_column_marker_wrapped_over_two_lines_is_one_finding_spanning_both()
    {
        string text = "Headline\n[March 28, 2019]\nMOSCOW (Reuters) - Text.\n[to top of second column in this\narticle]\n|\nMore text.\n(Reporting by A B)\n";

        Finding[] markers = Markers(text);

        Assert.Equal(2, markers.Length);
        Finding wrapped = markers[0];
        Assert.Equal(text.IndexOf("[to top", System.StringComparison.Ordinal), wrapped.Span.Start);
        Assert.Equal(text.IndexOf("article]", System.StringComparison.Ordinal) + "article]".Length, wrapped.Span.End);
        Assert.Equal("[to top of second column in this article]", wrapped.Subject);
        Assert.Equal(text.IndexOf("\n|\n", System.StringComparison.Ordinal) + 1, markers[1].Span.Start);
    }

    [Fact]
    public void Table_pipes_at_line_ends_are_markers_and_pipes_inside_text_are_not()
    {
        string text = "| \n\t\tHeadline\n[March 28, 2019]\nMOSCOW (Reuters) - Rates | yields rose.\n(Reporting by A B) \n content. |";

        Finding[] markers = Markers(text);

        Assert.Equal(new[] { 0, text.Length - 1 }, markers.Select(m => m.Span.Start));
        Assert.All(markers, m => Assert.Equal("|", m.Subject));
    }

    [Fact]
    public void Markers_never_reach_a_field()
    {
        string text = "| \n\t\tHeadline\n\t\t Send a link to a friend \n[March 28, 2019]\nMOSCOW (Reuters) - First.\n\n [to top of second column]\n | \n\nSecond. |\n(Reporting by A B)\n";

        ParseResult result = ArticleParser.Parse(text);

        Assert.Equal("Headline", result.Article.Headline);
        Assert.Equal(new[] { "First.", "Second." }, result.Article.Paragraphs);
        Assert.Equal(5, Markers(text).Length);
    }

    private static Finding[] Markers(string text) =>
        ArticleParser.Parse(text).Findings.Where(f => f.Id == DiagnosticIds.LeftoverLayoutMarker).ToArray();
}
