using ArticleGen.CodeFixes.Edits;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes;

/// <summary>ART001: writes the dateline in wire style (capitals, closed agency parenthesis, spaced dash).</summary>
// No [Shared]: it would reference System.Composition 8.0 (the registry has no 7.0), newer than Roslyn 4.8 hosts carry.
[ExportCodeFixProvider(LanguageNames.CSharp, LanguageNames.VisualBasic, Name = nameof(DatelineCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
public sealed class DatelineCodeFixProvider : SingleEditCodeFixProvider
{
    public const string Key = "ArticleGen.FixDateline";

    public DatelineCodeFixProvider()
        : base(DiagnosticIds.MalformedDateline, Key)
    {
    }

    private protected override TextChange? Edit(SourceText text, TextSpan span) => DatelineRepair.Repair(text, span);

    private protected override string Title(SourceText text, TextSpan span, TextChange change) =>
        "Write the dateline in wire style ('" + MessageArguments.OneLine(change.NewText) + "')";
}
