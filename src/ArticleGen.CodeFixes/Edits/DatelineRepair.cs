using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes.Edits;

/// <summary>
/// Rewrites a malformed dateline (ART001) in wire style: the place in capitals, the agency parenthesis closed, and one
/// space on each side of the dash, e.g. <c>Moscow (Reuters) -The</c> becomes <c>MOSCOW (Reuters) - The</c>.
/// The change is trimmed to the characters that differ, so no other text is touched.
/// </summary>
internal static class DatelineRepair
{
    /// <param name="text">The article text.</param>
    /// <param name="diagnosticSpan">Where ART001 points: the dateline, or a part of it, on the line the lede opens.</param>
    /// <returns>The change, or null when no dateline can be recognised there or it is already well formed.</returns>
    public static TextChange? Repair(SourceText text, TextSpan diagnosticSpan)
    {
        if (diagnosticSpan.Start >= text.Length)
        {
            return null;
        }

        TextLine line = text.Lines.GetLineFromPosition(diagnosticSpan.Start);
        string content = text.ToString(TextSpan.FromBounds(line.Start, line.End));
        int start = DatelineStart(content, diagnosticSpan.Start - line.Start);
        if (start < 0 || !TryRead(content, start, out int end, out string repaired))
        {
            return null;
        }

        return Minimal(content.Substring(start, end - start), repaired, line.Start + start);
    }

    /// <summary>
    /// Where the dateline starts on its line: at the span, unless the span points inside it (at the dash, say),
    /// then after the date bracket that can share the line (<c>11, 1987] WASHINGTON, March 11- The</c>) or at the text.
    /// </summary>
    private static int DatelineStart(string line, int spanStart)
    {
        int start = spanStart;
        string before = line.Substring(0, start);
        if (before.Trim().Length > 0 && !before.TrimEnd().EndsWith("]", System.StringComparison.Ordinal))
        {
            start = before.LastIndexOf(']') + 1;
        }

        start = SkipSpaces(line, start);
        if (start < line.Length && line[start] == '[')
        {
            int close = line.IndexOf(']', start);
            start = close < 0 ? -1 : SkipSpaces(line, close + 1);
        }

        return start < line.Length ? start : -1;
    }

    /// <summary>Reads <c>PLACE[, Region][, Date] [(Agency[)]] -</c> from <paramref name="start"/> and writes it in wire style.</summary>
    private static bool TryRead(string line, int start, out int end, out string repaired)
    {
        end = 0;
        repaired = string.Empty;
        int open = -1, close = -1, dash = -1;
        for (int i = start; i < line.Length && dash < 0; i++)
        {
            char c = line[i];
            if (c == '(' && open < 0)
            {
                open = i;
            }
            else if (c == ')' && open >= 0 && close < 0)
            {
                close = i;
            }
            else if (c == '-' && IsSeparatorDash(line, i))
            {
                dash = i;
            }
            else if (close >= 0 && !char.IsWhiteSpace(c))
            {
                // "(Reuters) OPEC": the dash after the agency is missing; the lede starts here.
                break;
            }
        }

        if (dash < 0 && close < 0)
        {
            return false;
        }

        string head = line.Substring(start, (open >= 0 ? open : dash) - start).TrimEnd();
        int comma = head.IndexOf(',');
        string place = comma < 0 ? head : head.Substring(0, comma);
        string rest = comma < 0 ? string.Empty : head.Substring(comma);
        if (place.Length == 0 || !char.IsLetter(place[0]))
        {
            return false;
        }

        repaired = place.ToUpperInvariant() + rest;
        if (open >= 0)
        {
            int agencyEnd = close >= 0 ? close : dash;
            string agency = line.Substring(open + 1, agencyEnd - open - 1).Trim();
            repaired += " (" + agency + ")";
        }

        end = dash >= 0 ? dash + 1 : close + 1;
        int lede = SkipSpaces(line, end);
        repaired += lede < line.Length ? " - " : " -";
        end = lede;
        return true;
    }

    /// <summary>The dash that ends a dateline, not one inside a name such as PORT-AU-PRINCE.</summary>
    private static bool IsSeparatorDash(string line, int i)
    {
        bool letterBefore = i > 0 && char.IsLetter(line[i - 1]);
        bool letterAfter = i + 1 < line.Length && char.IsLetter(line[i + 1]);
        return !(letterBefore && letterAfter);
    }

    private static int SkipSpaces(string line, int i)
    {
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/>, trimmed to the part that differs.</summary>
    private static TextChange? Minimal(string before, string after, int offset)
    {
        if (string.Equals(before, after, System.StringComparison.Ordinal))
        {
            return null;
        }

        int prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix &&
               before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        return new TextChange(
            new TextSpan(offset + prefix, before.Length - prefix - suffix),
            after.Substring(prefix, after.Length - prefix - suffix));
    }
}
