using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// HTML left in the text (ART011): entities (<c>&amp;amp;</c>, <c>&amp;#39;</c>, and the broken <c>#39;</c>, <c>quot;</c>),
/// closing tags (<c>&lt;/A&gt;</c>), tags with attributes, and <c>&lt;br&gt;</c>, <c>&lt;hr&gt;</c>, <c>&lt;p&gt;</c>.
/// Reuters ticker symbols in angle brackets (<c>&lt;ENDO&gt;</c>, <c>&lt;AAPL.O&gt;</c>, <c>&lt;I&gt;</c>) are content.
/// <para>
/// The text is read once, left to right, and no finding starts before the last one ends, so findings never overlap.
/// An entity that decodes to <c>&amp;</c> takes the entity after it along (<c>&amp;amp;#39;</c> is one <c>'</c>): one
/// chain is one finding, decoded as <see cref="System.Net.WebUtility.HtmlDecode(string)"/> would decode it again and
/// again until it stops changing. An <c>&amp;</c> at the end of a line joins the entity that goes on at the start of
/// the next (<c>&amp;</c> / <c>#39;</c> and <c>&amp;#</c> / <c>39;</c>, as w3m wraps it).
/// </para>
/// </summary>
internal static class LeftoverMarkup
{
    private const int MaxEntityLength = 10;
    private const int MaxTagLength = 600;
    private const int MaxTagNameLength = 12;

    /// <summary>An entity opens with '&amp;' (or lost it and ends with ';'); a tag opens with '&lt;'.</summary>
    private static readonly char[] Triggers = { '&', ';', '<' };

    /// <summary>One piece of markup: where it is, what it is, and what its fix writes (null: no fix).</summary>
    private readonly record struct Markup(int Start, int End, string What, string? Decoded);

    /// <summary>A chain of entities (<c>&amp;amp;#39;</c>) and the text it finally stands for, or null where it names no character.</summary>
    private readonly record struct Chain(int End, string? Value);

    public static void Find(string text, int start, int end, List<Finding> findings)
    {
        int i = start;
        while (i < end)
        {
            i = text.IndexOfAny(Triggers, i, end - i);
            if (i < 0)
            {
                return;
            }

            Markup? markup = text[i] switch
            {
                '&' => Entity(text, i, end),
                ';' => BareEntity(text, start, i, end),
                _ => Tag(text, i, end),
            };
            if (markup is not { } found)
            {
                i++;
                continue;
            }

            findings.Add(new Finding(DiagnosticIds.LeftoverMarkup, SourceSpan.FromBounds(found.Start, found.End), Text.Collapse(text, found.Start, found.End), found.What)
            {
                Decoded = found.Decoded,
            });
            start = i = found.End; // the next finding starts after this one, and reads nothing before it
        }
    }

    /// <summary>The entity chain opening with the ampersand at <paramref name="ampersand"/>, or an escaped tag.</summary>
    private static Markup? Entity(string text, int ampersand, int end)
    {
        if (ReadChain(text, AfterAmpersand(text, ampersand + 1, end), end, written: true) is not { } chain)
        {
            return null;
        }

        if (chain.Value == "<" && EscapedTagEnd(text, chain.End, end) is var tagEnd && tagEnd > 0)
        {
            return new Markup(ampersand, tagEnd, "an escaped HTML tag", string.Empty);
        }

        return new Markup(ampersand, chain.End, "an HTML entity", chain.Value is null ? null : Presentable(chain.Value));
    }

    /// <summary>An entity that lost its ampersand (<c>#39;</c>, <c>quot;</c>) and ends at <paramref name="semicolon"/>.</summary>
    private static Markup? BareEntity(string text, int lowerBound, int semicolon, int end)
    {
        int nameStart = semicolon;
        while (nameStart > lowerBound && semicolon - nameStart < MaxEntityLength && IsAsciiLetterOrDigit(text[nameStart - 1]))
        {
            nameStart--;
        }

        if (nameStart == semicolon || (nameStart > lowerBound && char.IsLetterOrDigit(text[nameStart - 1])))
        {
            return null;
        }

        bool numeric = nameStart > lowerBound && text[nameStart - 1] == '#';
        int start = numeric ? nameStart - 1 : nameStart;
        string name = text.Substring(nameStart, semicolon - nameStart);
        bool known = numeric ? IsNumericName(name) : HtmlElements.IsBareEntityName(name);
        if (!known || (start > lowerBound && text[start - 1] == '&'))
        {
            return null; // after an ampersand, the ampersand's own reading has judged it
        }

        return ReadChain(text, start, end, written: false) is { Value: { } value } chain
            ? new Markup(start, chain.End, "an HTML entity", Presentable(value))
            : null;
    }

    /// <summary>
    /// Reads a chain from the name of its first entity at <paramref name="nameStart"/>. Where its ampersand is
    /// <paramref name="written"/> right before it, a name no decoder knows (<c>&amp;foo;</c>) is still markup, with no value.
    /// </summary>
    private static Chain? ReadChain(string text, int nameStart, int end, bool written)
    {
        int linkEnd = EntityEnd(text, nameStart, end, out string entity);
        if (linkEnd < 0)
        {
            return null;
        }

        string? value = Decode(entity);
        if (value is null)
        {
            // Not over a line break: "Johnson &" / "Johnson;" is a real ampersand that ends a line.
            bool asWritten = nameStart > 0 && text[nameStart - 1] == '&' && linkEnd - nameStart == entity.Length - 1;
            return written && asWritten && entity.Length > 3 ? new Chain(linkEnd, null) : null;
        }

        // A decoded ampersand and the entity after it are decoded again: &amp;amp; is one '&', &amp;#39; one '''.
        while (value == "&")
        {
            int nextEnd = EntityEnd(text, AfterAmpersand(text, linkEnd, end), end, out entity);
            if (nextEnd < 0 || Decode(entity) is not { } next)
            {
                break;
            }

            value = next;
            linkEnd = nextEnd;
        }

        return new Chain(linkEnd, value);
    }

    /// <returns>
    /// The index after the semicolon of the entity whose name (<c>amp</c>, <c>#39</c>, <c>#x27</c>) starts at
    /// <paramref name="i"/>, with the entity as written with its ampersand; or -1.
    /// </returns>
    private static int EntityEnd(string text, int i, int end, out string entity)
    {
        entity = string.Empty;
        int j = i, name = i; // the name as it goes on after a wrap
        if (j < end && text[j] == '#')
        {
            j = name = AfterAmpersand(text, j + 1, end); // w3m wraps after "&#" too
            bool hex = j < end && (text[j] == 'x' || text[j] == 'X');
            j = hex ? j + 1 : j;
            int digits = j;
            while (j < end && j - digits < MaxEntityLength && (hex ? Uri.IsHexDigit(text[j]) : IsAsciiDigit(text[j])))
            {
                j++;
            }

            if (j == digits)
            {
                return -1;
            }
        }
        else
        {
            while (j < end && j - i < MaxEntityLength && (j == i ? IsAsciiLetter(text[j]) : IsAsciiLetterOrDigit(text[j])))
            {
                j++;
            }
        }

        if (j == i || j >= end || text[j] != ';')
        {
            return -1;
        }

        entity = (name == i ? "&" : "&#") + text.Substring(name, j + 1 - name);
        return j + 1;
    }

    /// <summary>
    /// Past an ampersand (or the <c>#</c> after it): where the entity goes on, on the next line past its indent where
    /// the ampersand ends a line, as w3m wraps a long line (<c>I&amp;</c> / <c>#39;m</c>, <c>Some &amp;#</c> / <c>39;on</c>).
    /// </summary>
    private static int AfterAmpersand(string text, int i, int end)
    {
        if (i >= end || !Text.IsLineBreak(text[i]))
        {
            return i;
        }

        int next = text[i] == '\r' && i + 1 < end && text[i + 1] == '\n' ? i + 2 : i + 1;
        while (next < end && Text.IsInlineSpace(text[next]))
        {
            next++;
        }

        return next;
    }

    /// <returns>What the entity stands for, or null where no decoder knows it.</returns>
    private static string? Decode(string entity)
    {
        string decoded = System.Net.WebUtility.HtmlDecode(entity);
        return decoded == entity || decoded.Length == 0 ? null : decoded;
    }

    /// <summary>
    /// What the fix writes for a decoded value: nothing for an invisible character (U+FEFF, U+200B, a soft hyphen, a
    /// control character); one plain space for any other space (a no-break space, a line break), which in running text
    /// is layout; otherwise the value.
    /// </summary>
    private static string Presentable(string value)
    {
        bool visible = false, space = false;
        foreach (char c in value)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            bool invisible = category == UnicodeCategory.Format || (category == UnicodeCategory.Control && !Text.IsSpace(c));
            visible |= !invisible;
            space |= !invisible && Text.IsSpace(c);
        }

        return !visible ? string.Empty : space ? " " : value;
    }

    /// <returns>
    /// The index after an escaped tag (<c>&amp;lt;span class=&amp;quot;x&amp;quot;&amp;gt;</c>) whose <c>&lt;</c>
    /// was decoded up to <paramref name="afterOpen"/>, or -1 where what follows, decoded, is no markup.
    /// </returns>
    private static int EscapedTagEnd(string text, int afterOpen, int end)
    {
        if (afterOpen >= end || !(IsAsciiLetter(text[afterOpen]) || text[afterOpen] == '/'))
        {
            return -1; // a tag's name or its '/' follows the '<' at once: "3 &lt; 4" is no tag
        }

        var decoded = new StringBuilder("<");
        var sourceEnds = new List<int> { afterOpen }; // where each decoded character ends in the text
        int i = afterOpen, limit = Math.Min(end, afterOpen + MaxTagLength);
        while (i < limit && decoded[decoded.Length - 1] != '>' && (decoded.Length == 1 || decoded[decoded.Length - 1] != '<'))
        {
            if (text[i] == '&' && ReadChain(text, AfterAmpersand(text, i + 1, end), end, written: true) is { Value: { } value } chain)
            {
                decoded.Append(value);
                i = chain.End;
            }
            else
            {
                decoded.Append(text[i++]);
            }

            while (sourceEnds.Count < decoded.Length)
            {
                sourceEnds.Add(i);
            }
        }

        string tag = decoded.ToString();
        int tagEnd = TagEnd(tag, 0, tag.Length, escaped: true);
        return tagEnd < 0 ? -1 : sourceEnds[tagEnd - 1];
    }

    private static Markup? Tag(string text, int open, int end)
    {
        int tagEnd = TagEnd(text, open, end, escaped: false);
        return tagEnd < 0 ? null : new Markup(open, tagEnd, "an HTML tag", null);
    }

    /// <returns>The index after the tag that opens at <paramref name="open"/>, or -1 where it is no HTML tag.</returns>
    private static int TagEnd(string text, int open, int end, bool escaped)
    {
        int i = open + 1;
        bool closing = i < end && text[i] == '/';
        if (closing)
        {
            i++;
        }

        int nameStart = i;
        while (i < end && i - nameStart < MaxTagNameLength && text[i] < 128 && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i == nameStart || !char.IsLetter(text[nameStart]))
        {
            return -1;
        }

        string name = text.Substring(nameStart, i - nameStart);
        int afterName = i;
        i = Text.SkipSpace(text, i, end);
        if (i < end && text[i] == '/')
        {
            i++;
        }

        if (i < end && text[i] == '>')
        {
            // </A> closes a tag; <br>, <hr/> and <p> are markup; <ENDO> and <I> are ticker symbols.
            bool markup = closing || HtmlElements.IsBareTag(name) || (escaped && HtmlElements.IsElementName(name));
            return markup ? i + 1 : -1;
        }

        return closing || afterName == i ? -1 : AttributesEnd(text, open, i, end);
    }

    /// <summary>An opening tag with attributes: <c>&lt;A HREF="..."&gt;</c>, possibly wrapped over lines.</summary>
    private static int AttributesEnd(string text, int open, int i, int end)
    {
        int limit = Math.Min(end, open + MaxTagLength);
        if (i >= limit)
        {
            return -1; // the spaces after the name already ran past the longest tag (masked chrome is spaces)
        }

        int close = text.IndexOf('>', i, limit - i);
        if (close < 0)
        {
            return -1;
        }

        // "< the <a href=...>" is no tag that holds another: a tag's attributes hold no '<'.
        int equals = text.IndexOf('=', i, close - i);
        return equals > i && text.IndexOf('<', i, close - i) < 0 ? close + 1 : -1;
    }

    private static bool IsNumericName(string name)
    {
        bool hex = name.Length > 1 && (name[0] == 'x' || name[0] == 'X');
        for (int i = hex ? 1 : 0; i < name.Length; i++)
        {
            if (!(IsAsciiDigit(name[i]) || (hex && Uri.IsHexDigit(name[i]))))
            {
                return false;
            }
        }

        return name.Length > 0;
    }

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);
}
