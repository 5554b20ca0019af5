using System;
using System.Collections.Generic;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes.Edits;

/// <summary>
/// Decodes one leftover HTML entity (ART011) into what the parser read it as (<see cref="Finding.Decoded"/>):
/// <c>&amp;amp;</c> to <c>&amp;</c>, <c>#39;</c> to <c>'</c>, <c>&amp;nbsp;</c> to a plain space.
/// </summary>
internal static class EntityDecoding
{
    /// <param name="text">The article text the finding was made on.</param>
    /// <param name="finding">An ART011 finding of <see cref="ArticleText.Parse"/> on <paramref name="text"/>.</param>
    /// <returns>The change; none for a tag, since what to keep of it is the author's call.</returns>
    public static IReadOnlyList<TextChange> Changes(SourceText text, Finding finding) =>
        finding.Decoded is { } decoded && finding.Span.End <= text.Length
            ? new[] { new TextChange(new TextSpan(finding.Span.Start, finding.Span.Length), decoded) }
            : Array.Empty<TextChange>();

    /// <summary>What the fix does: <c>Decode '&amp;amp;' to '&amp;'</c>.</summary>
    public static string Title(SourceText text, IReadOnlyList<TextChange> changes) =>
        "Decode '" + text.ToString(changes[0].Span) + "' to '" + changes[0].NewText + "'";
}
