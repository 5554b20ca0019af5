using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes;

/// <summary>
/// A fix that rewrites the text at one diagnostic's span in an article file, and offers nothing where the text does
/// not need it. Fix All does not reach additional documents (roslyn#77016), so there is no Fix All provider.
/// </summary>
public abstract class SingleEditCodeFixProvider : CodeFixProvider
{
    private readonly string _equivalenceKey;

    private protected SingleEditCodeFixProvider(string diagnosticId, string equivalenceKey)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _equivalenceKey = equivalenceKey;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider? GetFixAllProvider() => null;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        TextDocument document = context.TextDocument;
        SourceText text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            TextSpan span = diagnostic.Location.SourceSpan;
            if (Edit(text, span) is not { } change)
            {
                continue;
            }

            context.RegisterCodeFix(
                AdditionalDocumentEdit.Create(
                    Title(text, span, change),
                    _equivalenceKey,
                    document,
                    (current, _) => Edit(current, span) is { } edit ? new[] { edit } : new TextChange[0]),
                diagnostic);
        }
    }

    /// <returns>The change that fixes the text at <paramref name="span"/>, or null where there is nothing to fix.</returns>
    private protected abstract TextChange? Edit(SourceText text, TextSpan span);

    private protected abstract string Title(SourceText text, TextSpan span, TextChange change);
}
