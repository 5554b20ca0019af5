using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ArticleGen.CodeFixes;

/// <summary>ART005: removes one layout marker, or every layout marker in the file.</summary>
// No [Shared]: it would reference System.Composition 8.0 (the registry has no 7.0), newer than Roslyn 4.8 hosts carry.
[ExportCodeFixProvider(LanguageNames.CSharp, LanguageNames.VisualBasic, Name = nameof(LayoutMarkerCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class LayoutMarkerCodeFixProvider : CodeFixProvider
{
    public const string RemoveOneKey = "ArticleGen.RemoveLayoutMarker";
    public const string RemoveAllKey = "ArticleGen.RemoveAllLayoutMarkers";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LeftoverLayoutMarker);

    // Fix All does not reach additional documents (roslyn#77016); the whole-file fix below stands in for it.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        ParsedDocument document = await ParsedDocument.ReadAsync(context.TextDocument, context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (document.FindingFor(diagnostic) is not { } marker)
            {
                continue;
            }

            var changes = MarkerRemoval.Changes(document.Text, new[] { marker });
            context.RegisterCodeFix(
                AdditionalDocumentEdit.Create(MarkerRemoval.Title(document.Text, marker), RemoveOneKey, context.TextDocument, (_, _) => changes),
                diagnostic);
        }

        // With one marker, the whole-file fix would do what the single fix does.
        Finding[] all = MarkersIn(document.Parse);
        if (all.Length > 1)
        {
            context.RegisterCodeFix(
                AdditionalDocumentEdit.Create(MarkerRemoval.TitleForAll(all.Length), RemoveAllKey, context.TextDocument, (_, _) => MarkerRemoval.Changes(document.Text, all)),
                context.Diagnostics);
        }
    }

    /// <summary>Every ART005 finding of the parse, which are the spans the analyzer reports.</summary>
    internal static Finding[] MarkersIn(ParseResult parse) =>
        parse.Findings.Where(f => f.Id == DiagnosticIds.LeftoverLayoutMarker).ToArray();
}
