using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The layout markers cut out of the file's text, and the way back from an offset in the text without them to one in
/// the file. The parser reads the page as if the markers had never been there, so that deleting them cannot change
/// what it reads; what it finds is reported at the file's own offsets.
/// </summary>
internal sealed class RemovedSpans
{
    private readonly List<SourceSpan> _spans;

    /// <summary>For each removed span, how many characters were removed before it and with it.</summary>
    private readonly int[] _removedThrough;

    /// <param name="spans">In order of position, not overlapping.</param>
    public RemovedSpans(List<SourceSpan> spans)
    {
        _spans = spans;
        _removedThrough = new int[spans.Count];
        int total = 0;
        for (int i = 0; i < spans.Count; i++)
        {
            total += spans[i].Length;
            _removedThrough[i] = total;
        }
    }

    public bool IsEmpty => _spans.Count == 0;

    /// <returns>The text without the spans, made in the parse's <paramref name="buffer"/>.</returns>
    public string Apply(string text, CharBuffer buffer)
    {
        if (_spans.Count == 0)
        {
            return text;
        }

        char[] chars = buffer.AtLeast(text.Length);
        text.CopyTo(0, chars, 0, text.Length);
        return Apply(chars, text.Length);
    }

    /// <returns>The text of the first <paramref name="textLength"/> characters of <paramref name="chars"/> without the spans; the array is overwritten.</returns>
    public string Apply(char[] chars, int textLength)
    {
        int length = 0, from = 0;
        foreach (SourceSpan span in _spans)
        {
            Array.Copy(chars, from, chars, length, span.Start - from);
            length += span.Start - from;
            from = span.End;
        }

        Array.Copy(chars, from, chars, length, textLength - from);
        length += textLength - from;
        return new string(chars, 0, length);
    }

    /// <summary>
    /// The spans removed from the file when <paramref name="next"/> is removed from the text these leave: one map
    /// straight back to the file, however many times the page was read again.
    /// </summary>
    public RemovedSpans Then(RemovedSpans next)
    {
        if (next.IsEmpty)
        {
            return this;
        }

        List<SourceSpan> mapped = next._spans.ConvertAll(ToFile);
        var spans = new List<SourceSpan>(_spans.Count + mapped.Count);
        int a = 0, b = 0;
        while (a < _spans.Count || b < mapped.Count)
        {
            SourceSpan span = b == mapped.Count || (a < _spans.Count && _spans[a].Start <= mapped[b].Start) ? _spans[a++] : mapped[b++];
            int last = spans.Count - 1;
            if (last >= 0 && span.Start < spans[last].End)
            {
                spans[last] = SourceSpan.FromBounds(spans[last].Start, System.Math.Max(spans[last].End, span.End)); // a marker inside the chrome
            }
            else
            {
                spans.Add(span);
            }
        }

        return new RemovedSpans(spans);
    }

    /// <summary>The span in the file of a span in the text without the removed spans.</summary>
    public SourceSpan ToFile(SourceSpan span)
    {
        if (_spans.Count == 0)
        {
            return span;
        }

        // A start where a span was removed comes after it; an end there comes before it.
        int start = span.Start + RemovedBefore(span.Start, atOrBefore: true);
        int end = span.Length == 0 ? start : span.End + RemovedBefore(span.End, atOrBefore: false);
        return SourceSpan.FromBounds(start, end);
    }

    /// <summary>Characters removed before the clean offset: the spans that sit before it, or also at it.</summary>
    private int RemovedBefore(int cleanOffset, bool atOrBefore)
    {
        // A removed span sits at clean offset (its file start minus what was removed before it).
        int low = 0, high = _spans.Count - 1, count = 0;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            int removedBefore = mid == 0 ? 0 : _removedThrough[mid - 1];
            int sitsAt = _spans[mid].Start - removedBefore;
            if (sitsAt < cleanOffset || (atOrBefore && sitsAt == cleanOffset))
            {
                count = mid + 1;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return count == 0 ? 0 : _removedThrough[count - 1];
    }
}
