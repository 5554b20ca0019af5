using System.Collections.Immutable;
using System.Threading.Tasks;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes;

/// <summary>ART011: decodes a leftover HTML entity. Tags get no fix: what to keep of them is the author's call.</summary>
// No [Shared]: it would reference System.Composition 8.0 (the registry has no 7.0), newer than Roslyn 4.8 hosts carry.
[ExportCodeFixProvider(LanguageNames.CSharp, LanguageNames.VisualBasic, Name = nameof(MarkupCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class MarkupCodeFixProvider : CodeFixProvider
{
    public const string Key = "ArticleGen.DecodeEntity";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LeftoverMarkup);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        TextDocument document = context.TextDocument;
        SourceText text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            TextSpan span = diagnostic.Location.SourceSpan;
            if (EntityDecoding.Decode(text, span) is not { } change)
            {
                continue;
            }

            context.RegisterCodeFix(
                AdditionalDocumentEdit.Create(
                    "Decode '" + text.ToString(span) + "' to '" + change.NewText + "'",
                    Key,
                    document,
                    (current, _) => EntityDecoding.Decode(current, span) is { } c ? new[] { c } : new TextChange[0]),
                diagnostic);
        }
    }
}
