using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>
/// The fixes on every corpus file: the file re-parses to the fields of its expected JSON, the fixed diagnostic is
/// gone, and nothing but the marker (and the whitespace around it) was deleted.
/// </summary>
public class CorpusFixTests
{
    public static IEnumerable<object[]> Names => Corpus.Names;

    public static IEnumerable<object[]> MalformedDatelines =>
        Corpus.All.Where(f => f.Expected.Diagnostics.Contains(DiagnosticIds.MalformedDateline)).Select(f => new object[] { f.Name });

    [Theory]
    [MemberData(nameof(Names))]
    public void Removing_all_markers_keeps_every_field(string name)
    {
        CorpusFile file = Corpus.Get(name);
        string fixedText = Edit.RemoveAllMarkers(file.Text);

        Dictionary<string, string> expected = FieldComparison.Expected(file.Expected with
        {
            Diagnostics = file.Expected.Diagnostics.Where(id => id != DiagnosticIds.LeftoverLayoutMarker).ToList(),
        });
        Dictionary<string, string> actual = FieldComparison.Actual(ArticleParser.Parse(fixedText));
        Assert.All(FieldComparison.Fields, field => Assert.Equal(field + ": " + expected[field], field + ": " + actual[field]));

        // Only marker text and space went: what is left, spaces aside, is the file with the markers cut out.
        string cut = Edit.Cut(file.Text, LayoutMarkerCodeFixProvider.MarkersIn(ArticleParser.Parse(file.Text)));
        Assert.Equal(WithoutSpace(cut), WithoutSpace(fixedText));
    }

    [Theory]
    [MemberData(nameof(MalformedDatelines))]
    public void Repairing_the_dateline_keeps_every_field_and_clears_ART001(string name)
    {
        CorpusFile file = Corpus.Get(name);
        string fixedText = Edit.RepairDateline(file.Text);

        ExpectedArticle wanted = file.Expected with
        {
            Dateline = file.Expected.Dateline! with { Malformed = false },
            Diagnostics = file.Expected.Diagnostics.Where(id => id != DiagnosticIds.MalformedDateline).ToList(),
        };
        Dictionary<string, string> expected = FieldComparison.Expected(wanted);
        Dictionary<string, string> actual = FieldComparison.Actual(ArticleParser.Parse(fixedText));
        Assert.All(FieldComparison.Fields, field => Assert.Equal(field + ": " + expected[field], field + ": " + actual[field]));
    }

    [Fact]
    public void Some_corpus_files_have_malformed_datelines() => Assert.NotEmpty(MalformedDatelines);

    private static string WithoutSpace(string text) => new(text.Where(c => !Text.IsSpace(c)).ToArray());
}
