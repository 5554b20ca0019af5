using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using ArticleGen.Tool.Fixing;
using CsCheck;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// The dateline repair (ART001) and the marker removal (ART005) as properties of their edits, as the ART011 fix has
/// them in <see cref="EntityFixProperties"/>: only the finding's span changes. For a dateline that is the dateline
/// and the space up to the lede, and only in case, space, the dash and the closing parenthesis; for a marker it is the
/// marker and the space and line breaks it leaves. Every other character is kept, and no two edits of one run overlap.
/// </summary>
public class SpanFixProperties
{
    private const string Head = "Russian military team arrived in Caracas\n\n[March 28, 2019]\n\n";
    private const string Tail = "\n\nA second paragraph of the story.\n\n(Reporting by Maxim Rodionov; Editing by Raissa Kasolowsky)\n";

    private static readonly string[] Places = { "MOSCOW", "Moscow", "Port-au-Prince", "NEW YORK", "Berlin", "Kathrin G\u00f6bel", "Mit Creative Commons", "Torre De Mariscos", "" };

    private static readonly string[] Agencies = { "Reuters", "AP", "AFP", "dpa", "jur", "Twitter", "CC", "t-SNE", "Seafood Tower" };

    /// <summary>A lede that opens with something like a dateline: every place case, segment, agency, dash and space.</summary>
    private static readonly Gen<string> Lede =
        from place in Gen.OneOf(Places)
        from region in Gen.OneOf("", ", N.Y.", ", Venezuela")
        from date in Gen.OneOf("", ", March 28", ", Feb 26")
        from agencyName in Gen.OneOf(Agencies)
        from closed in Gen.Bool
        from hasAgency in Gen.Bool
        let agency = " (" + agencyName + (closed ? ")" : "")
        from before in Gen.OneOf("", " ", "\t")
        from dash in Gen.OneOf("", "-", "--", "\u2014", "\u2013", "- \u2014")
        from after in Gen.OneOf("", " ", "\u00A0", "\n")
        select place + region + date + (hasAgency ? agency : "") + (dash.Length == 0 ? " " : before + dash + after) + "Members of the team arrived on Monday.";

    [Fact]
    public void The_dateline_repair_changes_only_the_dateline_and_keeps_its_letters()
    {
        int repaired = 0;
        Lede.Sample(lede =>
        {
            string text = Head + lede + Tail;
            ParseResult before = ArticleText.Parse(text);
            if (before.Findings.SingleOrDefault(f => f.Id == DiagnosticIds.MalformedDateline) is not { } finding)
            {
                Assert.Equal(text, ArticleFixer.Fix(text, new[] { DiagnosticIds.MalformedDateline }).Text);
                return;
            }

            System.Threading.Interlocked.Increment(ref repaired);
            SourceText source = SourceText.From(text);
            IReadOnlyList<TextChange> changes = FixEdits.For(DiagnosticIds.MalformedDateline, source, new[] { finding });
            int start = finding.Span.Start, end = finding.Dateline!.BodyStart;
            AssertDisjointAndInside(changes, start, end);

            string fixedText = source.WithChanges(changes).ToString();
            int fixedEnd = end + fixedText.Length - text.Length;
            Assert.Equal(text.Substring(0, start), fixedText.Substring(0, start));
            Assert.Equal(text.Substring(end), fixedText.Substring(fixedEnd));
            Assert.Equal(Letters(text.Substring(start, end - start)), Letters(fixedText.Substring(start, fixedEnd - start)));
            Assert.DoesNotContain(ArticleText.Parse(fixedText).Findings, f => f.Id == DiagnosticIds.MalformedDateline);
        }, iter: 3000, print: Show);

        Assert.True(repaired > 500, $"only {repaired} of 3000 ledes raised ART001");
    }

    /// <summary>A title-case name and a parenthesis naming no agency, without a dash, is the lede's own text: no ART001, no fix.</summary>
    [Theory]
    [InlineData("Mit Creative Commons (CC) lassen sich Werke freigeben.")]
    [InlineData("T-distributed Stochastic Neighbor Embedding (t-SNE) is a statistical method.")]
    [InlineData("Torre De Mariscos (Seafood Tower) arrives on ice.")]
    [InlineData("Kathrin G\u00f6bel (Twitter) ist Redakteurin bei der Zeitung.")]
    public void A_name_and_a_parenthesis_stay_in_the_paragraph(string lede)
    {
        string text = Head + lede + Tail;
        ParseResult parse = ArticleText.Parse(text);

        Assert.DoesNotContain(parse.Findings, f => f.Id == DiagnosticIds.MalformedDateline);
        Assert.Null(parse.Article.Dateline);
        Assert.Equal(lede, parse.Article.Paragraphs[0]);
        Assert.Equal(text, ArticleFixer.Fix(text, new[] { DiagnosticIds.MalformedDateline }).Text);
    }

    [Fact]
    public void The_marker_removal_removes_the_markers_and_only_the_space_beside_them() =>
        ArticleGens.WithChrome.Sample(text =>
        {
            Finding[] markers = LayoutMarkerCodeFixProvider.MarkersIn(ArticleText.Parse(text));
            SourceText source = SourceText.From(text);
            IReadOnlyList<TextChange> changes = FixEdits.For(DiagnosticIds.LeftoverLayoutMarker, source, markers);
            AssertDisjointAndInside(changes, 0, text.Length);

            var inMarker = new bool[text.Length];
            foreach (Finding marker in markers.Where(m => m.Span.Length > 0))
            {
                Assert.Contains(changes, c => c.Span.Start <= marker.Span.Start && marker.Span.End <= c.Span.End);
                for (int i = marker.Span.Start; i < marker.Span.End; i++)
                {
                    inMarker[i] = true;
                }
            }

            foreach (TextChange change in changes)
            {
                Assert.Equal(string.Empty, change.NewText);
                for (int i = change.Span.Start; i < change.Span.End; i++)
                {
                    Assert.True(inMarker[i] || Text.IsSpace(text[i]), $"removed '{text[i]}' at {i}, outside every marker");
                }
            }
        }, iter: 800, print: Show);

    /// <summary>The edits are in order, touch no common character, and lie inside [<paramref name="start"/>, <paramref name="end"/>].</summary>
    private static void AssertDisjointAndInside(IReadOnlyList<TextChange> changes, int start, int end)
    {
        int last = start;
        foreach (TextChange change in changes)
        {
            Assert.True(change.Span.Start >= last && change.Span.End <= end, $"edit {change.Span} outside [{start}, {end}) or over the one before it");
            last = change.Span.End;
        }
    }

    /// <summary>The letters and digits, case folded: what the repair must keep while it changes case, space, dashes and parentheses.</summary>
    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    private static string Show(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\u00A0", "\\u00A0");
}
