using Microsoft.CodeAnalysis.Text;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.CodeFixes.Edits;

/// <summary>
/// Decodes one leftover HTML entity (ART011) into what the parser read it as (<see cref="Finding.Decoded"/>):
/// <c>&amp;amp;</c> to <c>&amp;</c>, <c>#39;</c> to <c>'</c>, <c>&amp;nbsp;</c> to a plain space.
/// </summary>
internal static class EntityDecoding
{
    /// <param name="finding">An ART011 finding of <see cref="ArticleParser.Parse"/> on the text.</param>
    /// <returns>The change, or null for a tag: what to keep of it is the author's call.</returns>
    public static TextChange? Change(Finding finding) =>
        finding.Decoded is { } decoded ? new TextChange(new TextSpan(finding.Span.Start, finding.Span.Length), decoded) : null;
}
