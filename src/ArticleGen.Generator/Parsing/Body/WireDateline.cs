using System.Collections.Generic;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The wire dateline that opens the lede: <c>PLACE[, Region][, Date] [(Agency)] - </c>, e.g.
/// <c>ROCHESTER, N.Y., Feb 26 -</c>, <c>CARACAS, Venezuela (Reuters) -</c>, <c>LINCOLN, Neb. (AP) —</c>, <c>(CNN) --</c>.
/// The dash is <c>-</c>, <c>--</c>, an en dash or an em dash. Slips of wire style (ART001) are reported with where each
/// part is (<see cref="DatelineParts"/>), so that a fix can repair them without reading the text again.
/// </summary>
internal static class WireDateline
{
    /// <summary>A dateline is short; never look further into the lede than this.</summary>
    private const int MaxLength = 160;

    /// <param name="Span">The dateline, dash included.</param>
    /// <param name="BodyStart">Where the lede's own text begins.</param>
    /// <param name="DateSpan">Where the inline date (<c>Feb 26</c>) is, or an empty span.</param>
    public sealed record Match(DatelineSpec Spec, SourceSpan Span, int BodyStart, SourceSpan DateSpan);

    public static Match? Read(string text, int start, int end, List<Finding> findings)
    {
        int limit = System.Math.Min(end, start + MaxLength);
        int placeEnd = ReadWords(text, start, limit, maxWords: 5);
        string place = Text.Collapse(text, start, placeEnd);
        string? region = null, date = null, agency = null, problem = null;
        bool agencyUnclosed = false;
        int agencyStart = -1, agencyEnd = -1;
        SourceSpan dateSpan = default;
        int i = placeEnd;

        // ", Region" and ", Date" segments.
        for (int segment = 0; segment < 2; segment++)
        {
            int comma = SkipInlineSpace(text, i, limit);
            if (comma >= limit || text[comma] != ',')
            {
                break;
            }

            int segmentStart = Text.SkipSpace(text, comma + 1, limit);
            int segmentEnd = ReadWords(text, segmentStart, limit, maxWords: 3);
            string value = Text.Collapse(text, segmentStart, segmentEnd);
            if (IsDate(value))
            {
                date = value;
                dateSpan = SourceSpan.FromBounds(segmentStart, segmentEnd);
            }
            else if (region is null && date is null && IsCapitalizedWords(value))
            {
                region = value;
            }
            else
            {
                return null;
            }

            i = segmentEnd;
        }

        // "(Agency)", possibly left unclosed.
        int paren = Text.SkipSpace(text, i, limit);
        if (paren < limit && text[paren] == '(')
        {
            int nameStart = paren + 1;
            int nameEnd = ReadWords(text, nameStart, limit, maxWords: 2);
            if (nameEnd == nameStart || !char.IsLetter(text[nameStart]))
            {
                return null; // "Refresh (900 sec)": an agency's name starts with a letter
            }

            agency = Text.Collapse(text, nameStart, nameEnd);
            agencyStart = nameStart;
            agencyEnd = nameEnd;
            if (nameEnd < limit && text[nameEnd] == ')')
            {
                i = nameEnd + 1;
            }
            else
            {
                problem = $"the agency parenthesis '({agency}' is not closed";
                agencyUnclosed = true;
                i = nameEnd;
            }
        }

        if (place.Length == 0 && agency is null)
        {
            return null;
        }

        // A place not in capitals is only a dateline where a date or an agency vouches for it.
        if (place.Length > 0 && !Text.IsUpperCase(place))
        {
            if (!IsCapitalizedWords(place) || (date is null && agency is null))
            {
                return null;
            }

            problem ??= $"the place '{place}' is not in capitals";
        }

        int headEnd = i;
        int dash = SkipInlineSpace(text, i, limit);
        int dashEnd = DashEnd(text, dash, limit);
        SourceSpan dashSpan = new(headEnd, 0), secondDash = new(headEnd, 0);
        int datelineEnd;
        if (dashEnd < 0)
        {
            if (agency is null || agencyUnclosed)
            {
                return null; // neither a dash nor a closed agency: an ordinary sentence
            }

            problem ??= "the dash after the agency is missing";
            datelineEnd = i;
        }
        else
        {
            dashSpan = SourceSpan.FromBounds(dash, dashEnd);
            int second = SkipInlineSpace(text, dashEnd, limit);
            int secondEnd = DashEnd(text, second, limit);
            if (secondEnd > 0)
            {
                // "(AP) - — The": one dash too many, as an editing slip leaves it; both belong to the dateline.
                secondDash = SourceSpan.FromBounds(second, secondEnd);
                problem ??= $"it has two dashes, '{text.Substring(dash, dashEnd - dash)}' and '{text.Substring(second, secondEnd - second)}'";
            }

            int lastDashEnd = secondEnd > 0 ? secondEnd : dashEnd;
            if (dash == i && i > start)
            {
                problem ??= "a space is missing before the dash";
            }
            else if (lastDashEnd < end && !Text.IsSpace(text[lastDashEnd]))
            {
                problem ??= "a space is missing after the dash";
            }

            datelineEnd = lastDashEnd;
        }

        var span = SourceSpan.FromBounds(start, datelineEnd);
        int bodyStart = Text.SkipSpace(text, datelineEnd, end);
        var spec = new DatelineSpec(
            place.ToUpperInvariant(),
            region,
            date,
            agency,
            Text.Collapse(text, start, datelineEnd),
            Malformed: problem is not null);
        if (problem is not null)
        {
            var parts = new DatelineParts(
                SourceSpan.FromBounds(start, placeEnd),
                agencyStart < 0 ? new SourceSpan(headEnd, 0) : SourceSpan.FromBounds(agencyStart, agencyEnd),
                agency is not null && !agencyUnclosed,
                headEnd,
                dashSpan,
                secondDash,
                bodyStart,
                BodyFollows: bodyStart < end);
            findings.Add(new Finding(DiagnosticIds.MalformedDateline, span, spec.Text, problem) { Dateline = parts });
        }

        return new Match(spec, span, bodyStart, dateSpan);
    }

    /// <summary>Reads up to <paramref name="maxWords"/> words (letters, digits, <c>. - ' &amp;</c>) separated by whitespace.</summary>
    private static int ReadWords(string text, int start, int limit, int maxWords)
    {
        int end = start, i = start;
        for (int words = 0; words < maxWords && i < limit && IsWordStart(text[i]); words++)
        {
            while (i < limit && IsWordPart(text[i]) && !IsDashAt(text, i, limit))
            {
                i++;
            }

            end = i;
            int next = Text.SkipSpace(text, i, limit);
            if (next == i || next >= limit || !IsWordStart(text[next]))
            {
                break;
            }

            i = next;
        }

        return end;
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c);

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '\'' || c == '\u2019' || c == '&';

    /// <summary>A hyphen inside a word (PORT-AU-PRINCE) is part of it; one followed by a space or another dash is the dateline's dash.</summary>
    private static bool IsDashAt(string text, int i, int limit) =>
        text[i] == '-' && (i + 1 >= limit || Text.IsSpace(text[i + 1]) || text[i + 1] == '-');

    private static int SkipInlineSpace(string text, int i, int limit)
    {
        while (i < limit && Text.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <returns>The index after a dash (<c>-</c>, <c>--</c>, en or em dash) at <paramref name="i"/>, or -1.</returns>
    private static int DashEnd(string text, int i, int limit)
    {
        if (i >= limit)
        {
            return -1;
        }

        if (text[i] == '\u2014' || text[i] == '\u2013')
        {
            return i + 1;
        }

        if (text[i] != '-')
        {
            return -1;
        }

        return i + 1 < limit && text[i + 1] == '-' ? i + 2 : i + 1;
    }

    /// <summary><c>March 3</c>, <c>Feb 26</c>, <c>Sept. 8</c>.</summary>
    private static bool IsDate(string value) => DayOfMonth(value) > 0;

    /// <returns>The day of a dateline date such as <c>Feb 26</c>, or 0 where the value is no such date.</returns>
    internal static int DayOfMonth(string value)
    {
        int space = value.IndexOf(' ');
        if (space < 0 || Months.Parse(value.Substring(0, space)) == 0)
        {
            return 0;
        }

        // ASCII digits only: char.IsDigit also takes other scripts' digits, which int.Parse refuses.
        int day = 0;
        for (int i = space + 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c < '0' || c > '9' || i - space > 2)
            {
                return 0;
            }

            day = (day * 10) + (c - '0');
        }

        return day <= 31 ? day : 0;
    }

    private static bool IsCapitalizedWords(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (string word in value.Split(' '))
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Where the parts of a malformed dateline (ART001) are, so that a fix writes it in wire style from what the parser
/// found. Between two parts there is space, as <see cref="Text.IsSpace"/> counts it, exactly where their spans leave a gap.
/// </summary>
/// <param name="Place">The place as written, e.g. <c>Lincoln</c>; empty for <c>(CNN) --</c>.</param>
/// <param name="Agency">The agency's name inside its parenthesis, e.g. <c>AP</c>; empty at <paramref name="HeadEnd"/> when there is none.</param>
/// <param name="AgencyClosed">True where the agency's parenthesis is closed.</param>
/// <param name="HeadEnd">Where what stands before the dash ends: after the <c>)</c>, the agency's name or the last segment.</param>
/// <param name="Dash">The dash as written (<c>-</c>, <c>--</c>, en or em dash); empty at <paramref name="HeadEnd"/> when missing.</param>
/// <param name="SecondDash">A second dash right after the first (<c>- —</c>), or empty.</param>
/// <param name="BodyStart">Where the lede's own text begins.</param>
/// <param name="BodyFollows">True where the lede has text after the dateline, which a space must then separate from the dash.</param>
internal sealed record DatelineParts(
    SourceSpan Place,
    SourceSpan Agency,
    bool AgencyClosed,
    int HeadEnd,
    SourceSpan Dash,
    SourceSpan SecondDash,
    int BodyStart,
    bool BodyFollows)
{
    /// <summary>The same parts with every offset mapped, e.g. from the normalized text to the file's.</summary>
    public DatelineParts WithOffsets(System.Func<int, int> map) => this with
    {
        Place = Map(Place, map),
        Agency = Map(Agency, map),
        HeadEnd = map(HeadEnd),
        Dash = Map(Dash, map),
        SecondDash = Map(SecondDash, map),
        BodyStart = map(BodyStart),
    };

    private static SourceSpan Map(SourceSpan span, System.Func<int, int> map) => SourceSpan.FromBounds(map(span.Start), map(span.End));
}
