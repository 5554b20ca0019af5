namespace ArticleGen.Generator.Parsing;

/// <summary>Character tests and small text helpers shared by the parser parts.</summary>
internal static class Text
{
    /// <summary>Whitespace as scraped pages have it: also NBSP (via char.IsWhiteSpace), BOM and zero-width space.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' : c >= '\u0085' && (char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B');

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    public static bool IsInlineSpace(char c) => IsSpace(c) && !IsLineBreak(c);

    /// <summary>Scratch buffers up to this size are kept per thread; a larger one is not held on to.</summary>
    private const int MaxKeptScratch = 64 * 1024;

    [System.ThreadStatic]
    private static char[]? _scratch;

    /// <summary>
    /// A buffer of at least <paramref name="length"/> characters, reused on this thread where it is small, so that
    /// building a string allocates only the string. Valid until the next call on the same thread.
    /// </summary>
    public static char[] Scratch(int length)
    {
        if (length > MaxKeptScratch)
        {
            return new char[length];
        }

        return _scratch is { } kept && kept.Length >= length ? kept : _scratch = new char[MaxKeptScratch];
    }

    /// <summary>The text of [start, end) with every run of whitespace collapsed to one space, trimmed.</summary>
    public static string Collapse(string text, int start, int end)
    {
        start = SkipSpace(text, start, end);
        end = TrimEnd(text, start, end);
        char[] buffer = Scratch(end - start);
        int length = 0;
        bool changed = false, inSpace = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (IsSpace(c))
            {
                changed |= inSpace || c != ' ';
                if (!inSpace)
                {
                    buffer[length++] = ' ';
                }

                inSpace = true;
            }
            else
            {
                buffer[length++] = c;
                inSpace = false;
            }
        }

        if (!changed)
        {
            return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
        }

        return new string(buffer, 0, length);
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
