using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.CodeFixes.Edits;

/// <summary>
/// Removes layout markers (ART005) from article text. A marker that has its lines to itself takes them with it (keeping
/// the paragraph break they made); a marker inside a line takes only the spaces beside it. Nothing else is touched.
/// Lines and spaces are the parser's (<see cref="TextLines"/>, <see cref="Text.IsSpace"/>), so a line the parser
/// reads as blank is blank here too.
/// </summary>
internal static class MarkerRemoval
{
    /// <param name="text">The article text the findings were made on.</param>
    /// <param name="markers">ART005 findings of <see cref="ArticleText.Parse"/> on <paramref name="text"/>; other findings are ignored.</param>
    /// <returns>The changes that remove the markers, in order; overlapping or adjacent removals are merged.</returns>
    public static IReadOnlyList<TextChange> Changes(SourceText text, IEnumerable<Finding> markers) =>
        Removal(text, markers.Where(m => m.Id == DiagnosticIds.LeftoverLayoutMarker));

    /// <summary>
    /// Removes runs of text set aside (ART012) as markers are removed. Asked for only by the user: on one diagnostic in
    /// the IDE, or by <c>articlegen fix --only ART012</c>; no fix of the whole file deletes text set aside.
    /// </summary>
    public static IReadOnlyList<TextChange> SetAsideChanges(SourceText text, IEnumerable<Finding> setAside) =>
        Removal(text, setAside.Where(f => f.Id == DiagnosticIds.TextSetAside));

    private static IReadOnlyList<TextChange> Removal(SourceText text, IEnumerable<Finding> spans)
    {
        var page = new Page(text.ToString());
        var ranges = spans
            .Where(m => m.Span.Length > 0 && m.Span.End <= page.Text.Length)
            .Select(m => page.Expand(m.Span.Start, m.Span.End))
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

        return merged.Select(r => new TextChange(page.KeepParagraphBreaks(r), string.Empty)).ToList();
    }

    /// <summary>What removing one marker does: <c>Remove layout marker '[to top of second column]'</c>.</summary>
    public static string Title(SourceText text, Finding marker) =>
        "Remove layout marker '" + MessageArguments.OneLine(text.ToString(new TextSpan(marker.Span.Start, marker.Span.Length))) + "'";

    /// <summary>What removing every marker of the file does: <c>Remove all 4 layout markers in this file</c>.</summary>
    public static string TitleForAll(int count) =>
        "Remove all " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " layout markers in this file";

    /// <summary>The text with its lines as the parser splits them.</summary>
    private sealed class Page
    {
        private readonly List<Line> _lines;

        public Page(string text)
        {
            Text = text;
            _lines = TextLines.Split(text);
        }

        public string Text { get; }

        /// <summary>The marker plus what it leaves behind: its whole lines, or the spaces beside it inside a line.</summary>
        public TextSpan Expand(int start, int end)
        {
            // A span that takes its own line break along would otherwise make the next line look like the marker's.
            while (end > start && Generator.Parsing.Text.IsLineBreak(Text[end - 1]))
            {
                end--;
            }

            Line first = LineAt(start), last = LineAt(end);
            bool aloneBefore = first.ContentStart >= start;
            bool aloneAfter = last.ContentEnd <= end;
            if (aloneBefore && aloneAfter)
            {
                return TextSpan.FromBounds(first.Start, EndIncludingLineBreak(last));
            }

            if (aloneAfter)
            {
                // At the end of a line: take the spaces before it, so no trailing whitespace is left.
                while (start > first.Start && IsInlineSpace(Text[start - 1]))
                {
                    start--;
                }

                return TextSpan.FromBounds(start, end);
            }

            // Inside a line: take the spaces after it only where spaces (or the line start) stand before it too, so that
            // "end.[to top of second column] Next" does not become "end.Next".
            if (start > first.Start && !IsInlineSpace(Text[start - 1]))
            {
                return TextSpan.FromBounds(start, end);
            }

            while (end < last.End && IsInlineSpace(Text[end]))
            {
                end++;
            }

            return TextSpan.FromBounds(start, end);
        }

        /// <summary>
        /// Whole marker lines go, but the paragraph breaks they made stay: a blank line is what separates paragraphs, and
        /// a marker line between two paragraphs (ldn2001 layout) is their only separator, so one empty line is kept there.
        /// Where a blank line stands on each side, one of them goes too, so the paragraphs are not left two lines apart.
        /// </summary>
        public TextSpan KeepParagraphBreaks(TextSpan range)
        {
            int firstIndex = IndexAt(range.Start);
            bool wholeLines = range.Start == _lines[firstIndex].Start && (range.End == Text.Length || _lines[IndexAt(range.End)].Start == range.End);
            if (!wholeLines)
            {
                return range;
            }

            bool blankBefore = firstIndex == 0 || _lines[firstIndex - 1].IsBlank;
            Line? after = range.End >= Text.Length ? null : LineAt(range.End);
            bool blankAfter = after is null || after.Value.IsBlank;

            if (!blankBefore && !blankAfter)
            {
                // Leave the last removed line's own line break: an empty line between the two paragraphs.
                return TextSpan.FromBounds(range.Start, LineAt(range.End - 1).End);
            }

            return blankBefore && after is { IsBlank: true } next ? TextSpan.FromBounds(range.Start, EndIncludingLineBreak(next)) : range;
        }

        private static bool IsInlineSpace(char c) => Generator.Parsing.Text.IsInlineSpace(c);

        private Line LineAt(int position) => _lines[IndexAt(position)];

        private int IndexAt(int position) => TextLines.IndexAt(_lines, position);

        private int EndIncludingLineBreak(Line line)
        {
            int index = IndexAt(line.Start);
            return index + 1 < _lines.Count ? _lines[index + 1].Start : Text.Length;
        }
    }
}
