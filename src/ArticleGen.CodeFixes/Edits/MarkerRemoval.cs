using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes.Edits;

/// <summary>
/// Removes layout markers (ART005) from article text. A marker that has its line (or two lines, when wrapped) to itself
/// takes the line with it (keeping the paragraph break the line made); a marker inside a line takes only the spaces
/// beside it. Nothing else is touched.
/// </summary>
internal static class MarkerRemoval
{
    /// <summary>The changes that remove the given markers; overlapping or adjacent removals are merged.</summary>
    public static IReadOnlyList<TextChange> Remove(SourceText text, IEnumerable<TextSpan> markers)
    {
        var ranges = markers
            .Where(m => m.Length > 0 && m.End <= text.Length)
            .Select(m => Expand(text, m))
            .OrderBy(r => r.Start)
            .ToList();

        var merged = new List<TextSpan>();
        foreach (TextSpan range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[merged.Count - 1].End)
            {
                TextSpan last = merged[merged.Count - 1];
                merged[merged.Count - 1] = TextSpan.FromBounds(last.Start, System.Math.Max(last.End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged.Select(r => new TextChange(KeepParagraphBreaks(text, r), string.Empty)).ToList();
    }

    /// <summary>Applies <see cref="Remove"/> and gives the new text.</summary>
    public static SourceText RemoveAll(SourceText text, IEnumerable<TextSpan> markers) => text.WithChanges(Remove(text, markers));

    /// <summary>The marker plus what it leaves behind: its whole lines, or the spaces beside it inside a line.</summary>
    private static TextSpan Expand(SourceText text, TextSpan marker)
    {
        // A span that takes its own line break along would otherwise make the next line look like the marker's.
        while (marker.Length > 0 && text[marker.End - 1] is '\n' or '\r')
        {
            marker = new TextSpan(marker.Start, marker.Length - 1);
        }

        TextLine first = text.Lines.GetLineFromPosition(marker.Start);
        TextLine last = text.Lines.GetLineFromPosition(marker.End);
        bool aloneBefore = IsBlank(text, first.Start, marker.Start);
        bool aloneAfter = IsBlank(text, marker.End, last.End);
        if (aloneBefore && aloneAfter)
        {
            return TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak);
        }

        if (aloneAfter)
        {
            // At the end of a line: take the spaces before it, so no trailing whitespace is left.
            int start = marker.Start;
            while (start > first.Start && IsSpace(text[start - 1]))
            {
                start--;
            }

            return TextSpan.FromBounds(start, marker.End);
        }

        // Inside a line: take the spaces after it only where spaces (or the line start) stand before it too, so that
        // "end.[to top of second column] Next" does not become "end.Next".
        if (marker.Start > first.Start && !IsSpace(text[marker.Start - 1]))
        {
            return marker;
        }

        int end = marker.End;
        while (end < last.End && IsSpace(text[end]))
        {
            end++;
        }

        return TextSpan.FromBounds(marker.Start, end);
    }

    /// <summary>
    /// Whole marker lines go, but the paragraph breaks they made stay: a blank line is what separates paragraphs, and
    /// a marker line between two paragraphs (ldn2001 layout) is their only separator, so one empty line is kept there.
    /// Where a blank line stands on each side, one of them goes too, so the paragraphs are not left two lines apart.
    /// </summary>
    private static TextSpan KeepParagraphBreaks(SourceText text, TextSpan range)
    {
        TextLine first = text.Lines.GetLineFromPosition(range.Start);
        bool wholeLines = range.Start == first.Start && (range.End == text.Length || text.Lines.GetLineFromPosition(range.End).Start == range.End);
        if (!wholeLines)
        {
            return range;
        }

        bool atStart = first.LineNumber == 0;
        bool atEnd = range.End >= text.Length;
        bool blankBefore = atStart || IsBlankLine(text, text.Lines[first.LineNumber - 1]);
        TextLine? after = atEnd ? null : text.Lines.GetLineFromPosition(range.End);
        bool blankAfter = after is null || IsBlankLine(text, after.Value);

        if (!blankBefore && !blankAfter)
        {
            // Leave the last removed line's own line break: an empty line between the two paragraphs.
            TextLine last = text.Lines.GetLineFromPosition(range.End - 1);
            return TextSpan.FromBounds(range.Start, last.End);
        }

        return blankBefore && after is { } next && IsBlankLine(text, next) ? TextSpan.FromBounds(range.Start, next.EndIncludingLineBreak) : range;
    }

    private static bool IsBlankLine(SourceText text, TextLine line) => IsBlank(text, line.Start, line.End);

    private static bool IsBlank(SourceText text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0';
}
