using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Finds the layout markers a scrape of a print-era page leaves behind (ART005): <c>Send a link to a friend</c>,
/// <c>[to top of second column]</c> (also wrapped over two lines), table pipes. The <see cref="PageMap"/> masks them.
/// </summary>
internal static class LayoutMarkers
{
    /// <summary>What opens an inline marker (<see cref="ChromePhrases.InlineMarkers"/>).</summary>
    private static readonly char[] Openers = { '[', '(' };

    private const string Pipe = "|";

    /// <returns>The markers on the page, in order of position.</returns>
    public static List<ChromeBlock> Find(string text, List<Line> lines)
    {
        var markers = new List<SourceSpan>();
        int coveredUntil = 0;
        for (int n = 0; n < lines.Count; n++)
        {
            Line line = lines[n];
            if (line.IsBlank)
            {
                continue;
            }

            int start = Math.Max(line.ContentStart, coveredUntil);
            int firstOnLine = markers.Count;
            FindInline(text, lines, n, start, markers, ref coveredUntil);
            if (coveredUntil > line.End)
            {
                continue; // the rest of this line belongs to a marker wrapped onto the next line
            }

            FindPipesAndPhrases(text, Text.SkipSpace(text, start, line.ContentEnd), line.ContentEnd, markers, firstOnLine);
        }

        markers.Sort((a, b) => a.Start.CompareTo(b.Start));
        var blocks = new List<ChromeBlock>(markers.Count);
        foreach (SourceSpan marker in markers)
        {
            string subject = marker.Length == 1 ? Pipe : Text.Collapse(text, marker.Start, marker.End);
            blocks.Add(new ChromeBlock(marker, ChromeKind.LayoutMarker, subject));
        }

        return blocks;
    }

    private static void FindInline(string text, List<Line> lines, int n, int from, List<SourceSpan> markers, ref int coveredUntil)
    {
        Line line = lines[n];
        for (int i = from; i < line.ContentEnd; i++)
        {
            i = text.IndexOfAny(Openers, i, line.ContentEnd - i);
            if (i < 0)
            {
                return;
            }

            char open = text[i];
            if (!StartsWithAny(text, i, ChromePhrases.InlineMarkers))
            {
                continue;
            }

            char close = open == '[' ? ']' : ')';
            int end = IndexOf(text, close, i, line.ContentEnd);
            if (end < 0 && n + 1 < lines.Count && !lines[n + 1].IsBlank)
            {
                // "[to top of second column in this" + newline + "article]": one marker over two lines. The second
                // line must hold only the marker's last words, or it is the page's own text.
                Line next = lines[n + 1];
                int closeOnNext = IndexOf(text, close, next.ContentStart, Math.Min(next.ContentEnd, next.ContentStart + 40));
                if (closeOnNext >= 0 && IsWords(text, next.ContentStart, closeOnNext))
                {
                    end = closeOnNext;
                }
            }

            int markerEnd = end >= 0 ? end + 1 : line.ContentEnd;
            if (InsideWord(text, i, markerEnd))
            {
                continue; // "tot[to top of ...]al" is garbled text, not chrome that can be lifted out
            }

            markers.Add(SourceSpan.FromBounds(i, markerEnd));
            coveredUntil = markerEnd;
            if (markerEnd > line.End)
            {
                return;
            }

            i = markerEnd - 1;
        }
    }

    private static void FindPipesAndPhrases(string text, int start, int end, List<SourceSpan> markers, int firstOnLine)
    {
        // Work on what is left of the line once the inline markers found on it are set aside, at either end.
        for (int m = firstOnLine; m < markers.Count; m++)
        {
            if (markers[m].Start <= start && markers[m].End > start)
            {
                start = Text.SkipSpace(text, markers[m].End, end);
            }
        }

        for (int m = markers.Count - 1; m >= firstOnLine; m--)
        {
            if (markers[m].Start >= start && markers[m].End >= end)
            {
                end = Text.TrimEnd(text, start, markers[m].Start);
            }
        }

        // Table pipes: "| " opening a line, " |" closing it, or a pipe alone.
        while (start < end && text[start] == '|' && (start + 1 == end || Text.IsSpace(text[start + 1])))
        {
            markers.Add(new SourceSpan(start, 1));
            start = Text.SkipSpace(text, start + 1, end);
        }

        while (end - 1 > start && text[end - 1] == '|' && Text.IsSpace(text[end - 2]))
        {
            markers.Add(new SourceSpan(end - 1, 1));
            end = Text.TrimEnd(text, start, end - 1);
        }

        foreach (string phrase in ChromePhrases.MarkerLines)
        {
            if (end - start == phrase.Length && Text.StartsWithIgnoreCase(text, start, phrase))
            {
                markers.Add(SourceSpan.FromBounds(start, end));
                return;
            }
        }
    }

    private static bool IsWords(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]) && !Text.IsInlineSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InsideWord(string text, int start, int end) =>
        start > 0 && char.IsLetterOrDigit(text[start - 1]) && end < text.Length && char.IsLetterOrDigit(text[end]);

    private static bool StartsWithAny(string text, int index, string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (Text.StartsWithIgnoreCase(text, index, prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(string text, char value, int start, int end)
    {
        return start < end ? text.IndexOf(value, start, end - start) : -1;
    }
}
