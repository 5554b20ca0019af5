using System;
using System.Collections.Generic;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Showing;

/// <summary>What the parser made of a line of the file.</summary>
internal enum LineKind : byte
{
    /// <summary>Blank, or text the parser neither read nor reported.</summary>
    Other,

    Headline,

    /// <summary>The byline or the publication date.</summary>
    Byline,

    /// <summary>A paragraph of the article, the lede's dateline included.</summary>
    Article,

    /// <summary>Page chrome (ART005): left out of every field.</summary>
    Chrome,

    /// <summary>Text outside the chosen article (ART012): left out of the fields, never removed by a fix.</summary>
    SetAside,

    /// <summary>A photo caption, the credits or the copyright notice.</summary>
    Furniture,

    Blank,
}

/// <summary>
/// A picture of the file, one <see cref="LineKind"/> per line, made from the spans the parser read each field from and
/// the spans of its chrome (ART005) and set-aside (ART012) findings. It reads nothing of the text but where its lines
/// begin and end.
/// </summary>
internal static class LinePicture
{
    public const string ChromeId = "ART005";

    public const string SetAsideId = "ART012";

    /// <summary>Where one line could be two things, the first in this order wins.</summary>
    public static LineKind[] Of(SourceText text, FieldSpans spans, IEnumerable<Finding> findings)
    {
        int count = text.Lines.Count;
        var kinds = new LineKind[count];
        var chromeWhole = new LineKind[count];
        var chromeTouch = new LineKind[count];
        foreach (Finding finding in findings)
        {
            LineKind kind = finding.Id switch { ChromeId => LineKind.Chrome, SetAsideId => LineKind.SetAside, _ => LineKind.Other };
            if (kind == LineKind.Other || finding.Span.Length == 0 || finding.Span.End > text.Length)
            {
                continue;
            }

            foreach (int n in Lines(text, finding.Span))
            {
                chromeTouch[n] = chromeTouch[n] == LineKind.SetAside ? LineKind.SetAside : kind;
                if (Covers(text, finding.Span, n))
                {
                    chromeWhole[n] = chromeWhole[n] == LineKind.SetAside ? LineKind.SetAside : kind;
                }
            }
        }

        // Fields first, the weaker ones first so that the stronger overwrite them.
        Mark(kinds, text, spans.Furniture, LineKind.Furniture);
        Mark(kinds, text, spans.Photos, LineKind.Furniture);
        Mark(kinds, text, Maybe(spans.Credits), LineKind.Furniture);
        Mark(kinds, text, Maybe(spans.Copyright), LineKind.Furniture);
        Mark(kinds, text, spans.Paragraphs, LineKind.Article);
        Mark(kinds, text, Maybe(spans.Dateline), LineKind.Article);
        for (int n = 0; n < count; n++)
        {
            // A line chrome covers whole is chrome even inside a paragraph's span (a marker cut from its middle).
            if (chromeWhole[n] != LineKind.Other)
            {
                kinds[n] = chromeWhole[n];
            }
        }

        Mark(kinds, text, Maybe(spans.Byline), LineKind.Byline);
        Mark(kinds, text, Maybe(spans.Published), LineKind.Byline);
        Mark(kinds, text, spans.Headline, LineKind.Headline);
        for (int n = 0; n < count; n++)
        {
            if (kinds[n] == LineKind.Other)
            {
                TextLine line = text.Lines[n];
                bool blank = string.IsNullOrWhiteSpace(text.ToString(line.Span));
                kinds[n] = chromeTouch[n] != LineKind.Other ? chromeTouch[n] : blank ? LineKind.Blank : LineKind.Other;
            }
        }

        return kinds;
    }

    /// <summary>The 0-based lines a span touches; an empty line's break counts, a span that ends at a line's start does not reach it.</summary>
    public static IEnumerable<int> Lines(SourceText text, SourceSpan span)
    {
        int first = text.Lines.GetLineFromPosition(Math.Min(span.Start, text.Length)).LineNumber;
        int last = text.Lines.GetLineFromPosition(Math.Min(Math.Max(span.Start, span.End - 1), text.Length)).LineNumber;
        for (int n = first; n <= last; n++)
        {
            yield return n;
        }
    }

    /// <summary>The span holds every non-space character of line <paramref name="n"/>.</summary>
    private static bool Covers(SourceText text, SourceSpan span, int n)
    {
        TextLine line = text.Lines[n];
        string content = text.ToString(line.Span);
        int start = line.Start + (content.Length - content.TrimStart().Length);
        int end = line.Start + content.TrimEnd().Length;
        return span.Start <= start && span.End >= end;
    }

    private static void Mark(LineKind[] kinds, SourceText text, IEnumerable<SourceSpan> spans, LineKind kind)
    {
        foreach (SourceSpan span in spans)
        {
            if (span.End <= text.Length)
            {
                foreach (int n in Lines(text, span))
                {
                    kinds[n] = kind;
                }
            }
        }
    }

    private static IEnumerable<SourceSpan> Maybe(SourceSpan? span) => span is { } s ? [s] : [];
}
