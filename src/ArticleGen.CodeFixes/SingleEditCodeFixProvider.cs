using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes;

/// <summary>
/// A fix that rewrites the text of one diagnostic's finding in an article file, built from what the parser found there,
/// and offers nothing where the finding needs no change. Fix All does not reach additional documents (roslyn#77016),
/// so there is no Fix All provider.
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
        ParsedDocument document = await ParsedDocument.ReadAsync(context.TextDocument, context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (document.FindingFor(diagnostic) is not { } finding || Changes(document.Text, finding) is not { Count: > 0 } changes)
            {
                continue;
            }

            // The document is a snapshot: the changes made on its text are the changes to apply.
            context.RegisterCodeFix(
                AdditionalDocumentEdit.Create(Title(document.Text, finding, changes), _equivalenceKey, context.TextDocument, (_, _) => changes),
                diagnostic);
        }
    }

    /// <returns>The changes that fix the finding, in order; none where there is nothing to fix.</returns>
    private protected abstract IReadOnlyList<TextChange> Changes(SourceText text, Finding finding);

    /// <summary>The action's title, as the light bulb shows it: it names the whole result.</summary>
    private protected abstract string Title(SourceText text, Finding finding, IReadOnlyList<TextChange> changes);
}
