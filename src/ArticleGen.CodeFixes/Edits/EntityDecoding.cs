using System;
using System.Collections.Generic;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes.Edits;

/// <summary>
/// Decodes one leftover HTML entity chain (ART011) in one edit, into what the parser read it as
/// (<see cref="Finding.Decoded"/>): <c>&amp;amp;amp;</c> to <c>&amp;</c>, <c>&amp;amp;#39;</c> and <c>#39;</c> to
/// <c>'</c>, an <c>&amp;</c> that ends a line and the <c>#39;</c> that opens the next to <c>'</c>, <c>&amp;nbsp;</c> to a
/// plain space. An entity for an invisible character (<c>&amp;#65279;</c>, <c>&amp;#8203;</c>) and an escaped tag
/// (<c>&amp;lt;span&amp;gt;</c>) are removed. The edit covers the finding's span and nothing else.
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

    /// <summary>What the fix does: <c>Decode '&amp;amp;' to '&amp;'</c>, or <c>Remove '&amp;lt;/p&amp;gt;'</c>.</summary>
    public static string Title(SourceText text, IReadOnlyList<TextChange> changes)
    {
        string written = MessageArguments.OneLine(text.ToString(changes[0].Span));
        return changes[0].NewText is { Length: > 0 } decoded ? "Decode '" + written + "' to '" + decoded + "'" : "Remove '" + written + "'";
    }
}
