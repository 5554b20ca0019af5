using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>One line of the text: [Start, End) without its line break, and where its content begins and ends.</summary>
internal readonly record struct Line(int Start, int End, int ContentStart, int ContentEnd)
{
    public bool IsBlank => ContentStart == ContentEnd;

    public int ContentLength => ContentEnd - ContentStart;
}

/// <summary>Splits text into lines at LF, CRLF and lone CR, the three endings scraped files come with.</summary>
internal static class TextLines
{
    /// <param name="atMost">
    /// How many lines the text can have at most, where the caller knows (a text made from another by cutting or
    /// blanking parts of it has no more lines than it): the list is made that big once. 0 where it is not known.
    /// </param>
    public static List<Line> Split(string text, int atMost = 0)
    {
        // Where the count is not known: a scraped page has a line per 33 characters (the median of the wild corpus, blank
        // lines counted), and a quarter of them one per 25 or fewer: a list made for one per 24 is grown and copied
        // for few pages.
        var lines = new List<Line>(atMost > 0 ? atMost : (text.Length / 24) + 4);
        int start = 0;
        bool anyCarriageReturn = text.IndexOf('\r') >= 0; // most files break lines with LF alone: one character is searched for faster than two
        while (true)
        {
            int end = anyCarriageReturn ? text.IndexOfAny(Text.LineBreaks, start) : text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(Describe(text, start, text.Length));
                return lines;
            }

            lines.Add(Describe(text, start, end));
            start = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }
    }

    /// <summary>The index of the line that holds <paramref name="offset"/>; a line break belongs to the line it ends.</summary>
    public static int IndexAt(List<Line> lines, int offset)
    {
        int low = 0, high = lines.Count - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (lines[middle].Start <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private static Line Describe(string text, int start, int end)
    {
        int contentStart = start;
        while (contentStart < end && Text.IsSpace(text[contentStart]))
        {
            contentStart++;
        }

        int contentEnd = Text.TrimEnd(text, contentStart, end);
        return new Line(start, end, contentStart, contentEnd);
    }
}
