using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes.Edits;

/// <summary>
/// Removes layout markers (ART005) from article text. A marker that has its line (or two lines, when wrapped) to itself
/// takes the line with it, and the blank line that would be left doubled; a marker inside a line takes only the
/// spaces beside it. Nothing else is touched.
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

        return merged.Select(r => new TextChange(DropDoubledBlankLine(text, r), string.Empty)).ToList();
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

        int end = marker.End;
        while (end < last.End && IsSpace(text[end]))
        {
            end++;
        }

        return TextSpan.FromBounds(marker.Start, end);
    }

    /// <summary>
    /// When whole lines go and a blank line stands on each side of them, one blank line is taken too: the marker
    /// separated two paragraphs, and they stay separated by one blank line, not two.
    /// </summary>
    private static TextSpan DropDoubledBlankLine(SourceText text, TextSpan range)
    {
        TextLine first = text.Lines.GetLineFromPosition(range.Start);
        bool wholeLines = range.Start == first.Start && (range.End == text.Length || text.Lines.GetLineFromPosition(range.End).Start == range.End);
        if (!wholeLines || range.End >= text.Length)
        {
            return range;
        }

        TextLine after = text.Lines.GetLineFromPosition(range.End);
        bool blankAfter = IsBlank(text, after.Start, after.End);
        bool blankBefore = first.LineNumber == 0 || IsBlank(text, text.Lines[first.LineNumber - 1].Start, text.Lines[first.LineNumber - 1].End);
        return blankBefore && blankAfter ? TextSpan.FromBounds(range.Start, after.EndIncludingLineBreak) : range;
    }

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
