using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The bracketed date line under the headline: <c>[March 28, 2019]</c>, <c>[OCT. 11, 2000]</c>, or wrapped as
/// <c>[NOV.</c> + newline + <c>7, 2001]</c>. A bracket of that shape whose date cannot be read
/// (<c>[Mrach 9, 1987]</c>, <c>[March 32, 2019]</c>) is still the date line, with no date.
/// </summary>
internal static class PublicationDateLine
{
    /// <param name="Span">From the opening to the closing bracket.</param>
    /// <param name="Date">The date, or null where the bracket cannot be read.</param>
    public readonly record struct Match(SourceSpan Span, PublicationDate? Date);

    /// <summary>Reads a date line that starts at <paramref name="start"/>, the first character of a line's content.</summary>
    public static Match? Read(string text, int start)
    {
        int i = start;
        if (i >= text.Length || text[i] != '[')
        {
            return null;
        }

        int wordStart = ++i;
        while (i < text.Length && char.IsLetter(text[i]) && i - wordStart < 12)
        {
            i++;
        }

        if (i - wordStart < 3)
        {
            return null;
        }

        string word = text.Substring(wordStart, i - wordStart);
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }

        int afterWord = i;
        i = SkipSpaceOverOneBreak(text, i);
        if (i == afterWord || !ReadNumber(text, ref i, 1, 2, out int day))
        {
            return null;
        }

        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        i = SkipSpaceOverOneBreak(text, i);
        if (!ReadNumber(text, ref i, 4, 4, out int year) || i >= text.Length || text[i] != ']')
        {
            return null;
        }

        var span = SourceSpan.FromBounds(start, i + 1);
        int month = Months.Parse(word);
        PublicationDate? date = Months.IsValidDay(year, month, day) ? new PublicationDate(year, month, day) : null;
        return new Match(span, date);
    }

    private static int SkipSpaceOverOneBreak(string text, int i)
    {
        bool seenBreak = false;
        while (i < text.Length && Text.IsSpace(text[i]))
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                if (seenBreak)
                {
                    break;
                }

                seenBreak = true;
            }

            i++;
        }

        return i;
    }

    private static bool ReadNumber(string text, ref int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        int start = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9' && i - start < maxDigits)
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        return i - start >= minDigits && (i >= text.Length || text[i] < '0' || text[i] > '9');
    }
}
