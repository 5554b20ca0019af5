using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Tool.Fixing;
using CsCheck;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// The ART011 fix as a property, over generated ledes full of markup: nested escapes (<c>&amp;amp;amp;#39;</c>), named
/// and numeric entities, entities wrapped over two lines as w3m wraps them, escaped tags, broken entities, and real
/// <c>&amp;</c> and <c>;</c> right beside them. No two findings overlap; each finding's fix writes what
/// <see cref="WebUtility.HtmlDecode(string)"/> gives when applied until it stops changing (nothing for an invisible
/// character or a tag, one space for any other space); every other character is kept. Checked on the edits, through
/// the tool's fix seam (<see cref="ArticleFixer"/>) and through the code-fix API as the IDE applies it.
/// </summary>
public class EntityFixProperties
{
    private const string Head = "Russian military team arrived in Caracas\n\n[March 28, 2019]\n\nMOSCOW (Reuters) - The council said ";
    private const string Tail = " in a statement on Monday.\n\nA second paragraph of the story.\n\n(Reporting by Maxim Rodionov; Editing by Raissa Kasolowsky)\n";

    private static readonly string[] Named = { "amp", "lt", "gt", "quot", "apos", "nbsp", "eacute", "mdash", "hellip", "frac12", "shy", "zwj", "rsquo", "copy" };

    private static readonly int[] Codes = { 39, 38, 34, 8217, 65279, 8203, 233, 10, 160, 169, 8212, 173 };

    /// <summary>One entity as written: <c>&amp;quot;</c>, <c>&amp;#39;</c>, <c>&amp;#x2019;</c>.</summary>
    private static readonly Gen<string> Entity = Gen.OneOf(
        Gen.OneOf(Named).Select(n => "&" + n + ";"),
        Gen.OneOf(Codes).Select(c => "&#" + c + ";"),
        Gen.OneOf(Codes).Select(c => "&#x" + c.ToString("x") + ";"),
        Gen.OneOf(Codes).Select(c => "&#x" + c.ToString("X") + ";"));

    /// <summary>An entity escaped up to three times over: each time its ampersand is written as an entity.</summary>
    private static readonly Gen<string> Chain =
        from entity in Entity
        from escapes in Gen.OneOf("&amp;", "&#38;", "&#x26;").Array[0, 3]
        select escapes.Aggregate(entity, (escaped, ampersand) => ampersand + escaped.Substring(1));

    /// <summary>A chain whose first ampersand (or the '#' after it) ends a line, the rest opening the next, indented or not.</summary>
    private static readonly Gen<string> Wrapped =
        from chain in Chain
        from lineBreak in Gen.OneOf("\n", "\r\n")
        from indent in Gen.OneOf("", "    ", "\t\t")
        from afterHash in Gen.Bool
        select afterHash && chain[1] == '#'
            ? "&#" + lineBreak + indent + chain.Substring(2)
            : "&" + lineBreak + indent + chain.Substring(1);

    private static readonly Gen<string> EscapedTag = Gen.OneOf(
        "&lt;span&gt;", "&lt;/p&gt;", "&lt;/span&gt;", "&lt;em&gt;", "&amp;lt;br /&amp;gt;", "&lt;a href=&quot;http://x/?a=1&amp;amp;b=2&quot;&gt;",
        "&lt;span data-mce-type=\"bookmark\" class=\"mce_SELRES_start\"&gt;");

    /// <summary>Markup as (text, what the fix makes of it).</summary>
    private static readonly Gen<(string Text, string Fixed)> Markup =
        Gen.Frequency((6, Chain), (2, Wrapped), (1, EscapedTag)).Select(m => (m, Expected(m)));

    /// <summary>Content that looks like markup and is not: real ampersands and semicolons, ticker symbols.</summary>
    private static readonly Gen<(string Text, string Fixed)> Content =
        Gen.OneOf("the", "said", "team", "AT&T", "P&G;", "Q&A", "&", "&&", ";", "a;b", "results;", "R&D", "3 < 4", "Endotronics <ENDO>", "#hashtag", "&;", "&#;", "x;y")
            .Select(c => (c, c));

    /// <summary>Entities that lost their ampersand, inside the words they stand in.</summary>
    private static readonly Gen<(string Text, string Fixed)> Broken =
        Gen.OneOf(("the company#39;s", "the company's"), ("said quot;no quot; twice", "said \"no \" twice"), ("the amp;#39; form", "the ' form"));

    private static readonly Gen<(string Text, string Fixed)> Piece = Gen.Frequency((4, Markup), (4, Content), (1, Broken));

    /// <summary>A lede's words with markup among them, glued or spaced, now and then over a line break.</summary>
    private static readonly Gen<(string Text, string Fixed)> Lede =
        from pieces in Gen.Select(Piece, Gen.OneOf(" ", " ", "", ", ", "\n")).Array[1, 12]
        select (
            string.Concat(pieces.Select(p => p.Item1.Text + p.Item2)),
            string.Concat(pieces.Select(p => p.Item1.Fixed + p.Item2)));

    private static readonly Gen<(string Text, string Fixed)> Article = Lede.Select(l => (Head + l.Text + Tail, Head + l.Fixed + Tail));

    /// <summary>
    /// What the fix writes for the markup <paramref name="written"/>: HtmlDecode until it stops changing (an ampersand
    /// or its '#' that ends a line joining the next line's text first), then nothing for an invisible character or a tag, and one
    /// space for any other space. A broken entity is read with its ampersand.
    /// </summary>
    private static string Expected(string written)
    {
        string text = written[0] == '&' ? written : "&" + written;
        for (int i = 0; i < 20; i++)
        {
            string next = WebUtility.HtmlDecode(Regex.Replace(text, "&(#?)(\r\n|\r|\n)[ \t]*", "&$1"));
            if (next == text)
            {
                break;
            }

            text = next;
        }

        if (text.Length > 2 && text[0] == '<' && text[text.Length - 1] == '>')
        {
            return string.Empty;
        }

        string visible = string.Concat(text.Where(c => !IsInvisible(c)));
        return visible.Length == 0 ? string.Empty : visible.Any(Text.IsSpace) ? " " : visible;
    }

    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || (char.IsControl(c) && !Text.IsSpace(c));

    private static List<Finding> Markups(string text) =>
        ArticleText.Parse(text).Findings.Where(f => f.Id == DiagnosticIds.LeftoverMarkup).ToList();

    [Fact]
    public void Findings_never_overlap_and_each_fix_writes_the_decoded_span() =>
        Article.Sample(article =>
        {
            string text = article.Item1;
            List<Finding> findings = Markups(text);
            for (int i = 1; i < findings.Count; i++)
            {
                Assert.True(findings[i - 1].Span.End <= findings[i].Span.Start, $"{findings[i - 1].Subject} overlaps {findings[i].Subject}");
            }

            foreach (Finding finding in findings.Where(f => f.Decoded is not null))
            {
                string written = text.Substring(finding.Span.Start, finding.Span.Length);
                Assert.Equal((written, Expected(written)), (written, finding.Decoded));
            }
        }, iter: 2000, print: Show);

    [Fact]
    public void One_run_of_the_edits_decodes_every_chain_and_keeps_every_other_character() =>
        Article.Sample(article =>
        {
            (string text, string expected) = article;
            SourceText source = SourceText.From(text);
            IReadOnlyList<TextChange> changes = FixEdits.For(DiagnosticIds.LeftoverMarkup, source, Markups(text));

            for (int i = 1; i < changes.Count; i++)
            {
                Assert.True(changes[i - 1].Span.End <= changes[i].Span.Start, "two edits of one run overlap");
            }

            string once = source.WithChanges(changes).ToString();

            Assert.Equal(Show(expected), Show(once));
            Assert.DoesNotContain(Markups(once), f => f.Decoded is not null);
        }, iter: 2000, print: Show);

    [Fact]
    public void The_tool_fixes_to_the_same_text() =>
        Article.Sample(article =>
        {
            FixResult result = ArticleFixer.Fix(article.Item1, new[] { DiagnosticIds.LeftoverMarkup });
            Assert.Equal(Show(article.Item2), Show(result.Text));
        }, iter: 500, print: Show);

    [Fact]
    public void The_code_fix_applied_one_by_one_gives_the_same_text() =>
        Article.SampleAsync(async article =>
        {
            string fixedText = await FixRunner.FixAllOneByOneAsync(article.Item1, new MarkupCodeFixProvider(), MarkupCodeFixProvider.Key, max: 60);
            Assert.Equal(Show(article.Item2), Show(fixedText));
        }, iter: 40, threads: 1, print: Show);

    /// <summary>
    /// The corpus pages issue 19 names, through the tool's fix seam: one run decodes every entity the parser reports
    /// there (markup inside page chrome is the page stage's to report or not) and changes nothing else; a wrapped
    /// entity leaves no stray ampersand, and sh-0043's escaped bookmark spans and their escaped U+FEFF are removed.
    /// </summary>
    [Theory]
    [InlineData("wild/articles/sh-0043-htt-article.txt")]
    [InlineData("wild/articles/sh-0043-htt-page.txt")]
    [InlineData("wild/articles/rd-yahoo-3-w3m-page.txt")]
    public void The_tool_decodes_every_entity_of_the_pages_the_issue_names(string path)
    {
        string text = System.IO.File.ReadAllText(System.IO.Path.Combine(ArticleGen.Generator.Tests.TestSupport.Corpus.Root, path));
        List<Finding> findings = Markups(text);

        string fixedText = ArticleFixer.Fix(text, new[] { DiagnosticIds.LeftoverMarkup }).Text;

        string expected = findings.Where(f => f.Decoded is not null).Reverse()
            .Aggregate(text, (t, f) => t.Substring(0, f.Span.Start) + f.Decoded + t.Substring(f.Span.End));
        Assert.Equal(expected, fixedText);
        Assert.DoesNotContain(Markups(fixedText), f => f.Decoded is not null);
        foreach (Finding finding in findings.Where(f => f.Decoded is not null))
        {
            string written = text.Substring(finding.Span.Start, finding.Span.Length);
            Assert.DoesNotMatch(@"[&<>\uFEFF]", written.Contains('\n') || written.Contains("&amp;#") || (written.StartsWith("&lt;", StringComparison.Ordinal) && written.EndsWith("&gt;", StringComparison.Ordinal)) ? finding.Decoded : "");
        }
    }

    private static string Show((string Text, string Fixed) article) => Show(article.Text);

    private static string Show(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\u00A0", "\\u00A0").Replace("\uFEFF", "\\uFEFF").Replace("\u200B", "\\u200B").Replace("\u00AD", "\\u00AD");
}
