using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
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

    /// <summary>What the parser made of each line of the file, 0-based; empty where no article is generated.</summary>
    public IReadOnlyList<LineKind> Lines { get; init; } = [];

    /// <summary>The fields and the lines each came from, as the parser recorded them: nothing is searched for.</summary>
    public static ArticleView From(CheckedArticle file)
    {
        if (file.Parse is not { Article: { } parsed } parse)
        {
            return new ArticleView(file, null, null, null, null, null, [], [], null, null);
        }

        SourceText text = file.Text;
        FieldSpans spans = parse.Spans;
        LineRange? At(SourceSpan? span) => span is { } s && s.End <= text.Length ? LineRange.Of(text, s) : null;
        LineRange? headline = spans.Headline.IsEmpty
            ? null
            : At(SourceSpan.FromBounds(spans.Headline[0].Start, spans.Headline[spans.Headline.Count - 1].End));

        return new ArticleView(
            file,
            ToArticle(file, parsed),
            headline,
            At(spans.Byline),
            At(spans.Published),
            At(spans.Dateline),
            spans.Paragraphs.Select(p => At(p)).ToList(),
            spans.Photos.Select(p => At(p)).ToList(),
            At(spans.Credits),
            At(spans.Copyright))
        {
            Lines = LinePicture.Of(text, spans, parse.Findings),
        };
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
    /// <summary>The lines a span touches; a span that ends at the start of a line does not reach that line.</summary>
    public static LineRange Of(SourceText text, SourceSpan span)
    {
        int start = text.Lines.GetLineFromPosition(span.Start).LineNumber;
        int end = text.Lines.GetLineFromPosition(System.Math.Max(span.Start, span.End - 1)).LineNumber;
        return new LineRange(start + 1, end + 1);
    }

    public override string ToString() => Start == End ? $"line {Start}" : $"lines {Start}-{End}";
}
