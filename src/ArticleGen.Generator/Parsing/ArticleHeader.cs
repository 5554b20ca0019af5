using System.Collections.Generic;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The top of the page: the headline (over one or more lines), an optional <c>By NAME</c> line, and the bracketed
/// date line. It also says where the body begins, which can be inside the date line's own line.
/// </summary>
internal static class ArticleHeader
{
    /// <summary>The date line sits within the first few lines; past these we are in the body.</summary>
    private const int MaxHeaderLines = 8;

    /// <summary>Without a date line, a first block this small is taken for the headline.</summary>
    private const int MaxHeadlineLines = 3;

    private const int MaxHeadlineLength = 200;

    public sealed record Result(string Headline, string? Byline, PublicationDate? Published, int BodyStart);

    public static Result Read(PageMap page, List<Finding> findings)
    {
        string text = page.Text;
        List<Line> lines = page.Lines;
        var headline = new List<Line>();
        string? byline = null;
        int seen = 0;
        for (int n = 0; n < lines.Count && seen < MaxHeaderLines; n++)
        {
            Line line = lines[n];
            if (line.IsBlank)
            {
                continue;
            }

            seen++;
            if (PublicationDateLine.Read(text, line.ContentStart) is { } dateLine)
            {
                if (dateLine.Date is null)
                {
                    findings.Add(new Finding(DiagnosticIds.MissingPublicationDate, dateLine.Span, Text.Collapse(text, dateLine.Span.Start, dateLine.Span.End), "it cannot be read as a date"));
                }

                return Finish(text, headline, byline, dateLine.Date, Text.SkipSpace(text, dateLine.Span.End, text.Length), findings);
            }

            if (byline is null && Byline.Read(text, line) is { } name)
            {
                byline = name;
                continue;
            }

            headline.Add(line);
        }

        // No date line: the first block is the headline if it is short enough to be one.
        var firstBlock = new List<Line>();
        int bodyStart = 0;
        foreach (Line line in lines)
        {
            if (line.IsBlank && firstBlock.Count > 0)
            {
                bodyStart = line.End;
                break;
            }

            if (!line.IsBlank)
            {
                firstBlock.Add(line);
            }
        }

        bool isHeadline = firstBlock.Count <= MaxHeadlineLines && bodyStart > 0 && Join(text, firstBlock).Length <= MaxHeadlineLength;
        if (!isHeadline)
        {
            firstBlock.Clear();
            bodyStart = 0;
        }

        Line anchor = firstBlock.Count > 0 ? firstBlock[firstBlock.Count - 1] : FirstContentLine(lines);
        findings.Add(new Finding(DiagnosticIds.MissingPublicationDate, SourceSpan.FromBounds(anchor.ContentStart, anchor.ContentEnd), "", "there is no bracketed date line such as [March 28, 2019] under the headline"));
        return Finish(text, firstBlock, null, null, bodyStart, findings);
    }

    private static Result Finish(string text, List<Line> headlineLines, string? byline, PublicationDate? published, int bodyStart, List<Finding> findings)
    {
        string headline = Join(text, headlineLines);
        if (headline.Length == 0)
        {
            int at = Text.SkipSpace(text, 0, text.Length);
            findings.Add(new Finding(DiagnosticIds.MissingHeadline, new SourceSpan(at, 0), "", "no headline comes before the date line or the body"));
        }

        return new Result(headline, byline, published, bodyStart);
    }

    private static string Join(string text, List<Line> lines)
    {
        var parts = new string[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            parts[i] = Text.Collapse(text, lines[i].ContentStart, lines[i].ContentEnd);
        }

        return string.Join(" ", parts);
    }

    private static Line FirstContentLine(List<Line> lines)
    {
        foreach (Line line in lines)
        {
            if (!line.IsBlank)
            {
                return line;
            }
        }

        return lines[0];
    }
}
