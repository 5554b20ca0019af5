using System.Collections.Generic;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes;

/// <summary>
/// ART012: removes one run of text set aside, only when invoked on its diagnostic. The choice of the article is a
/// guess, so there is no whole-file version, and "Remove all layout markers in this file" leaves these runs alone.
/// </summary>
// No [Shared]: see LayoutMarkerCodeFixProvider.
[ExportCodeFixProvider(LanguageNames.CSharp, LanguageNames.VisualBasic, Name = nameof(SetAsideCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class SetAsideCodeFixProvider : SingleEditCodeFixProvider
{
    public const string Key = "ArticleGen.RemoveTextSetAside";

    public SetAsideCodeFixProvider()
        : base(DiagnosticIds.TextSetAside, Key)
    {
    }

    private protected override IReadOnlyList<TextChange> Changes(SourceText text, Finding finding) => MarkerRemoval.SetAsideChanges(text, new[] { finding });

    private protected override string Title(SourceText text, Finding finding, IReadOnlyList<TextChange> changes) =>
        "Remove text set aside '" + MessageArguments.OneLine(finding.Subject) + "'";
}
