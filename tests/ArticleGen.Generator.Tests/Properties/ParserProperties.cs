using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using CsCheck;
using Xunit;

namespace ArticleGen.Generator.Tests.Properties;

/// <summary>The parser is total: on any text it returns, and every finding lies inside that text.</summary>
public class ParserProperties
{
    [Fact]
    public void Never_throws_and_keeps_spans_inside_arbitrary_text() =>
        ArticleGens.NastyString.Sample(AssertTotal, iter: 3000);

    [Fact]
    public void Never_throws_and_keeps_spans_inside_mutated_corpus_files() =>
        ArticleGens.Mutation.Sample(AssertTotal, iter: 1500);

    /// <summary>
    /// Markers do not matter: cutting every layout marker out of a mutated corpus file, or of one with chrome put in
    /// where scrapes leave it, leaves every field as it was (the parser reads the text without them). Runs of chrome
    /// lines that the classifier finds are another matter: it reads their context, and
    /// RealPages.WildCorpusTests measures how often deleting them changes a page.
    /// The facts below are the minimal counterexamples this property once found, kept as regressions.
    /// </summary>
    [Fact]
    public void Deleting_every_marker_from_mutated_files_leaves_the_fields_unchanged() =>
        Gen.OneOf(ArticleGens.Mutation, ArticleGens.WithChrome).Sample(AssertMarkersDoNotMatter, iter: 1000, print: Show);

    /// <summary>
    /// Found by a line swap: "[to top of second column in this" above a wrapped date line. The next line is the page's
    /// own text, not the marker's last words, so the marker ends with its own line.
    /// </summary>
    [Fact]
    public void Deleting_a_wrapped_marker_with_text_after_it_leaves_the_header() =>
        AssertMarkersDoNotMatter("Headline\n[to top of second column in this\n8, 2004] PORT-AU-PRINCE, Haiti (Reuters) - Shooting erupted.\n");

    /// <summary>
    /// A column marker wrapped over two lines in mid-line: its line break is masked too, so the paragraph stays whole.
    /// </summary>
    [Fact]
    public void Deleting_a_wrapped_marker_in_mid_line_leaves_the_paragraph_whole() =>
        AssertMarkersDoNotMatter("A\n\nB [to top of second column in this\narticle] C.\n");

    /// <summary>
    /// A marker glued inside a word is garbled text, not chrome that can be lifted out: no finding, and the word stays.
    /// </summary>
    [Fact]
    public void Deleting_a_marker_inside_a_word_leaves_the_word_whole() =>
        AssertMarkersDoNotMatter("A\n\nB tot[to top of second column]al C.\n");

    private static void AssertMarkersDoNotMatter(string text)
    {
        ParseResult original = ArticleParser.Parse(text);
        var withoutMarkers = new StringBuilder(text);
        foreach (Finding marker in original.Findings.Where(IsLayoutMarker).OrderByDescending(f => f.Span.Start))
        {
            // With mixed line endings, cutting the "|" out of "\r|\n" fuses two line breaks into one CRLF: that is a
            // different page, not the same page without its marker, so such a sample says nothing about the parser.
            if (marker.Span.Start > 0 && text[marker.Span.Start - 1] == '\r' && marker.Span.End < text.Length && text[marker.Span.End] == '\n')
            {
                return;
            }

            withoutMarkers.Remove(marker.Span.Start, marker.Span.Length);
        }

        ParseResult cleaned = ArticleParser.Parse(withoutMarkers.ToString());

        Dictionary<string, string> before = FieldComparison.Actual(original), after = FieldComparison.Actual(cleaned);
        Assert.All(FieldComparison.Fields.Where(f => f != "diagnostics"), f => Assert.Equal(f + ": " + before[f], f + ": " + after[f]));
        Assert.Equal(original.Article, cleaned.Article);
    }

    private static bool IsLayoutMarker(Finding finding) =>
        finding.Id == DiagnosticIds.LeftoverLayoutMarker && finding.Detail == ChromeKind.LayoutMarker.Describe();

    private static string Show(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n");

    private static void AssertTotal(string text)
    {
        ParseResult result = ArticleParser.Parse(text);
        foreach (Finding finding in result.Findings)
        {
            Assert.InRange(finding.Span.Start, 0, text.Length);
            Assert.InRange(finding.Span.End, finding.Span.Start, text.Length);
        }

        Assert.NotNull(result.Article.Headline);
        Assert.All(result.Article.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p)));
    }
}
