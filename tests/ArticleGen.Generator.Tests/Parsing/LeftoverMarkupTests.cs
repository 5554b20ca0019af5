using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Parsing;
using Xunit;

namespace ArticleGen.Generator.Tests.Parsing;

public class LeftoverMarkupTests
{
    [Theory]
    [InlineData("AT&amp;T said", "&amp;")]
    [InlineData("3 &lt; 4", "&lt;")]
    [InlineData("it&#39;s", "&#39;")]
    [InlineData("it&#x27;s", "&#x27;")]
    [InlineData("it#39;s", "#39;")]
    [InlineData("he said quot;no quot; today", "quot;")]
    [InlineData("Inc. <A HREF=\"http://x/q?t=AYI.N\">AYI.N", "<A HREF=\"http://x/q?t=AYI.N\">")]
    [InlineData("AYI.N</A>, a maker", "</A>")]
    [InlineData("line one<br>line two", "<br>")]
    [InlineData("line one<BR />line two", "<BR />")]
    [InlineData("rule<hr>", "<hr>")]
    [InlineData("<p>Paragraph", "<p>")]
    public void Finds_entities_and_tags_at_their_span(string text, string markup)
    {
        Finding finding = Find(text).First();

        Assert.Equal(DiagnosticIds.LeftoverMarkup, finding.Id);
        Assert.Equal(new SourceSpan(text.IndexOf(markup, System.StringComparison.Ordinal), markup.Length), finding.Span);
        Assert.Equal(markup, finding.Subject);
    }

    [Fact]
    public void A_tag_wrapped_over_lines_is_one_finding()
    {
        string text = "Pfizer Inc. <A \n\t\tHREF=\"http://x/q?t=PFE.N\n\t\ttarget=/stocks\">PFE.N</A> shares";

        Finding[] findings = Find(text);

        Assert.Equal(2, findings.Length);
        Assert.Equal(text.IndexOf("<A", System.StringComparison.Ordinal), findings[0].Span.Start);
        Assert.Equal(text.IndexOf("\">", System.StringComparison.Ordinal) + 2, findings[0].Span.End);
    }

    [Theory]
    [InlineData("Endotronics Inc <ENDO> said")]
    [InlineData("Apple <AAPL.O> rose")]
    [InlineData("First Interstate Bancorp <I> and RepublicBank Corp <RPT>")]
    [InlineData("<Warburg, Pincus Capital Corp> said")]
    [InlineData("AT&T and P&G; results; the salt;")]
    [InlineData("prices rose 3 < 4 > 2")]
    public void Ticker_symbols_and_ordinary_text_are_content(string text) => Assert.Empty(Find(text));

    private static Finding[] Find(string text)
    {
        var findings = new List<Finding>();
        LeftoverMarkup.Find(text, 0, text.Length, findings);
        return findings.ToArray();
    }
}
