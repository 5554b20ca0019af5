using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// What the header read on each line of a page (a byline, a byline's opening, a date), kept for the whole parse by
/// the line's place in the file. Each new reading of the page cuts whole lines and leaves the others as they were, so
/// it asks the same of the same lines; here it finds the answer instead of reading the line again.
/// </summary>
/// <remarks>
/// Only a line that passes the reader's own quick test is looked up: most lines fail it, at less than a look-up costs.
/// A line is known by its content's span in the file. Where that span is longer than the line (a layout marker was
/// cut out of it), the line's text is not the file's, and it is read each time.
/// </remarks>
internal sealed class LineReadings
{
    private readonly Dictionary<long, string?> _bylines = new();
    private readonly Dictionary<long, string?> _openings = new();
    private readonly Dictionary<long, PublishedDate.Match?> _dates = new();

    /// <summary>The byline on line <paramref name="n"/> of the page (<see cref="Byline.Read(string, Line, bool)"/>).</summary>
    public string? Byline(PageMap page, int n, bool nameAlone)
    {
        Line line = page.Lines[n];
        if (!Parsing.Byline.MayStandOn(line))
        {
            return null;
        }

        long key = Key(page, line, nameAlone ? 1 : 0);
        if (key < 0 || !_bylines.TryGetValue(key, out string? byline))
        {
            byline = Parsing.Byline.Read(page.Text, line, nameAlone);
            Keep(_bylines, key, byline);
        }

        return byline;
    }

    /// <summary>The byline line <paramref name="n"/> of the page opens with (<see cref="Byline.ReadOpening"/>).</summary>
    public string? BylineOpening(PageMap page, int n)
    {
        Line line = page.Lines[n];
        if (!Parsing.Byline.MayOpenOn(page.Text, line))
        {
            return null;
        }

        long key = Key(page, line, 0);
        if (key < 0 || !_openings.TryGetValue(key, out string? byline))
        {
            byline = Parsing.Byline.ReadOpening(page.Text, line);
            Keep(_openings, key, byline);
        }

        return byline;
    }

    /// <summary>The first date on line <paramref name="n"/> of the page (<see cref="PublishedDate.Read(string, Line)"/>).</summary>
    public PublishedDate.Match? Date(PageMap page, int n)
    {
        Line line = page.Lines[n];
        if (!PublishedDate.MayHoldDate(page.Text, line.ContentStart, line.ContentEnd))
        {
            return null;
        }

        long key = Key(page, line, 0);
        if (key < 0 || !_dates.TryGetValue(key, out PublishedDate.Match? date))
        {
            date = PublishedDate.Read(page.Text, line);
            Keep(_dates, key, date);
        }

        return date;
    }

    /// <summary>The line's place in the file and the variant asked, as one number; -1 where the line is not the file's text.</summary>
    private static long Key(PageMap page, Line line, int variant)
    {
        SourceSpan inFile = page.ToFile(SourceSpan.FromBounds(line.ContentStart, line.ContentEnd));
        return inFile.Length == line.ContentLength ? ((long)inFile.Start << 32) | ((uint)line.ContentLength << 1) | (uint)variant : -1;
    }

    private static void Keep<T>(Dictionary<long, T> readings, long key, T reading)
    {
        if (key >= 0)
        {
            readings[key] = reading;
        }
    }
}
