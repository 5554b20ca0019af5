using System.Collections.Generic;
using System.Linq;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Fixing;

/// <summary>
/// The one place that maps a diagnostic ID to the code fixes' edit for it. The edits are the IDE's own
/// (<c>ArticleGen.CodeFixes.Edits</c>), so the tool removes and rewrites exactly what a code fix would.
/// </summary>
internal static class FixEdits
{
    /// <summary>The IDs that have a fix, in the order they are applied: chrome first, so later spans sit in article text.</summary>
    public static readonly string[] Fixable =
    {
        DiagnosticIds.LeftoverLayoutMarker,
        DiagnosticIds.LeftoverMarkup,
        DiagnosticIds.MalformedDateline,
    };

    /// <returns>The changes that fix <paramref name="findings"/> (all of one ID) in <paramref name="text"/>; none where nothing needs them.</returns>
    public static IReadOnlyList<TextChange> For(string id, SourceText text, IReadOnlyList<Finding> findings) => id switch
    {
        DiagnosticIds.LeftoverLayoutMarker => MarkerRemoval.Remove(text, findings.Select(Span)),
        DiagnosticIds.LeftoverMarkup => Each(findings, f => EntityDecoding.Decode(text, Span(f))),
        DiagnosticIds.MalformedDateline => Each(findings, f => DatelineRepair.Repair(text, Span(f))),
        _ => [],
    };

    private static TextSpan Span(Finding finding) => new(finding.Span.Start, finding.Span.Length);

    private static List<TextChange> Each(IReadOnlyList<Finding> findings, System.Func<Finding, TextChange?> edit) =>
        findings.Select(edit).OfType<TextChange>().ToList();
}
