using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes;

/// <summary>A code action that edits the text of an article file, which is an additional document, not a syntax tree.</summary>
internal static class AdditionalDocumentEdit
{
    public static CodeAction Create(string title, string equivalenceKey, TextDocument document, Func<SourceText, CancellationToken, IEnumerable<TextChange>> edit) =>
        CodeAction.Create(title, ct => ApplyAsync(document, edit, ct), equivalenceKey);

    private static async Task<Solution> ApplyAsync(TextDocument document, Func<SourceText, CancellationToken, IEnumerable<TextChange>> edit, CancellationToken cancellationToken)
    {
        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        SourceText fixedText = text.WithChanges(edit(text, cancellationToken));
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, fixedText);
    }
}
