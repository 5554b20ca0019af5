using System.Collections.Generic;
using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes;

/// <summary>ART001: writes the dateline in wire style (capitals, closed agency parenthesis, one spaced dash).</summary>
// No [Shared]: it would reference System.Composition 8.0 (the registry has no 7.0), newer than Roslyn 4.8 hosts carry.
[ExportCodeFixProvider(LanguageNames.CSharp, LanguageNames.VisualBasic, Name = nameof(DatelineCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class DatelineCodeFixProvider : SingleEditCodeFixProvider
{
    public const string Key = "ArticleGen.FixDateline";

    public DatelineCodeFixProvider()
        : base(DiagnosticIds.MalformedDateline, Key)
    {
    }

    private protected override IReadOnlyList<TextChange> Changes(SourceText text, Finding finding) => DatelineRepair.Changes(text, finding);

    private protected override string Title(SourceText text, Finding finding, IReadOnlyList<TextChange> changes) => DatelineRepair.Title(text, finding, changes);
}
