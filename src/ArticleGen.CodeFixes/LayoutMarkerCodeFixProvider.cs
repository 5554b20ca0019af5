using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

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
        TextDocument document = context.TextDocument;
        SourceText text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            TextSpan marker = diagnostic.Location.SourceSpan;
            if (marker.IsEmpty || marker.End > text.Length)
            {
                continue;
            }

            context.RegisterCodeFix(
                AdditionalDocumentEdit.Create(
                    "Remove layout marker '" + MessageArguments.OneLine(text.ToString(marker)) + "'",
                    RemoveOneKey,
                    document,
                    (current, _) => MarkerRemoval.Remove(current, new[] { marker })),
                diagnostic);
        }

        context.RegisterCodeFix(
            AdditionalDocumentEdit.Create("Remove all layout markers in this file", RemoveAllKey, document, (current, ct) => MarkerRemoval.Remove(current, MarkersIn(current, ct))),
            context.Diagnostics);
    }

    /// <summary>Every ART005 span in the text, as the analyzer reports them: both come from the same parser.</summary>
    internal static ImmutableArray<TextSpan> MarkersIn(SourceText text, CancellationToken cancellationToken) =>
        ArticleParser.Parse(text.ToString(), cancellationToken).Findings
            .Where(f => f.Id == DiagnosticIds.LeftoverLayoutMarker)
            .Select(f => new TextSpan(f.Span.Start, f.Span.Length))
            .ToImmutableArray();
}
