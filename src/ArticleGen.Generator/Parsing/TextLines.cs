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
    public static List<Line> Split(string text)
    {
        var lines = new List<Line>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !Text.IsLineBreak(text[i]))
            {
                continue;
            }

            lines.Add(Describe(text, start, i));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
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
