using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Tool.Checking;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Showing;

/// <summary>
/// What the generator makes of one file, as the runtime <see cref="Article"/> it generates, with the lines each field
/// came from. Shared by <c>show</c> and <c>report</c>.
/// </summary>
internal sealed record ArticleView(
    CheckedArticle Checked,
    Article? Article,
    LineRange? Headline,
    LineRange? Byline,
    LineRange? Published,
    LineRange? Dateline,
    IReadOnlyList<LineRange?> Paragraphs,
    IReadOnlyList<LineRange?> Photos,
    LineRange? Credits,
    LineRange? Copyright)
{
    public IReadOnlyList<DiagnosticView> Diagnostics { get; } = Checked.Diagnostics.Select(DiagnosticView.From).ToList();

    public static ArticleView From(CheckedArticle file)
    {
        if (file.Parse?.Article is not { } parsed)
        {
            return new ArticleView(file, null, null, null, null, null, [], [], null, null);
        }

        string text = file.Stored.Text;
        SourceText lines = file.Text;
        LineRange? At(TextSpan? span) => span is { } s ? LineRange.Of(lines, s) : null;

        TextSpan? headline = SourceLocator.Find(text, parsed.Headline);
        int afterHeadline = headline?.End ?? 0;
        TextSpan? byline = SourceLocator.Find(text, parsed.Byline, afterHeadline);
        TextSpan? dateline = SourceLocator.Find(text, parsed.Dateline?.Text, afterHeadline);

        var paragraphs = new List<LineRange?>();
        int at = dateline?.End ?? afterHeadline;
        int bodyStart = -1;
        foreach (string paragraph in parsed.Paragraphs)
        {
            TextSpan? found = SourceLocator.Find(text, paragraph, at);
            paragraphs.Add(At(found));
            if (found is { } f)
            {
                bodyStart = bodyStart < 0 ? f.Start : bodyStart;
                at = f.End;
            }
        }

        // The date line stands between the headline and the body; its year is the one string sure to be in it.
        int dateEnd = dateline?.Start ?? (bodyStart < 0 ? text.Length : bodyStart);
        TextSpan? published = parsed.Published is { } date
            ? SourceLocator.Find(text.Substring(0, dateEnd), date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), afterHeadline)
            : null;

        var photos = parsed.Photos.Select(p => At(SourceLocator.Find(text, p.Caption + " " + p.Credit) ?? SourceLocator.Find(text, p.Caption))).ToList();
        string? firstCredit = parsed.Credits is { } c ? c.Reporting.Concat(c.Writing).Concat(c.AdditionalReporting).Concat(c.Editing).FirstOrDefault() : null;
        TextSpan? credits = SourceLocator.Find(text, firstCredit, at) ?? SourceLocator.Find(text, firstCredit);
        TextSpan? copyright = SourceLocator.Find(text, parsed.Copyright);

        return new ArticleView(
            file,
            ToArticle(file, parsed),
            At(headline),
            At(byline),
            At(published),
            At(dateline),
            paragraphs,
            photos,
            At(credits),
            At(copyright));
    }

    /// <summary>The object the generated property returns, built from the same parse the generator emits.</summary>
    private static Article ToArticle(CheckedArticle file, ParsedArticle parsed) => new(
        file.Name,
        file.Path.DisplayPath,
        parsed.Headline,
        parsed.Byline,
        parsed.Published is { } p ? new DateOnly(p.Year, p.Month, p.Day) : null,
        parsed.Dateline is { } d ? new Dateline(d.Location, d.Region, d.Date, d.Agency, d.Text) : null,
        parsed.Paragraphs,
        parsed.Photos.Select(photo => new Photo(photo.Caption, photo.Credit, photo.Photographer, photo.Agency)),
        parsed.Credits is { } c ? new Credits(c.Reporting, c.AdditionalReporting, c.Writing, c.Editing) : null,
        parsed.Copyright);
}

/// <summary>Lines of the file, 1-based and inclusive, as an editor numbers them.</summary>
internal readonly record struct LineRange(int Start, int End)
{
    public static LineRange Of(SourceText text, TextSpan span)
    {
        LinePositionSpan lines = text.Lines.GetLinePositionSpan(span);
        return new LineRange(lines.Start.Line + 1, lines.End.Line + 1);
    }

    public override string ToString() => Start == End ? $"line {Start}" : $"lines {Start}-{End}";
}
