using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A text with runs of whole lines cut out or blanked (their characters become spaces), and its lines, made from the
/// lines the text had: a page read again without its chrome keeps all its other lines, only shifted, and splitting the
/// whole text again to find them cost as much as a reading of its blocks.
/// </summary>
/// <remarks>
/// Each run spans the content of lines, from the first's content start to the last's content end (what
/// <see cref="PageMap"/> settles on). What is left of those lines, their indent and their trailing space, is one
/// blank line. Where a run is not such a span, or a cut would join a lone CR and an LF into one line break, the text
/// is split again, as before.
/// </remarks>
internal static class WholeLineEdits
{
    private readonly record struct Edit(int FirstLine, int LastLine, SourceSpan Span, bool Cut);

    /// <param name="cut">Runs to cut out, in order of position.</param>
    /// <param name="blanked">Runs to blank, in any order; none overlaps another or a cut one.</param>
    /// <param name="buffer">The parse's buffer, where the text is made.</param>
    public static (string Text, List<Line> Lines) Apply(string text, List<Line> lines, List<SourceSpan> cut, List<SourceSpan> blanked, CharBuffer buffer)
    {
        List<Edit>? edits = EditsOf(text, lines, cut, blanked);
        if (edits is null)
        {
            string edited = EditedAsEver(text, cut, blanked, buffer);
            return (edited, TextLines.Split(edited, lines.Count));
        }

        return (Edited(text, edits, buffer), LinesAfter(lines, edits));
    }

    /// <summary>The text with the runs blanked, then cut, whatever they span.</summary>
    private static string EditedAsEver(string text, List<SourceSpan> cut, List<SourceSpan> blanked, CharBuffer buffer)
    {
        char[] chars = buffer.AtLeast(text.Length);
        text.CopyTo(0, chars, 0, text.Length);
        foreach (SourceSpan span in blanked)
        {
            for (int i = span.Start; i < span.End; i++)
            {
                chars[i] = ' ';
            }
        }

        return new RemovedSpans(cut).Apply(chars, text.Length);
    }

    /// <summary>The runs as edits of whole lines, in order; null where one is not, or where the lines cannot be carried over.</summary>
    private static List<Edit>? EditsOf(string text, List<Line> lines, List<SourceSpan> cut, List<SourceSpan> blanked)
    {
        var edits = new List<Edit>(cut.Count + blanked.Count);
        foreach (Edit edit in AllEdits(cut, blanked))
        {
            if (edit.Span.Length == 0 || (edits.Count > 0 && edits[edits.Count - 1].Span == edit.Span && !edit.Cut && !edits[edits.Count - 1].Cut))
            {
                continue; // a blank line's content, or a line blanked twice (a header line that holds two fields): nothing changes
            }

            int first = TextLines.IndexAt(lines, edit.Span.Start), last = TextLines.IndexAt(lines, edit.Span.End);
            bool wholeLines = lines[first].ContentStart == edit.Span.Start && lines[last].ContentEnd == edit.Span.End;
            bool apart = edits.Count == 0 || edits[edits.Count - 1].LastLine < first;
            if (!wholeLines || !apart || (edit.Cut && JoinsLineBreaks(text, lines[first], lines[last])))
            {
                return null;
            }

            edits.Add(edit with { FirstLine = first, LastLine = last });
        }

        return edits;
    }

    /// <summary>The cut and blanked runs together, in order of position.</summary>
    private static List<Edit> AllEdits(List<SourceSpan> cut, List<SourceSpan> blanked)
    {
        var edits = new List<Edit>(cut.Count + blanked.Count);
        edits.AddRange(cut.ConvertAll(span => new Edit(0, 0, span, Cut: true)));
        edits.AddRange(blanked.ConvertAll(span => new Edit(0, 0, span, Cut: false)));
        edits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return edits;
    }

    /// <summary>Cutting the lines leaves nothing between a lone CR before them and an LF after them: one line break, not two.</summary>
    private static bool JoinsLineBreaks(string text, Line first, Line last) =>
        first.Start == first.ContentStart && last.ContentEnd == last.End
        && first.Start > 0 && text[first.Start - 1] == '\r' && last.End < text.Length && text[last.End] == '\n';

    /// <summary>The text with the edits made: one copy of what is kept.</summary>
    private static string Edited(string text, List<Edit> edits, CharBuffer buffer)
    {
        int removed = 0;
        foreach (Edit edit in edits)
        {
            removed += edit.Cut ? edit.Span.Length : 0;
        }

        char[] chars = buffer.AtLeast(text.Length - removed);
        int from = 0, to = 0;
        foreach (Edit edit in edits)
        {
            text.CopyTo(from, chars, to, edit.Span.Start - from);
            to += edit.Span.Start - from;
            if (!edit.Cut)
            {
                for (int end = to + edit.Span.Length; to < end; to++)
                {
                    chars[to] = ' ';
                }
            }

            from = edit.Span.End;
        }

        text.CopyTo(from, chars, to, text.Length - from);
        return new string(chars, 0, text.Length - removed);
    }

    /// <summary>The lines of the edited text: the others shifted by what was cut before them, each run of edited lines one blank line.</summary>
    private static List<Line> LinesAfter(List<Line> lines, List<Edit> edits)
    {
        var after = new List<Line>(lines.Count);
        int shift = 0, e = 0;
        for (int n = 0; n < lines.Count; n++)
        {
            Line line = lines[n];
            if (e == edits.Count || n < edits[e].FirstLine)
            {
                after.Add(new Line(line.Start - shift, line.End - shift, line.ContentStart - shift, line.ContentEnd - shift));
                continue;
            }

            Edit edit = edits[e++];
            int start = lines[edit.FirstLine].Start - shift;
            shift += edit.Cut ? edit.Span.Length : 0;
            int end = lines[edit.LastLine].End - shift;
            after.Add(new Line(start, end, end, end));
            n = edit.LastLine;
        }

        return after;
    }
}
