using System;
using System.Linq;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A byline line, in the forms pages use: <c>By Jane Doe</c>, <c>By JANE DOE</c>, <c>by Jane Doe and John Roe</c>,
/// <c>By Jane Doe | Reuters</c>, <c>By Jane Doe, CNN</c>, <c>Written by Jane Doe</c>, <c>Author: Jane Doe</c>,
/// <c>Jane Doe, AP Auto Writer</c>, <c>Dan Goodin - Apr 16, 2015</c>, or a name alone next to the date. The byline is
/// the name(s) only: the role, the outlet and the date are cut off.
/// </summary>
internal static class Byline
{
    private const int MaxLength = 100;

    private const int MaxNameWords = 4;

    /// <summary>Only a line that opens with "By" or the like: under a wire headline, a name alone is the headline's.</summary>
    public static string? ReadOpening(string text, Line line)
    {
        if (!MayOpenOn(text, line))
        {
            return null;
        }

        return Opened(Punctuation.TrimBullets(Text.Collapse(text, line.ContentStart, line.ContentEnd)));
    }

    /// <summary>
    /// The last word of each opening (<see cref="NameWords.BylineOpenings"/>: "By:", "by", "Author:", "Par") and the "by"
    /// after a kind of piece: an opening, once collapsed, ends on one of them and a space (every opening ends with one,
    /// which a test holds: a generator must not throw when its type is first used).
    /// </summary>
    private static readonly string[] OpeningWords = NameWords.BylineOpenings.Select(opening => opening.TrimEnd().Split(' ').Last()).Append("by").Distinct().ToArray();

    /// <summary>The first characters of <see cref="OpeningWords"/>, searched for together.</summary>
    private static readonly char[] OpeningMarks = OpeningWords.Select(word => word[0]).Distinct().ToArray();

    /// <summary>The <see cref="OpeningWords"/> by their first character (an index into <see cref="OpeningMarks"/>): a "b" is not tried as "Author:".</summary>
    private static readonly string[][] OpeningWordsByMark = OpeningMarks.Select(mark => OpeningWords.Where(word => word[0] == mark).ToArray()).ToArray();

    /// <summary>
    /// The line holds one of <see cref="OpeningWords"/> before a space, as a byline's opening needs. Most lines hold
    /// none; the header asks this of every line of the page, and the rest are not collapsed to be read.
    /// </summary>
    private static bool MayOpen(string text, Line line)
    {
        for (int at = text.IndexOfAny(OpeningMarks, line.ContentStart, line.ContentLength); at >= 0 && at + 1 < line.ContentEnd;
            at = text.IndexOfAny(OpeningMarks, at + 1, line.ContentEnd - at - 1))
        {
            foreach (string word in OpeningWordsByMark[Array.IndexOf(OpeningMarks, text[at])])
            {
                if (WordThenSpace(text, at, line.ContentEnd, word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The word stands at <paramref name="at"/>, with a space after it before <paramref name="end"/>.</summary>
    private static bool WordThenSpace(string text, int at, int end, string word) =>
        at + word.Length < end && Text.IsSpace(text[at + word.Length]) && Text.StartsWith(text, at, word);

    /// <summary>The block is a byline that says so: "By Jon Porter@JonPorty Jul 3, 2019", "Written by ...", "Author: ...".</summary>
    public static bool SaysBy(string content) => content.Length <= MaxLength && Opened(Punctuation.TrimBullets(content)) is not null;

    private static string? Opened(string content)
    {
        foreach (string opening in NameWords.BylineOpenings)
        {
            if (content.StartsWith(opening, StringComparison.Ordinal))
            {
                return Names(content.Substring(opening.Length));
            }
        }

        // "November 12, 2018 | BY: Beachbody": the byline after the date, in a part of its own.
        int bar = content.IndexOfAny(Punctuation.PartSeparators);
        if (bar > 0 && bar + 1 < content.Length)
        {
            return Opened(content.Substring(bar + 1).TrimStart());
        }

        if (CjkName(content) is { } cjk)
        {
            return cjk;
        }

        // "Analysis by Jane Doe", "Story by Jane Doe": the kind of piece, then "by".
        int by = content.IndexOf(" by ", StringComparison.Ordinal);
        if (by > 0 && Array.IndexOf(NameWords.PieceKinds, content.Substring(0, by).ToLowerInvariant()) >= 0)
        {
            return Names(content.Substring(by + 4));
        }

        return null;
    }

    /// <summary>
    /// The name after a Chinese or Japanese byline label (<see cref="NameWords.CjkBylineLabels"/>): the ideographs that
    /// follow it, two to four of them. A label with no name after it ("作者：" before "责任编辑：") gives way to the next.
    /// </summary>
    private static string? CjkName(string content)
    {
        if (content.IndexOf('\uFF1A') < 0 && content.IndexOf(':') < 0)
        {
            return null; // no label's colon: most lines of a page
        }

        foreach (string label in NameWords.CjkBylineLabels)
        {
            int at = content.IndexOf(label, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            int start = at + label.Length, end = start;
            while (end < content.Length && end - start <= NameWords.MaxCjkName && Punctuation.IsIdeograph(content[end]))
            {
                end++;
            }

            int length = end - start;
            bool nextLabel = end < content.Length && content[end] is '\uFF1A' or ':';
            if (length >= NameWords.MinCjkName && length <= NameWords.MaxCjkName && !nextLabel)
            {
                return content.Substring(start, length);
            }
        }

        return null;
    }

    /// <summary>Where a name followed by its role, outlet, handle or date ends, or -1.</summary>
    private static int NameEnd(string content)
    {
        int dash = content.IndexOf(" - ", StringComparison.Ordinal);
        for (int i = 1; i < content.Length; i++)
        {
            char c = content[i];
            if (c is ',' or '|' or '\u2014' or '\u2013' or '@' or '\u00B7' or '\u2022' || i == dash)
            {
                return i;
            }

            if (char.IsDigit(c) && PublishedDate.Read(content, i, content.Length) is not null)
            {
                return i; // "Carlos Nadalim 27/09/2018"
            }

            if (content[i - 1] == ' ' && char.IsUpper(c) && Months.Parse(WordAt(content, i)) > 0 && PublishedDate.Read(content, i, content.Length) is not null)
            {
                return i; // "Associated Press November 19, 2019, 9:02 AM"
            }
        }

        return -1;
    }

    private static string WordAt(string content, int start)
    {
        int end = start;
        while (end < content.Length && char.IsLetter(content[end]))
        {
            end++;
        }

        return content.Substring(start, end - start);
    }

    /// <summary>
    /// An image's text that a text browser prints before the name beside it, in brackets and without a space:
    /// <c>[6eef5bc5-c] James Akinaka</c>, <c>[Associated] Associated Press</c>.
    /// </summary>
    private static string SkipImageText(string content)
    {
        int close = content.Length > 0 && content[0] == '[' ? content.IndexOf(']') : -1;
        return close > 1 && close <= MaxImageTextLength && content.IndexOf(' ', 0, close) < 0 ? content.Substring(close + 1).TrimStart() : content;
    }

    private const int MaxImageTextLength = 24;

    /// <returns>The name, or null where the line is no byline.</returns>
    /// <param name="nameAlone">Whether a name alone on the line counts: it does next to the date, not elsewhere.</param>
    public static string? Read(string text, Line line, bool nameAlone) =>
        !MayStandOn(line) ? null : Read(Text.Collapse(text, line.ContentStart, line.ContentEnd), nameAlone, roleNeeded: true);

    /// <summary>The line has a byline's length: only then can <see cref="Read(string, Line, bool)"/> find one on it.</summary>
    public static bool MayStandOn(Line line) => line.ContentLength <= MaxLength && line.ContentLength > 3;

    /// <summary>The line has a byline's length and an opening word: only then can <see cref="ReadOpening"/> find one on it.</summary>
    public static bool MayOpenOn(string text, Line line) => MayStandOn(line) && MayOpen(text, line);

    /// <summary>Reads a byline from a line's text, whitespace collapsed.</summary>
    /// <param name="roleNeeded">
    /// A name cut off by a comma or a dash counts only where a role, an outlet, a handle or a date follows it, not a
    /// sentence. The header asks it; the page stage's hint that a block is a byline (<see cref="PageBlock"/>) does not
    /// yet, since the headline finder weighs that hint.
    /// </param>
    public static string? Read(string content, bool nameAlone, bool roleNeeded = false)
    {
        content = SkipImageText(Punctuation.TrimBullets(content));
        if (content.Length > MaxLength || content.Length <= 3)
        {
            return null;
        }

        if (Opened(content) is { } opened)
        {
            return opened;
        }

        // "Jane Doe, AP Auto Writer", "Dan Goodin - Apr 16, 2015", "Natasha Turak@NatashaTurak": a name, then what it is.
        // What follows the name must be a role, an outlet, a handle or a date, not a sentence: "Facebook CEO Mark
        // Zuckerberg, the man with the acquisition plan." is a caption, "SIOUX FALLS, S.D. – People across the nation"
        // a dateline.
        int cut = NameEnd(content);
        if ((cut > 0 && (!roleNeeded || SmallWords(content.Substring(cut)) <= MaxRoleSmallWords)) || (cut <= 0 && nameAlone))
        {
            // A news agency signs alone: "Reuters, Washington," "PTI".
            string name = cut > 0 ? content.Substring(0, cut).Trim() : content;
            return (AreNames(name) && name.IndexOf(' ') > 0) || NewsAgencies.IsKnown(name) ? name : null;
        }

        return null;
    }

    /// <summary>
    /// The name <paramref name="name"/> read on into the next line, where the page wrapped it: "Martin" and "Untersinger
    /// (avec Damien Leloup)" are "Martin Untersinger". Null where the next line does not carry the name on.
    /// </summary>
    public static string? ReadOn(string name, string nextLine) =>
        Names(name + " " + nextLine) is { } whole && whole.Length > name.Length && whole.StartsWith(name, StringComparison.Ordinal) ? whole : null;

    /// <summary>The names after "By": up to the first role, outlet or date, which come after a comma, a bar or a digit.</summary>
    private static string? Names(string rest)
    {
        int end = rest.Length;
        for (int i = 0; i < rest.Length; i++)
        {
            if (rest[i] is ',' or '|' or '\u2014' or '\u2013' or '(' or '@' or '\u2022' or '\u00B7' || char.IsDigit(rest[i]) || (rest[i] == '-' && i > 0 && rest[i - 1] == ' '))
            {
                end = i;
                break;
            }
        }

        string names = rest.Substring(0, end).Trim();
        int outlet = names.IndexOf(" for ", StringComparison.OrdinalIgnoreCase);
        names = outlet > 0 ? names.Substring(0, outlet) : names; // "By Glen Owen And Brendan Carlin For The Mail On Sunday"
        int lastSpace = names.LastIndexOf(' ');
        if (lastSpace > 0 && end < rest.Length && char.IsDigit(rest[end]) && Months.Parse(names.Substring(lastSpace + 1)) > 0)
        {
            names = names.Substring(0, lastSpace); // "By GILLIAN MOHNEY March 11, 2015"
        }

        return names.Length > 0 && AreNames(names) ? names : null;
    }

    /// <summary>One name or several joined by "and": <c>Meg Kinnard and Errin Haines</c>.</summary>
    private static bool AreNames(string names)
    {
        foreach (string part in names.Split(NameWords.Joiners, StringSplitOptions.None))
        {
            if (!IsName(part.Trim()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A role or an outlet after a name holds at most this many words in small letters: "Staff writer, The Guardian".</summary>
    private const int MaxRoleSmallWords = 2;

    /// <summary>Words of three letters or more in small letters: a sentence has many, a role or a date few.</summary>
    private static int SmallWords(string text)
    {
        int count = 0;
        for (int i = 0; i < text.Length;)
        {
            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i - start >= 3 && char.IsLower(text[start]) && (start == 0 || text[start - 1] != '@'))
            {
                count++;
            }

            i = i == start ? i + 1 : i;
        }

        return count;
    }

    /// <summary>Two to four capitalized words (or all capitals), with particles such as "de" or "van" between.</summary>
    private static bool IsName(string name)
    {
        string[] words = name.Split(' ');
        if (words.Length > MaxNameWords + 1 || name.Length == 0)
        {
            return false;
        }

        int named = 0;
        foreach (string word in words)
        {
            string lower = word.ToLowerInvariant().TrimEnd('.');
            if (FunctionWords.Contains(lower) && !NameWords.IsParticle(word) || Array.IndexOf(NameWords.NotNames, lower) >= 0
                || (word.Length == 1 && words.Length > 1))
            {
                return false; // "Man Charged With Assault", "Published Wed", "A Katmandou"
            }

            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return false; // "Sony’s PlayStation VR.": a name's possessive is no name
            }

            if (word.Length > 0 && char.IsUpper(word[0]) && IsNameWord(word))
            {
                named++;
            }
            else if (!NameWords.IsParticle(word))
            {
                return false;
            }
        }

        return named >= 1 && (named >= 2 || words.Length == 1);
    }

    private static bool IsNameWord(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return true;
    }
}
