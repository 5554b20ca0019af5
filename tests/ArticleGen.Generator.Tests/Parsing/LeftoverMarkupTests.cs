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
    [InlineData("Johnson &\nJohnson; said")] // a real ampersand at the end of a line
    [InlineData("Smith &\n  Wesson; said")]
    public void Ticker_symbols_and_ordinary_text_are_content(string text) => Assert.Empty(Find(text));

    /// <summary>One chain of entities is one finding, decoded as HtmlDecode would decode it again and again.</summary>
    [Theory]
    [InlineData("a statement &amp;amp; more", "&amp;amp;", "&")]
    [InlineData("The escaped form &amp;#39; stays", "&amp;#39;", "'")]
    [InlineData("three deep &amp;amp;amp;lt; here", "&amp;amp;amp;lt;", "<")]
    [InlineData("numeric &#38;#39; too", "&#38;#39;", "'")]
    [InlineData("hex &#x26;quot; too", "&#x26;quot;", "\"")]
    [InlineData("a broken amp;#39; chain", "amp;#39;", "'")]
    [InlineData("the company#39;s team", "#39;", "'")]
    [InlineData("R&amp;amp;D spending", "&amp;amp;", "&")]
    [InlineData("unknown &amp;foo; stays", "&amp;", "&")] // &foo; names nothing: the chain ends before it
    [InlineData("1&frac12; cups", "&frac12;", "\u00BD")]
    [InlineData("an &nbsp; space", "&nbsp;", " ")] // a no-break space in running text is layout: a plain space
    [InlineData("a&#10;break", "&#10;", " ")]
    [InlineData("zero&#8203;width", "&#8203;", "")] // invisible: removed
    [InlineData("a mark &amp;#65279; here", "&amp;#65279;", "")]
    [InlineData("soft&shy;hyphen", "&shy;", "")]
    [InlineData("join&zwj;er", "&zwj;", "")]
    public void A_chain_of_entities_is_one_finding_with_its_final_value(string text, string markup, string decoded)
    {
        Finding finding = Assert.Single(Find(text));

        Assert.Equal(new SourceSpan(text.IndexOf(markup, System.StringComparison.Ordinal), markup.Length), finding.Span);
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(decoded), finding.Decoded);
    }

    /// <summary>w3m wraps a long line inside an entity: the ampersand ends one line, the rest opens the next.</summary>
    [Theory]
    [InlineData("Fighter: &#39;I&\n    #39;m Learning", "&\n    #39;", "'")]
    [InlineData("p?a=1&\namp;b=2 and", "&\namp;", "&")]
    [InlineData("R&amp;\namp;D", "&amp;\namp;", "&")]
    [InlineData("it&\r\n#39;s", "&\r\n#39;", "'")]
    [InlineData("Some &#\n    39;on the Spot", "&#\n    39;", "'")]
    public void A_wrapped_entity_is_one_finding_with_the_line_break_inside(string text, string markup, string decoded)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        markup = System.Text.RegularExpressions.Regex.Unescape(markup);

        Finding finding = Find(text).Last();

        Assert.Equal(new SourceSpan(text.IndexOf(markup, System.StringComparison.Ordinal), markup.Length), finding.Span);
        Assert.Equal(decoded, finding.Decoded);
    }

    /// <summary>An escaped tag decodes to markup, so its fix removes it; an escaped ticker symbol decodes to content.</summary>
    [Theory]
    [InlineData("a &lt;span&gt; b", "&lt;span&gt;")]
    [InlineData("end.&lt;/p&gt;", "&lt;/p&gt;")]
    [InlineData("x &amp;lt;br /&amp;gt; y", "&amp;lt;br /&amp;gt;")]
    [InlineData("&lt;a href=&quot;http://x/?a=1&amp;amp;b=2&quot;&gt;link", "&lt;a href=&quot;http://x/?a=1&amp;amp;b=2&quot;&gt;")]
    [InlineData("&lt;span data-mce-type=\"bookmark\" class=\"mce_SELRES_start\"&gt;", "&lt;span data-mce-type=\"bookmark\" class=\"mce_SELRES_start\"&gt;")]
    public void An_escaped_tag_is_one_finding_that_decodes_to_nothing(string text, string markup)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        markup = System.Text.RegularExpressions.Regex.Unescape(markup);

        Finding finding = Assert.Single(Find(text));

        Assert.Equal(new SourceSpan(text.IndexOf(markup, System.StringComparison.Ordinal), markup.Length), finding.Span);
        Assert.Equal("", finding.Decoded);
    }

    [Fact]
    public void The_bookmark_line_of_sh_0043_is_three_findings_that_all_decode_to_nothing()
    {
        const string line = "&lt;span data-mce-type=\"bookmark\" style=\"display: inline-block; width: 0px; overflow: hidden; line-height: 0;\" class=\"mce_SELRES_start\"&gt;&amp;#65279;&lt;/span&gt;";

        Finding[] findings = Find(line);

        Assert.Equal(new[] { "&lt;span data-mce-type", "&amp;#65279;", "&lt;/span&gt;" }, findings.Select(f => line.Substring(f.Span.Start, System.Math.Min(f.Span.Length, 22))));
        Assert.Equal(line.Length, findings.Sum(f => f.Span.Length));
        Assert.All(findings, f => Assert.Equal("", f.Decoded));
    }

    [Theory]
    [InlineData("Endotronics &lt;ENDO&gt; said", new[] { "&lt;", "&gt;" }, new[] { "<", ">" })]
    [InlineData("Interstate &lt;I&gt; and", new[] { "&lt;", "&gt;" }, new[] { "<", ">" })]
    [InlineData("3 &lt; 4", new[] { "&lt;" }, new[] { "<" })]
    public void An_escaped_ticker_symbol_decodes_to_the_symbol(string text, string[] markups, string[] decoded)
    {
        Finding[] findings = Find(text);

        Assert.Equal(markups, findings.Select(f => f.Subject));
        Assert.Equal(decoded, findings.Select(f => f.Decoded));
    }

    private static Finding[] Find(string text)
    {
        var findings = new List<Finding>();
        LeftoverMarkup.Find(text, 0, text.Length, findings);
        return findings.ToArray();
    }
}
