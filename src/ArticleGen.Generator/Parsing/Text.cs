using System.Text;

namespace ArticleGen.Generator.Parsing;

/// <summary>Character tests and small text helpers shared by the parser parts.</summary>
internal static class Text
{
    /// <summary>Whitespace as scraped pages have it: also NBSP (via char.IsWhiteSpace), BOM and zero-width space.</summary>
    public static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' : c >= '\u0085' && (char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B');

    public static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    public static bool IsInlineSpace(char c) => IsSpace(c) && !IsLineBreak(c);

    /// <summary>The text of [start, end) with every run of whitespace collapsed to one space, trimmed.</summary>
    public static string Collapse(string text, int start, int end)
    {
        start = SkipSpace(text, start, end);
        end = TrimEnd(text, start, end);
        StringBuilder? result = null;
        int runStart = start;
        for (int i = start; i < end; i++)
        {
            if (!IsSpace(text[i]))
            {
                continue;
            }

            // Copy the word before this whitespace in one go, then one space for the whole run.
            int next = SkipSpace(text, i, end);
            if (next == i + 1 && text[i] == ' ')
            {
                i = next - 1;
                continue; // a single plain space already is what collapsing would give
            }

            result ??= new StringBuilder(end - start);
            result.Append(text, runStart, i - runStart).Append(' ');
            runStart = next;
            i = next - 1;
        }

        if (result is null)
        {
            return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
        }

        return result.Append(text, runStart, end - runStart).ToString();
    }

    /// <summary>Moves <paramref name="index"/> past whitespace (line breaks included) up to <paramref name="end"/>.</summary>
    public static int SkipSpace(string text, int index, int end)
    {
        while (index < end && IsSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Moves <paramref name="end"/> back over trailing whitespace, not below <paramref name="start"/>.</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    public static bool StartsWith(string text, int index, string prefix) =>
        index + prefix.Length <= text.Length && string.CompareOrdinal(text, index, prefix, 0, prefix.Length) == 0;

    public static bool StartsWithIgnoreCase(string text, int index, string prefix) =>
        index + prefix.Length <= text.Length && string.Compare(text, index, prefix, 0, prefix.Length, System.StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>True where no letter in the string is lower case (and there is at least one letter).</summary>
    public static bool IsUpperCase(string value)
    {
        bool anyLetter = false;
        foreach (char c in value)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            anyLetter |= char.IsLetter(c);
        }

        return anyLetter;
    }
}
