using System.Linq;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.CodeFixes.Tests;

/// <summary>The fixes' pure edits applied to a whole text, with the findings of the parser on that text.</summary>
internal static class Edit
{
    /// <summary>Repairs the one dateline the parser reports as malformed (ART001).</summary>
    public static string RepairDateline(string text)
    {
        Finding finding = Assert.Single(ArticleText.Parse(text).Findings, f => f.Id == DiagnosticIds.MalformedDateline);
        SourceText source = SourceText.From(text);
        return source.WithChanges(DatelineRepair.Changes(source, finding)).ToString();
    }

    /// <summary>What "Remove all layout markers in this file" does to the text.</summary>
    public static string RemoveAllMarkers(string text)
    {
        SourceText source = SourceText.From(text);
        return source.WithChanges(MarkerRemoval.Changes(source, ArticleText.Parse(text).Findings)).ToString();
    }

    /// <summary>The text with the spans of the given findings cut out.</summary>
    public static string Cut(string text, System.Collections.Generic.IEnumerable<Finding> findings)
    {
        var cut = new System.Text.StringBuilder(text);
        foreach (Finding finding in findings.OrderByDescending(f => f.Span.Start))
        {
            cut.Remove(finding.Span.Start, finding.Span.Length);
        }

        return cut.ToString();
    }
}
