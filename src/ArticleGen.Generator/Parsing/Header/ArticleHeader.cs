using System;
using System.Collections.Generic;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The top of the article: the headline, the byline and the publication date, and where the body begins. Two forms:
/// <list type="bullet">
/// <item>wire pages (Lincoln Daily News): the headline over one or more lines, an optional <c>By NAME</c> line and the
/// bracketed date line within the first lines, the body right after the bracket;</item>
/// <item>any other page: the headline the <see cref="ChromeClassifier"/> found above the article, and the byline and date
/// read from the lines around it and the top of the body, in the forms of <see cref="Byline"/> and
/// <see cref="PublishedDate"/>.</item>
/// </list>
/// </summary>
internal static class ArticleHeader
{
    /// <summary>The date line sits within the first few lines; past these we are in the body.</summary>
    private const int MaxHeaderLines = 8;

    /// <summary>Without a headline from the page, a first block this small is taken for the headline.</summary>
    private const int MaxHeadlineLines = 3;

    private const int MaxHeadlineLength = 200;

    /// <summary>How many lines into the body a byline or date line may still stand.</summary>
    private const int BodyLinesSearched = 8;

    /// <summary>How many lines above the headline a date line may stand.</summary>
    private const int LinesAboveSearched = 10;

    /// <param name="Lines">The lines the header took: they are neither body nor chrome.</param>
    /// <param name="IsWire">A wire page's header: the body runs from the date line to the end of the file.</param>
    public sealed record Result(string Headline, string? Byline, PublicationDate? Published, int BodyStart, List<int> Lines, bool IsWire = false)
    {
        /// <summary>The headline's lines, one content span each.</summary>
        public SourceSpan[] HeadlineSpans { get; init; } = Array.Empty<SourceSpan>();

        /// <summary>The line the byline was read from.</summary>
        public SourceSpan? BylineSpan { get; init; }

        /// <summary>The bracketed date of a wire page, or the page's date line.</summary>
        public SourceSpan? DateSpan { get; init; }
    }

    public static Result Read(PageMap page, List<Finding> findings) =>
        ReadWireHeader(page, findings) ?? ReadPageHeader(page, findings);

    /// <summary>
    /// A wire page: a bracketed date line (<see cref="PublicationDateLine"/>) closes its header within the first lines,
    /// and its body runs to the end of the file. The page stage has nothing to find on it.
    /// </summary>
    public static bool IsWirePage(string text, List<Line> lines)
    {
        foreach (int n in FirstLines(lines))
        {
            if (PublicationDateLine.Read(text, lines[n].ContentStart) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lines that are not blank among the first ones, where a wire header stands.</summary>
    private static IEnumerable<int> FirstLines(List<Line> lines)
    {
        for (int n = 0, seen = 0; n < lines.Count && seen < MaxHeaderLines; n++)
        {
            if (!lines[n].IsBlank)
            {
                seen++;
                yield return n;
            }
        }
    }

    private static Result? ReadWireHeader(PageMap page, List<Finding> findings)
    {
        string text = page.Text;
        List<Line> lines = page.Lines;
        var taken = new List<int>();
        foreach (int n in FirstLines(lines))
        {
            taken.Add(n);
            if (PublicationDateLine.Read(text, lines[n].ContentStart) is { } dateLine)
            {
                return ReadWireHeader(page, dateLine, taken, findings);
            }
        }

        return null;
    }

    /// <summary>The header of a wire page, closed by its date line on the last of the lines <paramref name="taken"/>; the byline is the first line above it that opens as one.</summary>
    /// <remarks>The byline is looked for only once the date line is found: most pages are not wire pages, and every reading asks.</remarks>
    private static Result ReadWireHeader(PageMap page, PublicationDateLine.Match dateLine, List<int> taken, List<Finding> findings)
    {
        string text = page.Text;
        List<Line> lines = page.Lines;
        if (dateLine.Date is null)
        {
            findings.Add(new Finding(DiagnosticIds.MissingPublicationDate, dateLine.Span, Text.Collapse(text, dateLine.Span.Start, dateLine.Span.End), "it cannot be read as a date"));
        }

        var headline = taken.GetRange(0, taken.Count - 1);
        string? byline = null;
        int bylineLine = -1;
        foreach (int n in headline)
        {
            if (Byline.ReadOpening(text, lines[n]) is { } name)
            {
                byline = name;
                bylineLine = n;
                break;
            }
        }

        headline.Remove(bylineLine);
        return Finish(page, headline, byline, dateLine.Date, Text.SkipSpace(text, dateLine.Span.End, text.Length), taken, findings) with
        {
            IsWire = true,
            BylineSpan = ContentSpan(lines, bylineLine),
            DateSpan = dateLine.Date is null ? null : dateLine.Span,
        };
    }

    private static Result ReadPageHeader(PageMap page, List<Finding> findings)
    {
        List<Line> lines = page.Lines;
        List<int> headline = HeadlineLines(page, out int bodyStart);
        var taken = new List<int>(headline);
        int from = headline.Count > 0 ? headline[headline.Count - 1] + 1 : 0;
        int to = AfterTextLines(page, Math.Max(from, page.BodyLine), BodyLinesSearched);
        int headlineLine = headline.Count > 0 ? headline[0] : from;

        (PublishedDate.Match? date, int dateLine) = FindDate(page, from, to, headlineLine, headline.Count > 0 ? headline[0] : 0);
        if (dateLine >= 0)
        {
            taken.Add(dateLine);
        }

        (string? byline, int bylineLine) = FindByline(page, from, to, headlineLine, dateLine, taken);
        if (byline is null && SignedLine(page, headline.Count > 0 ? headline[0] : 0, taken) is { } signed)
        {
            byline = page.BylineOpeningOn(signed);
            taken.Add(signed);
            bylineLine = signed;
        }

        if (byline is null && AuthorBox.Find(page, headlineLine) is { } box)
        {
            // The box's label and name stay out of the body and out of the chrome: the next reading finds them again.
            byline = box.Name;
            bylineLine = box.NameLine;
            taken.Add(box.LabelLine);
            taken.Add(box.NameLine);
        }

        if (headline.Count == 0)
        {
            bodyStart = page.Lines[page.BodyLine].Start;
        }

        if (date is null)
        {
            Line anchor = headline.Count > 0 ? lines[headline[headline.Count - 1]] : FirstContentLine(lines);
            findings.Add(new Finding(DiagnosticIds.MissingPublicationDate, SourceSpan.FromBounds(anchor.ContentStart, anchor.ContentEnd), "", "no date line such as [March 28, 2019] or 'Published March 28, 2019' stands near the headline"));
        }

        int bylineLastLine = bylineLine;
        if (byline is not null && WrappedName(page, bylineLine, byline) is { } whole)
        {
            byline = whole;
            bylineLastLine = bylineLine + 1;
            taken.Add(bylineLastLine);
        }

        return Finish(page, headline, byline, date?.Date, bodyStart, taken, findings) with
        {
            BylineSpan = byline is null ? null : SourceSpan.FromBounds(lines[bylineLine].ContentStart, lines[bylineLastLine].ContentEnd),
            DateSpan = date is null ? null : ContentSpan(lines, dateLine),
        };
    }

    /// <summary>The date: the published one where the page shows an update too; next to the headline before anywhere else.</summary>
    private static (PublishedDate.Match? Date, int Line) FindDate(PageMap page, int from, int to, int headlineLine, int dateLineFrom)
    {
        string text = page.Text;
        PublishedDate.Match? date = null;
        int dateLine = -1;
        foreach (int n in SearchOrder(page, from, to, headlineLine))
        {
            if (page.DateOn(n) is { } match && (date is null || Rank(match) > Rank(date.Value))
                && !PhotoCaption.EndsWithCredit(Text.Collapse(text, page.Lines[n].ContentStart, page.Lines[n].ContentEnd)))
            {
                date = match;
                dateLine = n;
            }
        }

        if (date is null && DateLine(page, dateLineFrom) is { } dated)
        {
            return (page.DateOn(dated), dated);
        }

        return (date, dateLine);
    }

    /// <summary>
    /// A line that holds little but the date outranks a sentence that mentions one (a caption's "game Tuesday, Nov. 19,
    /// 2019, in Memphis"), even where it says it is an update; between two alike, the published date wins.
    /// </summary>
    private static int Rank(PublishedDate.Match date) => (date.IsDateLine ? 2 : 0) + (date.IsUpdate ? 0 : 1);

    /// <summary>
    /// The byline around the headline: a line that says it is one (<c>By</c>, a name and its role) before a name alone,
    /// which counts only right next to the date: a section's name over the date line is no byline when a "by" line
    /// stands near.
    /// </summary>
    private static (string? Byline, int Line) FindByline(PageMap page, int from, int to, int headlineLine, int dateLine, List<int> taken) =>
        FindByline(page, from, to, headlineLine, dateLine, taken, nameAlone: false) is { Line: >= 0 } said ? said
        : OnDateLine(page, dateLine) is { Line: >= 0 } onDateLine ? onDateLine
        : FindByline(page, from, to, headlineLine, dateLine, taken, nameAlone: true) is { Line: >= 0 } named ? named
        : NameBesideDate(page, dateLine, taken) is { Line: >= 0 } besideDate ? besideDate
        : NameBesideAgo(page, from, to, taken);

    /// <summary>
    /// A name alone right above or below a line under the headline that says how long ago the piece was published:
    /// <c>Aleš Vávra</c> over <c>před 2 hodinami</c>, where no date line has a name beside it. The two lines may open
    /// the body's first block: their shape, not their place, tells them.
    /// </summary>
    private static (string? Byline, int Line) NameBesideAgo(PageMap page, int from, int to, List<int> taken)
    {
        for (int n = from; n < to; n++)
        {
            Line line = page.Lines[n];
            if (!line.IsBlank && line.ContentLength <= MaxAgoLine && !taken.Contains(n)
                && PublishedDate.SaysHowLongAgo(Text.Collapse(page.Text, line.ContentStart, line.ContentEnd))
                && NameBeside(page, n, taken) is { Line: >= 0 } name)
            {
                taken.Add(n); // a header line, as a date line is: the next reading finds the name beside it again
                return name;
            }
        }

        return (null, -1);
    }

    private const int MaxAgoLine = 40;

    /// <summary>
    /// A byline the date line says, wherever that stands: "by Regan December 6, 2017" on a date line inside the body,
    /// "Le Monde | 04.05.2015 à 13h36 | Par Martin" wrapped under the headline. It outranks a name alone near the date.
    /// </summary>
    private static (string? Byline, int Line) OnDateLine(PageMap page, int dateLine) =>
        dateLine >= 0 && page.BylineOn(dateLine, nameAlone: false) is { } byline ? (byline, dateLine) : (null, -1);

    /// <summary>
    /// A name alone on the line right above or below the date line, wherever that stands: <c>Dallas Robinson</c> over
    /// <c>Nov 18, 2019 @17:19 PM</c> inside the body's first lines.
    /// </summary>
    private static (string? Byline, int Line) NameBesideDate(PageMap page, int dateLine, List<int> taken)
    {
        return dateLine < 0 ? (null, -1) : NameBeside(page, dateLine, taken);
    }

    /// <summary>A name alone on the line right above or below line <paramref name="n"/>.</summary>
    private static (string? Byline, int Line) NameBeside(PageMap page, int n, List<int> taken)
    {
        foreach (int step in new[] { -1, 1 })
        {
            int beside = n + step;
            if (beside >= 0 && beside < page.Lines.Count && !page.Lines[beside].IsBlank && !taken.Contains(beside)
                && page.BylineOn(beside, nameAlone: true) is { } name)
            {
                taken.Add(beside);
                return (name, beside);
            }
        }

        return (null, -1);
    }

    private static (string? Byline, int Line) FindByline(PageMap page, int from, int to, int headlineLine, int dateLine, List<int> taken, bool nameAlone)
    {
        foreach (int n in SearchOrder(page, from, to, headlineLine))
        {
            if (!taken.Contains(n) || n == dateLine)
            {
                string? byline = page.BylineOn(n, nameAlone: nameAlone && dateLine >= 0 && Math.Abs(NonBlankDistance(page.Lines, n, dateLine)) <= 2);
                if (byline is not null)
                {
                    taken.Add(n);
                    return (byline, n);
                }
            }
        }

        return (null, -1);
    }

    /// <summary>
    /// The whole name where the page wrapped the byline's line in the middle of it: "… | Par Martin" over "Untersinger
    /// (avec …)". Only a name that closes its line and a line that runs on into the next (<see cref="PageMap.RunsOn"/>).
    /// </summary>
    private static string? WrappedName(PageMap page, int n, string name)
    {
        Line line = page.Lines[n];
        return page.RunsOn(n) && Text.Collapse(page.Text, line.ContentStart, line.ContentEnd).EndsWith(name, StringComparison.Ordinal)
            ? Byline.ReadOn(name, Text.Collapse(page.Text, page.Lines[n + 1].ContentStart, page.Lines[n + 1].ContentEnd))
            : null;
    }

    private static SourceSpan? ContentSpan(List<Line> lines, int n) =>
        n < 0 ? null : SourceSpan.FromBounds(lines[n].ContentStart, lines[n].ContentEnd);

    /// <summary>The headline the classifier found; without one, the first block, if it is short enough to be one.</summary>
    private static List<int> HeadlineLines(PageMap page, out int bodyStart)
    {
        List<Line> lines = page.Lines;
        var headline = new List<int>();
        if (page.HeadlineLine >= 0)
        {
            for (int n = page.HeadlineLine; n <= page.HeadlineLastLine; n++)
            {
                headline.Add(n);
            }

            bodyStart = lines[page.HeadlineLastLine].End;
            return headline;
        }

        bodyStart = 0;
        for (int n = 0; n < page.BodyLine; n++)
        {
            if (lines[n].IsBlank && headline.Count > 0)
            {
                bodyStart = lines[n].End;
                break;
            }

            if (!lines[n].IsBlank)
            {
                headline.Add(n);
            }
        }

        string joined = Join(page.Text, lines, headline);
        if (headline.Count > MaxHeadlineLines || bodyStart == 0 || joined.Length > MaxHeadlineLength || !HasAWord(joined))
        {
            headline.Clear();
            bodyStart = 0;
        }

        return headline;
    }

    /// <summary>
    /// A line that says "By NAME" outright, anywhere from a little above the headline to the end of the article: some
    /// pages put the byline under the picture, or after the lede.
    /// </summary>
    private static int? SignedLine(PageMap page, int headlineLine, List<int> taken)
    {
        for (int n = Math.Max(0, headlineLine - LinesAboveSearched); n < page.Lines.Count; n++)
        {
            if (!page.Lines[n].IsBlank && !taken.Contains(n) && page.BylineOpeningOn(n) is not null)
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>
    /// A line that is plainly a date line, anywhere from a little above the headline to the end of the article: one
    /// that says so (<c>PUBLISHED: 10:48, Tue, Nov 19, 2019</c>), or one that holds little but the date
    /// (<c>19 Nov 2019 05:44 GMT</c>). The published date wins over an update. Without such a line, a longer one that
    /// holds a date among names, labels and times but no prose (<c>Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019</c>).
    /// </summary>
    /// <remarks>
    /// One pass reads each line once for both kinds, where a pass for the plain kind and another for the wider read the
    /// short lines twice: the first plain date line that is not an update wins as soon as it is read; then the first
    /// plain update; then the first wider date line, published before updated.
    /// </remarks>
    private static int? DateLine(PageMap page, int headlineLine)
    {
        int? plainUpdate = null, wider = null, widerUpdate = null;
        for (int n = Math.Max(0, headlineLine - LinesAboveSearched); n < page.Lines.Count; n++)
        {
            Line line = page.Lines[n];
            if (line.IsBlank || line.ContentLength > MaxLabelledDateLine)
            {
                continue;
            }

            bool plain = line.ContentLength <= MaxBareDateLine || SaysPublished(page.Text, line);
            if ((!plain && (wider is not null || plainUpdate is not null)) || page.DateOn(n) is not { } date)
            {
                continue; // a wider line can no longer change what is found
            }

            if (plain && !date.IsUpdate)
            {
                return n;
            }

            plainUpdate = plain ? plainUpdate ?? n : plainUpdate;
            wider = date.IsDateLine && !date.IsUpdate ? wider ?? n : wider;
            widerUpdate = date.IsDateLine && date.IsUpdate ? widerUpdate ?? n : widerUpdate;
        }

        return plainUpdate ?? wider ?? widerUpdate;
    }

    private const int MaxBareDateLine = 32;

    private const int MaxLabelledDateLine = 100;

    /// <summary>The first letters of <see cref="DateWords.Labels"/>, in lower case; null where one is beyond ASCII.</summary>
    private static readonly string? LabelOpenings = OpeningsOf(DateWords.Labels);

    private static string? OpeningsOf(string[] labels)
    {
        var openings = new List<char>();
        foreach (string label in labels)
        {
            char opening = Text.ToLower(label[0]);
            if (opening >= 128)
            {
                return null; // it might equal an ASCII letter ignoring case: no quick test
            }

            openings.Add(opening);
        }

        return new string(openings.ToArray());
    }

    private static bool SaysPublished(string text, Line line)
    {
        int start = line.ContentStart;
        while (start < line.ContentEnd && !char.IsLetter(text[start]))
        {
            start++; // "* Published", "• Updated"
        }

        if (LabelOpenings is not null && start < text.Length && text[start] < 128 && LabelOpenings.IndexOf(Text.ToLower(text[start])) < 0)
        {
            return false; // no label opens so: asked of most lines of a page, with no comparison per label
        }

        foreach (string label in DateWords.Labels)
        {
            if (Text.StartsWithIgnoreCase(text, start, label))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line after the given number of lines of text (not blank, not chrome) from <paramref name="from"/>.</summary>
    private static int AfterTextLines(PageMap page, int from, int count)
    {
        int n = from;
        for (; n < page.Lines.Count && count > 0; n++)
        {
            count -= IsText(page, n) ? 1 : 0;
        }

        return n;
    }

    private static bool IsText(PageMap page, int n) => !page.Lines[n].IsBlank && page.Labels[n] != LineLabel.Chrome;

    /// <summary>Lines below the headline first, then the ones above it, nearest first.</summary>
    private static IEnumerable<int> SearchOrder(PageMap page, int from, int to, int headlineLine)
    {
        for (int n = from; n < to; n++)
        {
            if (!page.Lines[n].IsBlank && IsHeaderLine(page, n))
            {
                yield return n;
            }
        }

        for (int n = headlineLine - 1, left = LinesAboveSearched; n >= 0 && left > 0; n--)
        {
            if (!page.Lines[n].IsBlank)
            {
                left--;
                yield return n;
            }
        }
    }

    /// <summary>
    /// A line that may carry the byline or the date: above the body any line; inside it only a line standing alone,
    /// since a wrapped paragraph can mention a date without being a date line. Above a lede that opens with a dateline
    /// stands what is not the article (a gallery's captions, a playlist): there too only a line standing alone.
    /// </summary>
    private static bool IsHeaderLine(PageMap page, int n)
    {
        if (n < page.BodyLine && !page.OpensWithDateline)
        {
            return true;
        }

        return (n == 0 || !IsText(page, n - 1)) && (n + 1 == page.Lines.Count || !IsText(page, n + 1));
    }

    private static int NonBlankDistance(List<Line> lines, int from, int to)
    {
        int step = to >= from ? 1 : -1, distance = 0;
        for (int n = from; n != to; n += step)
        {
            distance += lines[n + step].IsBlank ? 0 : step;
        }

        return distance;
    }

    private static Result Finish(PageMap page, List<int> headlineLines, string? byline, PublicationDate? published, int bodyStart, List<int> taken, List<Finding> findings)
    {
        string headline = Join(page.Text, page.Lines, headlineLines);
        if (headline.Length == 0)
        {
            int at = Text.SkipSpace(page.Text, 0, page.Text.Length);
            findings.Add(new Finding(DiagnosticIds.MissingHeadline, new SourceSpan(at, 0), "", "no headline comes before the date line or the body"));
        }

        return new Result(headline, byline, published, bodyStart, taken)
        {
            HeadlineSpans = headlineLines.ConvertAll(n => SourceSpan.FromBounds(page.Lines[n].ContentStart, page.Lines[n].ContentEnd)).ToArray(),
        };
    }

    /// <summary>A headline says something: a block of bullets or rules alone (" * ", "----") is none.</summary>
    private static bool HasAWord(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(string text, List<Line> lines, List<int> which)
    {
        var parts = new string[which.Count];
        for (int i = 0; i < which.Count; i++)
        {
            parts[i] = Text.Collapse(text, lines[which[i]].ContentStart, lines[which[i]].ContentEnd);
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
