using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.Generator.Tests.Analyzers;

/// <summary>How a parser finding becomes a diagnostic: place, line and column, and a one-line message.</summary>
public class FindingDiagnosticsTests
{
    private const string Text = "Headline\n\n\tsome text\n[to top of second column in this\narticle]\nmore\n";

    [Fact]
    public void Wrapped_marker_spans_both_lines()
    {
        int start = Text.IndexOf('[');
        int end = Text.IndexOf(']') + 1;
        var finding = new Finding("ART005", SourceSpan.FromBounds(start, end), Text.Substring(start, end - start), "layout marker");

        Diagnostic diagnostic = FindingDiagnostics.Create(finding, "/p/Articles/x.txt", "/p", SourceText.From(Text))!;

        FileLinePositionSpan where = diagnostic.Location.GetLineSpan();
        Assert.Equal("/p/Articles/x.txt", where.Path);
        Assert.Equal(new LinePosition(3, 0), where.StartLinePosition);
        Assert.Equal(new LinePosition(4, 8), where.EndLinePosition);
        Assert.Equal(TextSpan.FromBounds(start, end), diagnostic.Location.SourceSpan);
        Assert.Equal("Leftover layout marker '[to top of second column in this article]'", diagnostic.GetMessage());
    }

    [Fact]
    public void Column_counts_a_tab_as_one_character()
    {
        var finding = new Finding("ART011", new SourceSpan(Text.IndexOf("some"), 4), "some");
        var where = FindingDiagnostics.Create(finding, "x.txt", "/p", SourceText.From(Text))!.Location.GetLineSpan();
        Assert.Equal(new LinePosition(2, 1), where.StartLinePosition);
    }

    [Fact]
    public void Span_past_the_end_is_clamped_instead_of_throwing()
    {
        var finding = new Finding("ART005", new SourceSpan(Text.Length - 2, 50), "x");
        var diagnostic = FindingDiagnostics.Create(finding, "x.txt", "/p", SourceText.From(Text))!;
        Assert.Equal(Text.Length, diagnostic.Location.SourceSpan.End);
    }

    [Fact]
    public void Unknown_id_gives_no_diagnostic() =>
        Assert.Null(FindingDiagnostics.Create(new Finding("ART999", default, "x"), "x.txt", "/p", SourceText.From(Text)));

    [Fact]
    public void Detail_goes_into_the_message() =>
        Assert.Equal(
            "Malformed dateline 'Moscow (Reuters) -': the place is not in capitals",
            FindingDiagnostics.Create(new Finding("ART001", new SourceSpan(0, 3), "Moscow (Reuters) -", "the place is not in capitals"), "x.txt", "/p", SourceText.From(Text))!.GetMessage());

    [Theory]
    [InlineData("ART003", "", "there is no credits line", "No credits line or byline in 'Articles/story.txt': there is no credits line")]
    [InlineData("ART006", "", "no headline comes first", "No headline in 'Articles/story.txt': no headline comes first")]
    [InlineData("ART010", "\uFFFD", "the text holds replacement characters", "Unreadable article file 'Articles/story.txt': the text holds replacement characters")]
    public void Finding_without_text_of_its_own_names_the_file(string id, string subject, string detail, string message) =>
        Assert.Equal(message, FindingDiagnostics.Create(new Finding(id, default, subject, detail), "/p/Articles/story.txt", "/p", SourceText.From(Text))!.GetMessage());

    [Theory]
    [InlineData("[to top of second column in this\n\t\tarticle]", "[to top of second column in this article]")]
    [InlineData("  |  ", "|")]
    [InlineData("", "")]
    public void Message_arguments_are_one_line(string subject, string expected) => Assert.Equal(expected, MessageArguments.OneLine(subject));

    [Fact]
    public void One_line_arguments_are_never_cut() =>
        Assert.Equal(new string('x', 500), MessageArguments.OneLine(new string('x', 500)));

    [Theory]
    [InlineData("Send a link to a friend", "Send a link to a friend")]
    // 88 characters: "fourteen" would end at the 80th, leaving no room for the ellipsis, so the cut is after "thirteen".
    [InlineData("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen", "one two three four five six seven eight nine ten eleven twelve thirteen\u2026")]
    public void Long_subjects_are_shortened_at_a_word_boundary(string subject, string expected) =>
        Assert.Equal(expected, MessageArguments.Shorten(subject));

    [Fact]
    public void A_word_that_crosses_the_limit_early_is_kept_whole()
    {
        string url = "<A HREF=\"http://www.investor.reuters.com/FullQuote.aspx?ticker=AYI.N&target=/stocks/quickinfo/fullquote\">";
        Assert.Equal(url, MessageArguments.Shorten(url));
        Assert.Equal(url + "\u2026", MessageArguments.Shorten(url + " Acuity Brands"));
    }

    [Fact]
    public void The_message_shortens_the_subject_and_keeps_the_whole_message_in_a_property()
    {
        string marker = string.Join(" ", System.Linq.Enumerable.Repeat("Home News Sport Weather", 6));
        var finding = new Finding("ART005", new SourceSpan(0, 3), marker, "navigation");

        Diagnostic diagnostic = FindingDiagnostics.Create(finding, "x.txt", "/p", SourceText.From(Text))!;

        Assert.Equal("Leftover navigation '" + MessageArguments.Shorten(marker) + "'", diagnostic.GetMessage());
        Assert.EndsWith("Weather Home\u2026'", diagnostic.GetMessage());
        Assert.Equal("Leftover navigation '" + marker + "'", diagnostic.Properties[FileDiagnostics.FullMessageKey]);
    }
}
