using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Generator.Tests.Parsing;

/// <summary>The parser measured on the labelled corpus: every field of every file, against its expected JSON.</summary>
public class CorpusTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Every_field_matches_the_expected_json(string name)
    {
        CorpusFile file = Corpus.Get(name);
        Dictionary<string, string> actual = FieldComparison.Actual(ArticleParser.Parse(file.Text));
        Dictionary<string, string> expected = FieldComparison.Expected(file.Expected);

        var misses = FieldComparison.Fields.Where(f => actual[f] != expected[f]).ToList();
        Assert.True(misses.Count == 0, Describe(file, misses, expected, actual));
    }

    [Fact]
    public void Score_table_reaches_100_percent_on_every_field()
    {
        var hits = FieldComparison.Fields.ToDictionary(f => f, _ => 0);
        var report = new StringBuilder();
        foreach (CorpusFile file in Corpus.All)
        {
            Dictionary<string, string> actual = FieldComparison.Actual(ArticleParser.Parse(file.Text));
            Dictionary<string, string> expected = FieldComparison.Expected(file.Expected);
            foreach (string field in FieldComparison.Fields)
            {
                hits[field] += actual[field] == expected[field] ? 1 : 0;
            }
        }

        report.AppendLine($"{"field",-12} {"hits",9} {"score",8}");
        foreach (string field in FieldComparison.Fields)
        {
            report.AppendLine($"{field,-12} {hits[field],4}/{Corpus.All.Count,-4} {100.0 * hits[field] / Corpus.All.Count,7:F1}%");
        }

        output.WriteLine(report.ToString());
        Assert.True(hits.Values.All(h => h == Corpus.All.Count), report.ToString());
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Deleting_every_marker_leaves_the_fields_unchanged(string name)
    {
        CorpusFile file = Corpus.Get(name);
        ParseResult original = ArticleParser.Parse(file.Text);
        var withoutMarkers = new StringBuilder(file.Text);
        foreach (Finding marker in original.Findings.Where(f => f.Id == DiagnosticIds.LeftoverLayoutMarker).OrderByDescending(f => f.Span.Start))
        {
            withoutMarkers.Remove(marker.Span.Start, marker.Span.Length);
        }

        ParseResult cleaned = ArticleParser.Parse(withoutMarkers.ToString());

        Assert.DoesNotContain(cleaned.Findings, f => f.Id == DiagnosticIds.LeftoverLayoutMarker);
        Assert.Equal(original.Article, cleaned.Article);
    }

    private static string Describe(CorpusFile file, List<string> misses, Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        var text = new StringBuilder($"{file.Name} ({file.Expected.Layout}) misses {string.Join(", ", misses)}\n");
        foreach (string field in misses)
        {
            text.AppendLine($"--- {field} expected:\n{expected[field]}\n+++ {field} actual:\n{actual[field]}");
        }

        return text.ToString();
    }
}
