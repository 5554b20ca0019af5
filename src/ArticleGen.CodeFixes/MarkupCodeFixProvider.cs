using System.Collections.Generic;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes;

/// <summary>
/// ART011: decodes a leftover HTML entity chain in one edit (<c>&amp;amp;#39;</c> to <c>'</c>), and removes one that
/// stands for an invisible character or an escaped tag. Tags get no fix: what to keep of them is the author's call.
/// </summary>
// No [Shared]: it would reference System.Composition 8.0 (the registry has no 7.0), newer than Roslyn 4.8 hosts carry.
[ExportCodeFixProvider(LanguageNames.CSharp, LanguageNames.VisualBasic, Name = nameof(MarkupCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class MarkupCodeFixProvider : SingleEditCodeFixProvider
{
    public const string Key = "ArticleGen.DecodeEntity";

    public MarkupCodeFixProvider()
        : base(DiagnosticIds.LeftoverMarkup, Key)
    {
    }

    private protected override IReadOnlyList<TextChange> Changes(SourceText text, Finding finding) => EntityDecoding.Changes(text, finding);

    private protected override string Title(SourceText text, Finding finding, IReadOnlyList<TextChange> changes) => EntityDecoding.Title(text, changes);
}
