using System.Net;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes.Edits;

/// <summary>
/// Decodes one leftover HTML entity (ART011) into the character it stands for: <c>&amp;amp;</c> to <c>&amp;</c>,
/// <c>&amp;#39;</c> to <c>'</c>, and the broken forms scrapers leave without the ampersand, <c>#39;</c> and <c>quot;</c>.
/// </summary>
internal static class EntityDecoding
{
    /// <returns>The change, or null when the span is not an entity (a tag, say).</returns>
    public static TextChange? Decode(SourceText text, TextSpan span)
    {
        if (span.IsEmpty || span.End > text.Length)
        {
            return null;
        }

        string entity = text.ToString(span);
        string? decoded = DecodeEntity(entity);
        return decoded is null ? null : new TextChange(span, decoded);
    }

    /// <returns>The character(s) the entity stands for, or null when it is not one entity.</returns>
    public static string? DecodeEntity(string entity)
    {
        if (entity.Length < 3 || entity[entity.Length - 1] != ';' || entity.IndexOf(';') != entity.Length - 1)
        {
            return null;
        }

        string full = entity[0] == '&' ? entity : "&" + entity;
        string decoded = WebUtility.HtmlDecode(full);
        if (decoded == full || decoded.Length == 0)
        {
            return null;
        }

        // A no-break space in running text is only ever layout: make it a plain space.
        return decoded.Replace('\u00A0', ' ');
    }
}
