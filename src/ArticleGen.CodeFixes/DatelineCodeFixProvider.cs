using System.Collections.Immutable;
using System.Threading.Tasks;
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
public sealed class DatelineCodeFixProvider : CodeFixProvider
{
    public const string Key = "ArticleGen.FixDateline";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MalformedDateline);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        TextDocument document = context.TextDocument;
        SourceText text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            TextChange? change = DatelineRepair.Repair(text, diagnostic.Location.SourceSpan);
            if (change is not { } repair)
            {
                continue;
            }

            context.RegisterCodeFix(
                AdditionalDocumentEdit.Create(
                    "Write the dateline in wire style ('" + MessageArguments.OneLine(repair.NewText) + "')",
                    Key,
                    document,
                    (current, _) => DatelineRepair.Repair(current, diagnostic.Location.SourceSpan) is { } c ? new[] { c } : new TextChange[0]),
                diagnostic);
        }
    }
}
