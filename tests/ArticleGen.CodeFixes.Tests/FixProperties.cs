using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using CsCheck;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// The whole-file marker fix ("Remove all layout markers in this file") on corpus files, their mutations, and files
/// with chrome put in: applying it twice gives what applying it once gives, and it deletes no word that was not
/// part of a marker.
/// </summary>
public class FixProperties
{
    private static readonly Gen<string> Input = Gen.OneOf(ArticleGens.CorpusFile, ArticleGens.Mutation, ArticleGens.WithChrome);

    /// <summary>
    /// Where the first reading set text aside (ART012), the fix leaves that text in the file while the parser read on
    /// without it, so the fixed file may read differently: chrome the page hid can show (README, "real pages"). A
    /// random sample found one (a wire page whose date line a mutation broke); the property holds on the rest.
    /// </summary>
    [Fact]
    public void Whole_file_fix_is_idempotent() =>
        Input.Where(text => !ArticleParser.Parse(text).Findings.Any(f => f.Id == DiagnosticIds.TextSetAside)).Sample(text =>
        {
            string once = FixAll(text);
            Assert.Equal(once, FixAll(once));
        }, iter: 1500, print: Show);

    [Fact]
    public void Whole_file_fix_loses_no_word_but_the_markers() =>
        Input.Sample(text =>
        {
            // The words of the file with the marker spans cut out. For a marker between spaces, as scrapes leave them,
            // that is exactly the words of the input minus the words of the marker; for a marker glued to a word
            // ("A-|>[to top of second column]") it is the rest of that word.
            var markers = LayoutMarkerCodeFixProvider.MarkersIn(ArticleParser.Parse(text));
            Dictionary<string, int> expected = Words(Edit.Cut(text, markers));
            Dictionary<string, int> actual = Words(FixAll(text));
            Assert.Equal(Render(expected), Render(actual));
        }, iter: 1500, print: Show);

    /// <summary>What the whole-file code action does to the document's text.</summary>
    private static string FixAll(string text) => Edit.RemoveAllMarkers(text);

    /// <summary>Every character the parser counts as space.</summary>
    private static readonly char[] SpaceChars = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(Text.IsSpace).ToArray();

    private static Dictionary<string, int> Words(string text) =>
        text.Split(SpaceChars, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The multiset as sorted "word x count" lines, zero counts left out, so a miss reads as a diff.</summary>
    private static string Render(Dictionary<string, int> words) =>
        string.Join("\n", words.Where(w => w.Value != 0).OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key + " x" + w.Value));

    private static string Show(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n");
}
