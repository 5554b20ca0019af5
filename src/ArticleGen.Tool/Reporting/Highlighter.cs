using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using ArticleGen.Tool.Checking;

namespace ArticleGen.Tool.Reporting;

/// <summary>
/// A line of an article's text as HTML with every diagnostic span on it in a <c>mark</c>: page chrome in one colour,
/// malformed datelines, dates and credits in another, leftover markup in a third. Overlapping spans split into
/// segments, each marked with every ID that covers it. Findings with no text of their own (a missing byline) become a
/// small flag.
/// </summary>
internal static class Highlighter
{
    /// <summary>Where spans overlap, the segment takes the colour of the first kind in this list.</summary>
    private static readonly List<string> Precedence = ["chrome", "setaside", "markup", "malformed", "note"];

    public static string Kind(string id) => id switch
    {
        "ART005" => "chrome",
        "ART012" => "setaside",
        "ART011" => "markup",
        "ART001" or "ART004" or "ART007" or "ART008" => "malformed",
        _ => "note",
    };

    /// <summary>Writes [<paramref name="start"/>, <paramref name="end"/>) of the text: one line, without its break.</summary>
    public static void WriteLine(StringBuilder html, string text, int start, int end, IReadOnlyList<DiagnosticView> diagnostics)
    {
        var spans = diagnostics.Where(d => d.Span.Length > 0 && d.Span.End <= text.Length && d.Span.Start < end && d.Span.End > start).ToList();
        var points = diagnostics.Where(d => d.Span.Length == 0 && d.Span.Start >= start && d.Span.Start <= end)
            .ToLookup(d => d.Span.Start);
        var cuts = new SortedSet<int> { start, end };
        foreach (DiagnosticView span in spans)
        {
            cuts.Add(System.Math.Max(start, span.Span.Start));
            cuts.Add(System.Math.Min(end, span.Span.End));
        }

        foreach (int point in points.Select(p => p.Key))
        {
            cuts.Add(point);
        }

        int[] bounds = cuts.ToArray();
        for (int i = 0; i < bounds.Length; i++)
        {
            int from = bounds[i];
            foreach (DiagnosticView point in points[from])
            {
                html.Append($"<span class=\"flag {Kind(point.Id)}\" data-id=\"{point.Id}\" title=\"{Attribute(point)}\"></span>");
            }

            if (i + 1 == bounds.Length)
            {
                break;
            }

            int to = bounds[i + 1];
            string segment = WebUtility.HtmlEncode(text.Substring(from, to - from));
            var covering = spans.Where(s => s.Span.Start <= from && s.Span.End >= to).OrderBy(s => Precedence.IndexOf(Kind(s.Id))).ToList();
            if (covering.Count == 0)
            {
                html.Append(segment);
                continue;
            }

            string ids = string.Join(' ', covering.Select(c => c.Id).Distinct());
            string title = string.Join("&#10;", covering.Select(Attribute));
            html.Append($"<mark class=\"{Kind(covering[0].Id)}\" data-ids=\"{ids}\" title=\"{title}\">{segment}</mark>");
        }
    }

    private static string Attribute(DiagnosticView diagnostic) =>
        WebUtility.HtmlEncode($"{diagnostic.Id}: {diagnostic.Message}");
}
