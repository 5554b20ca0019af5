using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// HTML left in the text (ART011): entities (<c>&amp;amp;</c>, <c>&amp;#39;</c>, and the broken <c>#39;</c>, <c>quot;</c>),
/// closing tags (<c>&lt;/A&gt;</c>), tags with attributes, and <c>&lt;br&gt;</c>, <c>&lt;hr&gt;</c>, <c>&lt;p&gt;</c>.
/// Reuters ticker symbols in angle brackets (<c>&lt;ENDO&gt;</c>, <c>&lt;AAPL.O&gt;</c>, <c>&lt;I&gt;</c>) are content.
/// </summary>
internal static class LeftoverMarkup
{
    private const int MaxEntityLength = 10;
    private const int MaxTagLength = 600;

    /// <summary>Entity names that are recognizable even after the scrape lost their ampersand.</summary>
    private static readonly string[] BareEntityNames = { "quot", "amp", "lt", "gt", "apos", "nbsp" };

    private static readonly string[] BareTags = { "br", "hr", "p" };

    /// <summary>Every entity ends with ';' and every tag opens with '&lt;'.</summary>
    private static readonly char[] Triggers = { ';', '<' };

    public static void Find(string text, int start, int end, List<Finding> findings)
    {
        for (int i = start; i < end; i++)
        {
            i = text.IndexOfAny(Triggers, i, end - i);
            if (i < 0)
            {
                return;
            }

            char c = text[i];
            if (c == ';')
            {
                int entityStart = EntityStart(text, start, i);
                if (entityStart >= 0)
                {
                    Add(text, entityStart, i + 1, "an HTML entity", findings, Decode(text.Substring(entityStart, i + 1 - entityStart)));
                }
            }
            else if (c == '<')
            {
                int tagEnd = TagEnd(text, i, end);
                if (tagEnd > 0)
                {
                    Add(text, i, tagEnd, "an HTML tag", findings, decoded: null);
                    i = tagEnd - 1;
                }
            }
        }
    }

    private static void Add(string text, int start, int end, string what, List<Finding> findings, string? decoded) =>
        findings.Add(new Finding(DiagnosticIds.LeftoverMarkup, SourceSpan.FromBounds(start, end), Text.Collapse(text, start, end), what) { Decoded = decoded });

    /// <returns>
    /// What the entity stands for (<c>&amp;amp;</c> is <c>&amp;</c>, <c>#39;</c> is <c>'</c>), or null where it names no
    /// character. A character that is space to the parser (a no-break space, a line break, a zero-width space) is
    /// layout in running text, so it stands for one plain space.
    /// </returns>
    private static string? Decode(string entity)
    {
        string full = entity[0] == '&' ? entity : "&" + entity;
        string decoded = System.Net.WebUtility.HtmlDecode(full);
        if (decoded == full || decoded.Length == 0)
        {
            return null;
        }

        foreach (char c in decoded)
        {
            if (Text.IsSpace(c))
            {
                return " ";
            }
        }

        return decoded;
    }

    /// <returns>Where the entity ending at the semicolon <paramref name="semicolon"/> starts, or -1.</returns>
    private static int EntityStart(string text, int lowerBound, int semicolon)
    {
        int i = semicolon;
        while (i > lowerBound && semicolon - i < MaxEntityLength && char.IsLetterOrDigit(text[i - 1]))
        {
            i--;
        }

        int nameStart = i;
        if (nameStart == semicolon || (i > lowerBound && char.IsLetterOrDigit(text[i - 1])))
        {
            return -1;
        }

        bool numeric = i > lowerBound && text[i - 1] == '#';
        if (numeric)
        {
            i--;
        }

        bool ampersand = i > lowerBound && text[i - 1] == '&';
        if (ampersand)
        {
            i--;
        }

        string name = text.Substring(nameStart, semicolon - nameStart);
        if (numeric)
        {
            return IsNumericEntity(name) ? i : -1;
        }

        if (ampersand)
        {
            return IsLetters(name) ? i : -1;
        }

        return Array.IndexOf(BareEntityNames, name) >= 0 ? i : -1;
    }

    private static bool IsBareTag(string name)
    {
        foreach (string tag in BareTags)
        {
            if (string.Equals(tag, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumericEntity(string name)
    {
        bool hex = name.Length > 1 && (name[0] == 'x' || name[0] == 'X');
        for (int i = hex ? 1 : 0; i < name.Length; i++)
        {
            bool digit = char.IsDigit(name[i]) || (hex && Uri.IsHexDigit(name[i]));
            if (!digit)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetters(string name)
    {
        foreach (char c in name)
        {
            if (!char.IsLetter(c) || c > 'z')
            {
                return false;
            }
        }

        return name.Length >= 2;
    }

    /// <returns>The index after the tag that opens at <paramref name="open"/>, or -1 where it is no HTML tag.</returns>
    private static int TagEnd(string text, int open, int end)
    {
        int i = open + 1;
        bool closing = i < end && text[i] == '/';
        if (closing)
        {
            i++;
        }

        int nameStart = i;
        while (i < end && i - nameStart < 12 && char.IsLetterOrDigit(text[i]) && text[i] < 128)
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
            return closing || IsBareTag(name) ? i + 1 : -1;
        }

        if (closing || afterName == i)
        {
            return -1;
        }

        // An opening tag with attributes: <A HREF="...">, possibly wrapped over lines.
        int limit = Math.Min(end, open + MaxTagLength);
        int close = text.IndexOf('>', i, limit - i);
        if (close < 0)
        {
            return -1;
        }

        int equals = text.IndexOf('=', i, close - i);
        return equals > i ? close + 1 : -1;
    }
}
