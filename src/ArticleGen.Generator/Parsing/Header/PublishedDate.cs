using System;
using System.Collections.Generic;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A publication date on a page's own date line, in the forms pages use: <c>Mar. 5, 2019</c>, <c>5 March 2019</c>,
/// <c>Thursday 27 July 2017</c>, <c>2019-03-05</c>, <c>05.03.2019</c>, <c>3/5/2019</c>, with a time, a weekday or
/// <c>Published</c>/<c>Updated</c> around them. A date without a year (<c>March 18 at 3:57 PM</c>) is no date.
/// The bracketed wire date line, <c>[March 28, 2019]</c>, is <see cref="PublicationDateLine"/>'s.
/// </summary>
internal static class PublishedDate
{
    /// <summary>A date line is short; a longer line is prose that happens to hold a date.</summary>
    private const int MaxLineLength = 120;

    /// <summary>A word in small letters of this many letters or more, that no date line needs, is prose.</summary>
    private const int MinProseWordLength = 3;

    /// <summary>A date line holds no more prose words than this: more, and it is a sentence that holds a date.</summary>
    private const int MaxProseWords = 1;

    /// <param name="Date">The date read.</param>
    /// <param name="IsUpdate">The line says the date is an update, not the publication.</param>
    /// <param name="IsDateLine">
    /// The line holds little but the date, its labels, a time and names (<c>Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019
    /// @17:26 PM</c>), not a sentence that mentions it (<c>game Tuesday, Nov. 19, 2019, in Memphis, Tenn. Burks scores</c>).
    /// </param>
    public readonly record struct Match(PublicationDate Date, bool IsUpdate, bool IsDateLine = true);

    /// <returns>The first date on the line, or null.</returns>
    public static Match? Read(string text, Line line) => Read(text, line.ContentStart, line.ContentEnd);

    /// <summary>
    /// The block opens with a clock time, as a news ticker's entry does (<c>* 14:44 Accusations de viols ...</c>,
    /// <c>• 13:29</c>, <c>07:15 p. m.</c>): hours, a colon or an <c>h</c>, two digits of minutes, then a space or the end.
    /// A span of time (<c>13:00 – 13:15 Uhr</c>) opens a programme's line, which may be the article's own agenda.
    /// </summary>
    public static bool OpensWithClockTime(string content)
    {
        int start = Punctuation.SkipBullets(content), hours = 0;
        while (start + hours < content.Length && hours < 3 && char.IsDigit(content[start + hours]))
        {
            hours++;
        }

        int at = start + hours + 1;
        return hours is 1 or 2 && at + 2 <= content.Length && content[at - 1] is ':' or 'h'
            && char.IsDigit(content[at]) && char.IsDigit(content[at + 1]) && (at + 2 == content.Length || content[at + 2] == ' ' && !OpensSpan(content, at + 3));
    }

    /// <summary>A dash and a digit after the time: "13:00 – 13:15".</summary>
    private static bool OpensSpan(string content, int at) =>
        at + 2 < content.Length && Punctuation.IsDash(content[at]) && char.IsDigit(content[at + 2]);

    /// <summary>
    /// The line says how long ago the piece was published and nothing else (<see cref="DateWords.AgoBefore"/>,
    /// <see cref="DateWords.AgoAfter"/>): "3 hours ago", "před 2 hodinami". It gives no date.
    /// </summary>
    public static bool SaysHowLongAgo(string content)
    {
        content = Punctuation.TrimBullets(content);
        if (content.Length > MaxAgoLength)
        {
            return false;
        }

        foreach (string before in DateWords.AgoBefore)
        {
            if (content.StartsWith(before, StringComparison.OrdinalIgnoreCase))
            {
                return IsCountAndUnit(content.Substring(before.Length));
            }
        }

        foreach (string after in DateWords.AgoAfter)
        {
            if (content.EndsWith(after, StringComparison.OrdinalIgnoreCase))
            {
                return IsCountAndUnit(content.Substring(0, content.Length - after.Length));
            }
        }

        return false;
    }

    private const int MaxAgoLength = 30;

    /// <summary>A number and one word after it: "2 hodinami", "21 minutos".</summary>
    private static bool IsCountAndUnit(string text)
    {
        int space = text.IndexOf(' ');
        if (space <= 0 || space > 3 || text.IndexOf(' ', space + 1) >= 0 || space + 1 == text.Length)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (i < space ? !char.IsDigit(text[i]) : i > space && !char.IsLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <returns>The first date in [start, end), or null.</returns>
    public static Match? Read(string text, int start, int end)
    {
        if (!MayHoldDate(text, start, end))
        {
            return null;
        }

        List<Token> tokens = Tokenize(text, start, end);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (DateAt(tokens, i) is { } date)
            {
                return new Match(date, SaysUpdated(tokens, i), ProseWords(tokens) <= MaxProseWords);
            }
        }

        return null;
    }

    /// <summary>[start, end) is short enough for a date line and holds a year: only then can <see cref="Read(string, int, int)"/> find a date.</summary>
    public static bool MayHoldDate(string text, int start, int end) => end - start <= MaxLineLength && HoldsYear(text, start, end);

    /// <summary>Every form read here has a year, four digits or more: a line without them is not tokenized.</summary>
    private static bool HoldsYear(string text, int start, int end)
    {
        for (int i = start, digits = 0; i < end; i++)
        {
            digits = text[i] is >= '0' and <= '9' ? digits + 1 : 0;
            if (digits == 4)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Token(string Value, bool IsNumber, string Before);

    private static PublicationDate? DateAt(List<Token> t, int i)
    {
        Token a = t[i];
        Token? b = i + 1 < t.Count ? t[i + 1] : null, c = i + 2 < t.Count ? t[i + 2] : null;
        Token? d = i + 3 < t.Count ? t[i + 3] : null;
        if (b is null || c is null)
        {
            return null;
        }

        if (!a.IsNumber && Months.ParseAnyLanguage(a.Value) is > 0 and var month)
        {
            // "March 5, 2019", "Mar. 5th, 2019"
            Token? year = c.Value.IsNumber ? c : IsOrdinal(c.Value.Value) ? d : null;
            return b.Value.IsNumber && b.Value.Value.Length <= 2 && year is { IsNumber: true } && year.Value.Value.Length >= 4 ? Make(Number(year.Value), month, Number(b.Value)) : null;
        }

        if (!a.IsNumber)
        {
            return null;
        }

        if (a.Value.Length == 4 && b.Value.IsNumber && c.Value.IsNumber && b.Value.Before == "-" && c.Value.Before == "-")
        {
            return Make(Number(a), Number(b.Value), Number(c.Value)); // 2019-03-05
        }

        if (a.Value.Length <= 2 && b.Value.IsNumber && c.Value.IsNumber && c.Value.Value.Length >= 4 && b.Value.Before == c.Value.Before)
        {
            // 05.03.2019 is day first; 3/5/2019 is month first, as the pages that write it mean it, unless the first
            // number cannot be a month (27/09/2018).
            bool dayFirst = b.Value.Before == "." || Number(a) > 12;
            return b.Value.Before is "." or "/" ? Make(Number(c.Value), dayFirst ? Number(b.Value) : Number(a), dayFirst ? Number(a) : Number(b.Value))
                : null;
        }

        if (a.Value.Length <= 2 && !b.Value.IsNumber && Months.ParseAnyLanguage(b.Value.Value, betweenDayAndYear: true) is > 0 and var named && c.Value.IsNumber && c.Value.Value.Length >= 4)
        {
            return Make(Number(c.Value), named, Number(a)); // 5 March 2019, 5. März 2019, 1 de diciembre de 2017, 21.dez.2018
        }

        return null;
    }

    private static PublicationDate? Make(int year, int month, int day) =>
        year >= 1900 && year <= 2100 && Months.IsValidDay(year, month, day) ? new PublicationDate(year, month, day) : null;

    private static bool IsOrdinal(string word) => word is "st" or "nd" or "rd" or "th";

    private static int Number(Token token)
    {
        if (token.Value.Length is 5 or 6 && token.Value[0] is '1' or '2' && (token.Value[1] is '9' or '0'))
        {
            return Number(new Token(token.Value.Substring(0, 4), true, token.Before)); // a year run into the time: "20194:29 AM"
        }

        int value = 0;
        foreach (char c in token.Value)
        {
            value = (value * 10) + (c - '0');
        }

        return token.Value.Length > 6 ? -1 : value;
    }

    private static int ProseWords(List<Token> tokens)
    {
        int prose = 0;
        foreach (Token token in tokens)
        {
            if (!token.IsNumber && token.Value.Length >= MinProseWordLength && char.IsLower(token.Value[0]) && !DateWords.BelongsOnDateLine(token.Value))
            {
                prose++;
            }
        }

        return prose;
    }

    /// <summary>The nearest label before the date says it is an update (<see cref="DateWords.UpdateLabels"/>), not the publication.</summary>
    private static bool SaysUpdated(List<Token> tokens, int dateToken)
    {
        for (int i = dateToken - 1; i >= 0 && i >= dateToken - 6; i--)
        {
            if (StartsWithAny(tokens[i].Value, DateWords.UpdateLabels))
            {
                return true;
            }

            if (StartsWithAny(tokens[i].Value, DateWords.PublicationLabels))
            {
                return false;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string value, string[] labels) =>
        Array.Exists(labels, label => value.StartsWith(label, StringComparison.OrdinalIgnoreCase));

    /// <summary>Words and numbers, each with the punctuation before it (spaces dropped), so "05.03.2019" keeps its dots.</summary>
    private static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>((end - start) / 4); // a word or number and what parts it from the next: about four characters
        int i = start;
        while (i < end)
        {
            int beforeStart = i;
            while (i < end && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            string before = text.Substring(beforeStart, i - beforeStart).Trim();
            int tokenStart = i;
            bool number = i < end && text[i] >= '0' && text[i] <= '9';
            while (i < end && (number ? text[i] >= '0' && text[i] <= '9' : char.IsLetter(text[i]) && !(char.IsUpper(text[i]) && i > tokenStart && char.IsLower(text[i - 1]))))
            {
                i++; // a word ends where a capital follows a small letter: "PublishedMarch 5, 2019" is a label glued to the date
            }

            if (i == tokenStart)
            {
                i++; // a digit of another script: neither word nor number here
                continue;
            }

            string value = text.Substring(tokenStart, i - tokenStart);
            bool glued = before.Length == 0 && tokenStart > start && char.IsDigit(text[tokenStart - 1]);
            if (!number && ((glued && DateWords.IsOrdinalEnding(value)) || DateWords.IsJoiner(value)))
            {
                continue; // "5th March 2019", "1 de diciembre de 2017": the day, the month and the year stand together
            }

            tokens.Add(new Token(value, number, before));
        }

        return tokens;
    }
}
