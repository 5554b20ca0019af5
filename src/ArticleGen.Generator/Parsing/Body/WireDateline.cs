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
    public sealed record Match(DatelineSpec Spec, SourceSpan Span, int BodyStart, SourceSpan DateSpan)
    {
        /// <summary>The inline date's month and day, read with the dateline, or null where it has none.</summary>
        public (int Month, int Day)? MonthAndDay { get; init; }
    }

    public static Match? Read(string text, int start, int end, List<Finding> findings)
    {
        var cursor = new Cursor(text, start, System.Math.Min(end, start + MaxLength));
        if (ReadHead(cursor) is not { } head || ReadDash(cursor, head) is not { } dash || !ReadsAsDateline(head, dash))
        {
            return null;
        }

        var span = SourceSpan.FromBounds(start, dash.End);
        int bodyStart = Text.SkipSpace(text, dash.End, end);
        string? problem = Problem(cursor, head, dash, end);
        var spec = new DatelineSpec(
            head.Place.ToUpperInvariant(),
            head.Region,
            head.Date,
            head.Agency,
            Text.Collapse(text, start, dash.End),
            Malformed: problem is not null);
        if (problem is not null)
        {
            var parts = new DatelineParts(
                SourceSpan.FromBounds(start, head.PlaceEnd),
                head.Agency is null ? new SourceSpan(head.End, 0) : head.AgencySpan,
                head.Agency is not null && head.AgencyClosed,
                head.End,
                dash.First,
                dash.Second,
                bodyStart,
                BodyFollows: bodyStart < end);
            findings.Add(new Finding(DiagnosticIds.MalformedDateline, span, spec.Text, problem) { Dateline = parts });
        }

        return new Match(spec, span, bodyStart, head.DateSpan) { MonthAndDay = head.MonthAndDay };
    }

    /// <summary>The text being read, where the dateline may be, and how far it has been read.</summary>
    private sealed class Cursor(string text, int start, int limit)
    {
        public string Text { get; } = text;

        public int Start { get; } = start;

        public int Limit { get; } = limit;

        public int At { get; set; } = start;
    }

    /// <summary>What stands before the dash: <c>PLACE[, Region][, Date] [(Agency)]</c>.</summary>
    private sealed class Head
    {
        public string Place { get; set; } = string.Empty;

        public int PlaceEnd { get; set; }

        public string? Region { get; set; }

        public string? Date { get; set; }

        public (int Month, int Day)? MonthAndDay { get; set; }

        public SourceSpan DateSpan { get; set; }

        public string? Agency { get; set; }

        public SourceSpan AgencySpan { get; set; }

        public bool AgencyClosed { get; set; }

        /// <summary>Where the head ends: after the <c>)</c>, the agency's name or the last segment.</summary>
        public int End { get; set; }
    }

    /// <param name="First">The dash, or an empty span at the head's end where it is missing.</param>
    /// <param name="Second">A second dash right after the first, or an empty span.</param>
    /// <param name="End">Where the dateline ends: after the last dash, or at the head's end.</param>
    private sealed record Dash(SourceSpan First, SourceSpan Second, int End)
    {
        public bool Missing => First.Length == 0;
    }

    /// <returns>The place, its segments and its agency, or null where the lede cannot open with a dateline.</returns>
    private static Head? ReadHead(Cursor cursor)
    {
        var head = new Head();
        head.PlaceEnd = cursor.At = ReadWords(cursor.Text, cursor.Start, cursor.Limit, maxWords: 5);
        head.Place = Text.Collapse(cursor.Text, cursor.Start, head.PlaceEnd);
        if (!ReadSegments(cursor, head) || !ReadAgency(cursor, head) || (head.Place.Length == 0 && head.Agency is null))
        {
            return null;
        }

        // A place not in capitals is only a dateline where a date or an agency vouches for it.
        if (head.Place.Length > 0 && !Text.IsUpperCase(head.Place) && (!IsCapitalizedWords(head.Place) || (head.Date is null && head.Agency is null)))
        {
            return null;
        }

        head.End = cursor.At;
        return head;
    }

    /// <summary>Reads the <c>, Region</c> and <c>, Date</c> segments after the place.</summary>
    /// <returns>False where a segment is neither.</returns>
    private static bool ReadSegments(Cursor cursor, Head head)
    {
        string text = cursor.Text;
        for (int segment = 0; segment < 2; segment++)
        {
            int comma = SkipInlineSpace(text, cursor.At, cursor.Limit);
            if (comma >= cursor.Limit || text[comma] != ',')
            {
                return true;
            }

            int segmentStart = Text.SkipSpace(text, comma + 1, cursor.Limit);
            int segmentEnd = ReadWords(text, segmentStart, cursor.Limit, maxWords: 3);
            string value = Text.Collapse(text, segmentStart, segmentEnd);
            if (MonthAndDay(value) is { } date)
            {
                head.Date = value;
                head.MonthAndDay = date;
                head.DateSpan = SourceSpan.FromBounds(segmentStart, segmentEnd);
            }
            else if (head.Region is null && head.Date is null && IsCapitalizedWords(value))
            {
                head.Region = value;
            }
            else
            {
                return false;
            }

            cursor.At = segmentEnd;
        }

        return true;
    }

    /// <summary>Reads <c>(Agency)</c>, possibly left unclosed, where a parenthesis follows.</summary>
    /// <returns>False where the parenthesis holds no agency's name (<c>Refresh (900 sec)</c>).</returns>
    private static bool ReadAgency(Cursor cursor, Head head)
    {
        string text = cursor.Text;
        int paren = Text.SkipSpace(text, cursor.At, cursor.Limit);
        if (paren >= cursor.Limit || text[paren] != '(')
        {
            return true;
        }

        int nameStart = paren + 1;
        int nameEnd = ReadWords(text, nameStart, cursor.Limit, maxWords: 2);
        if (nameEnd == nameStart || !char.IsLetter(text[nameStart]))
        {
            return false; // an agency's name starts with a letter
        }

        head.Agency = Text.Collapse(text, nameStart, nameEnd);
        head.AgencySpan = SourceSpan.FromBounds(nameStart, nameEnd);
        head.AgencyClosed = nameEnd < cursor.Limit && text[nameEnd] == ')';
        cursor.At = head.AgencyClosed ? nameEnd + 1 : nameEnd;
        return true;
    }

    /// <summary>Reads the dash after the head, and a second one right after it.</summary>
    /// <returns>The dashes, or null where there is neither a dash nor a closed agency: an ordinary sentence.</returns>
    private static Dash? ReadDash(Cursor cursor, Head head)
    {
        string text = cursor.Text;
        int dash = SkipInlineSpace(text, head.End, cursor.Limit);
        int dashEnd = DashEnd(text, dash, cursor.Limit);
        if (dashEnd < 0)
        {
            return head.Agency is null || !head.AgencyClosed ? null : new Dash(new SourceSpan(head.End, 0), new SourceSpan(head.End, 0), head.End);
        }

        int second = SkipInlineSpace(text, dashEnd, cursor.Limit);
        int secondEnd = DashEnd(text, second, cursor.Limit);
        return secondEnd > 0
            ? new Dash(SourceSpan.FromBounds(dash, dashEnd), SourceSpan.FromBounds(second, secondEnd), secondEnd)
            : new Dash(SourceSpan.FromBounds(dash, dashEnd), new SourceSpan(head.End, 0), dashEnd);
    }

    /// <summary>
    /// A lede reads as a dateline on the evidence of one: the place in capitals, a news agency's name in the
    /// parenthesis, or a dash after it. A name and a parenthesis alone (<c>Kathrin Göbel (Twitter) ist</c>) are not.
    /// </summary>
    private static bool ReadsAsDateline(Head head, Dash dash) =>
        !dash.Missing || (head.Place.Length > 0 && Text.IsUpperCase(head.Place)) || NewsAgencies.IsKnown(head.Agency);


    /// <returns>The first slip of wire style the dateline has, or null where it has none.</returns>
    private static string? Problem(Cursor cursor, Head head, Dash dash, int end)
    {
        string text = cursor.Text;
        if (head.Agency is not null && !head.AgencyClosed)
        {
            return $"the agency parenthesis '({head.Agency}' is not closed";
        }

        if (head.Place.Length > 0 && !Text.IsUpperCase(head.Place))
        {
            return $"the place '{head.Place}' is not in capitals";
        }

        if (dash.Missing)
        {
            return "the dash after the agency is missing";
        }

        if (dash.Second.Length > 0)
        {
            // "(AP) - — The": one dash too many, as an editing slip leaves it; both belong to the dateline.
            return $"it has two dashes, '{Cut(text, dash.First)}' and '{Cut(text, dash.Second)}'";
        }

        if (dash.First.Start == head.End && head.End > cursor.Start)
        {
            return "a space is missing before the dash";
        }

        return dash.End < end && !Text.IsSpace(text[dash.End]) ? "a space is missing after the dash" : null;
    }

    private static string Cut(string text, SourceSpan span) => text.Substring(span.Start, span.Length);

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

    /// <returns>The month and day of a dateline date (<c>March 3</c>, <c>Feb 26</c>, <c>Sept. 8</c>), or null where the value is no such date.</returns>
    private static (int Month, int Day)? MonthAndDay(string value)
    {
        int space = value.IndexOf(' ');
        int month = space < 0 ? 0 : Months.Parse(value.Substring(0, space));
        if (month == 0)
        {
            return null;
        }

        // ASCII digits only: char.IsDigit also takes other scripts' digits, which int.Parse refuses.
        int day = 0;
        for (int i = space + 1; i < value.Length; i++)
        {
            char c = value[i];
            if (c < '0' || c > '9' || i - space > 2)
            {
                return null;
            }

            day = (day * 10) + (c - '0');
        }

        return day is > 0 and <= 31 ? (month, day) : null;
    }

    private static bool IsCapitalizedWords(string value)
    {
        // Every word opens with a capital, and none is empty: no space leads, trails or follows another.
        for (int i = 0; i < value.Length; i++)
        {
            if ((i == 0 || value[i - 1] == ' ') && !char.IsUpper(value[i]))
            {
                return false;
            }
        }

        return value.Length > 0 && value[value.Length - 1] != ' ';
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
