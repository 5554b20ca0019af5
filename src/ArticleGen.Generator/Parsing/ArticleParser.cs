using System;
using System.Collections.Generic;
using System.Threading;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Turns the text of one article file into a <see cref="ParsedArticle"/> and its findings. Never throws on any input.
/// <para>
/// Orchestration only; each step is a type of its own: check the file is text (<see cref="FileHealth"/>); map the page,
/// its lines and its chrome (<see cref="PageMap"/>); read the headline, byline and date line (<see cref="ArticleHeader"/>);
/// group the body into blocks (<see cref="ParagraphFlow"/>) and sort them (<see cref="BlockClassifier"/>); and take the
/// dateline off the lede (<see cref="WireDateline"/>).
/// </para>
/// </summary>
internal static class ArticleParser
{
    private static readonly ParsedArticle Unreadable = new(
        string.Empty, null, null, null, EquatableArray<string>.Empty, EquatableArray<PhotoSpec>.Empty, null, null);

    public static ParseResult Parse(string text, CancellationToken cancellationToken = default) =>
        Parse(text, PageReading.WholePage, cancellationToken);

    public static ParseResult Parse(string text, PageReading reading, CancellationToken cancellationToken = default)
    {
        var findings = new List<Finding>();
        if (!FileHealth.Check(text, findings))
        {
            return new ParseResult(Unreadable, findings.ToEquatableArray());
        }

        using var buffer = new CharBuffer();
        (SettledPage page, ArticleHeader.Result header) = MapPage(text, reading, buffer, findings, cancellationToken);
        var bodyText = new BodyText(page.Text, Text.IsAscii(text), buffer);
        List<BodyBlock> blocks = BlockClassifier.Classify(page, ParagraphFlow.Split(page, header.BodyStart, oneParagraphALine: page.IsOneParagraphALine && !header.IsWire), bodyText);
        cancellationToken.ThrowIfCancellationRequested();

        BodyFields body = ReadBody(page.Text, bodyText, blocks, findings);
        LeftoverMarkup.Find(page.Text, 0, page.Text.Length, findings);
        CheckCompleteness(page.Text, header, body.Dateline, body.HasCredits, findings);

        var article = new ParsedArticle(
            header.Headline,
            header.Byline,
            header.Published,
            body.Dateline?.Spec,
            body.Paragraphs.ToEquatableArray(),
            body.Photos.ToEquatableArray(),
            body.Credits,
            body.Copyright);
        for (int f = 0; f < findings.Count; f++)
        {
            // Every offset a finding holds goes back to the file's; its span keeps a cut marker outside it at either end.
            findings[f] = findings[f].WithOffsets(page.ToFileOffset) with { Span = page.ToFile(findings[f].Span) };
        }

        findings.Sort();
        var chrome = new List<Finding>();
        page.Report(chrome);
        return new ParseResult(article, MergeInOrder(chrome, findings)) { Spans = body.Spans.ToFieldSpans(header).Map(page.ToFile) };
    }

    /// <summary>What the body's blocks give: paragraphs, photos, credits, copyright, the lede's dateline, and where each is.</summary>
    private sealed class BodyFields
    {
        public readonly List<string> Paragraphs = new();
        public readonly List<PhotoSpec> Photos = new();
        public readonly SpanRecorder Spans = new();
        public CreditsSpec? Credits;
        public bool HasCredits;
        public string? Copyright;
        public WireDateline.Match? Dateline;
    }

    /// <summary>Reads each block of the body by its kind.</summary>
    private static BodyFields ReadBody(string text, BodyText bodyText, List<BodyBlock> blocks, List<Finding> findings)
    {
        var body = new BodyFields();
        SpanRecorder spans = body.Spans;
        foreach (BodyBlock block in blocks)
        {
            var blockSpan = SourceSpan.FromBounds(block.Block.Start, block.Block.End);
            spans.Furniture.Add(blockSpan);
            switch (block.Kind)
            {
                case BlockKind.Copyright:
                    body.Copyright = block.Content;
                    spans.Copyright = blockSpan;
                    break;
                case BlockKind.Credits:
                    body.Credits = CreditsLine.Parse(block.Content, blockSpan, findings);
                    body.HasCredits = true;
                    spans.Credits = blockSpan;
                    break;
                case BlockKind.Caption when PhotoCaption.Read(block.Content) is { } photo:
                    if (!body.Photos.Contains(photo))
                    {
                        body.Photos.Add(photo); // a gallery repeats its captions: one photo each
                        spans.Photos.Add(blockSpan);
                    }

                    break;
                case BlockKind.Paragraph when body.Paragraphs.Count == 0:
                    spans.Furniture.RemoveAt(spans.Furniture.Count - 1);
                    body.Dateline = ReadLede(text, bodyText, block.Block, body.Paragraphs, findings);
                    spans.Dateline = body.Dateline?.Span;
                    spans.AddParagraphIfRead(body.Paragraphs, SourceSpan.FromBounds(body.Dateline?.BodyStart ?? block.Block.Start, block.Block.End));
                    break;
                default:
                    spans.Furniture.RemoveAt(spans.Furniture.Count - 1);
                    body.Paragraphs.Add(block.Content);
                    spans.AddParagraphIfRead(body.Paragraphs, blockSpan);
                    break;
            }
        }

        return body;
    }

    /// <summary>Where each field is read from, in the page's text, as the loop over the blocks reads them.</summary>
    private sealed class SpanRecorder
    {
        public readonly List<SourceSpan> Paragraphs = new();
        public readonly List<SourceSpan> Photos = new();
        public readonly List<SourceSpan> Furniture = new();
        public SourceSpan? Dateline, Credits, Copyright;

        public void AddParagraphIfRead(List<string> paragraphs, SourceSpan span)
        {
            if (paragraphs.Count > Paragraphs.Count)
            {
                Paragraphs.Add(span);
            }
        }

        public FieldSpans ToFieldSpans(ArticleHeader.Result header) => new(
            header.HeadlineSpans.ToEquatableArray(),
            header.Byline is null ? null : header.BylineSpan,
            header.Published is null ? null : header.DateSpan,
            Dateline,
            Paragraphs.ToEquatableArray(),
            Photos.ToEquatableArray(),
            Credits,
            Copyright,
            Furniture.ToEquatableArray());
    }

    /// <summary>Most pages settle in one or two passes; a page that keeps shedding chrome stops here.</summary>
    private const int MaxPasses = 4;

    /// <summary>
    /// Maps the page and reads its header, and again without the chrome found, until a pass finds none: the page
    /// then reads exactly as the file the "remove all markers" fix leaves. A pass should only take chrome away; one
    /// whose article lost most of the prose the pass before it chose has chosen another article, and the pass before
    /// it stands (sh-0060: its meal plan, once its repeated labels are cut, reads as a list of links).
    /// </summary>
    private static (SettledPage Page, ArticleHeader.Result Header) MapPage(string text, PageReading reading, CharBuffer buffer, List<Finding> findings, CancellationToken cancellationToken)
    {
        PageMap page = PageMap.Build(text, reading, buffer);
        Pass? earlier = null;
        for (int pass = 1; ; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var headerFindings = new List<Finding>();
            ArticleHeader.Result header = ArticleHeader.Read(page, headerFindings);
            var current = new Pass(page, page.Settle(header.BodyStart, header.Lines, bodyToTheEnd: header.IsWire), header, headerFindings);
            if (earlier is not null && page.ArticleProse < earlier.Page.ArticleProse * Settings.KeptArticleProse)
            {
                return earlier.Finish(findings);
            }

            if (!current.Settled.FoundChrome || pass == MaxPasses)
            {
                return current.Finish(findings);
            }

            earlier = current;
            page = page.WithoutChrome(current.Settled);
        }
    }

    /// <summary>One reading of the page: its map, what it settled, and the header read from it.</summary>
    private sealed record Pass(PageMap Page, PageMap.Settlement Settled, ArticleHeader.Result Header, List<Finding> HeaderFindings)
    {
        public (SettledPage Page, ArticleHeader.Result Header) Finish(List<Finding> findings)
        {
            findings.AddRange(HeaderFindings);
            return (Page.Finish(Settled), Header);
        }
    }

    /// <summary>Merges two lists already in order; a page of chrome can hold a million markers, too many to sort again.</summary>
    private static EquatableArray<Finding> MergeInOrder(List<Finding> first, List<Finding> second)
    {
        var merged = System.Collections.Immutable.ImmutableArray.CreateBuilder<Finding>(first.Count + second.Count);
        int a = 0, b = 0;
        while (a < first.Count || b < second.Count)
        {
            bool takeFirst = b == second.Count || (a < first.Count && first[a].CompareTo(second[b]) <= 0);
            merged.Add(takeFirst ? first[a++] : second[b++]);
        }

        return new EquatableArray<Finding>(merged.MoveToImmutable());
    }

    /// <summary>The lede is the first paragraph; its dateline comes off the front.</summary>
    private static WireDateline.Match? ReadLede(string text, BodyText bodyText, ParagraphFlow.Block block, List<string> paragraphs, List<Finding> findings)
    {
        WireDateline.Match? dateline = WireDateline.Read(text, block.Start, block.End, findings);
        int ledeStart = dateline?.BodyStart ?? block.Start;
        if (dateline is null)
        {
            int firstLineEnd = text.IndexOfAny(new[] { '\n', '\r' }, block.Start, block.End - block.Start);
            var span = SourceSpan.FromBounds(block.Start, firstLineEnd < 0 ? block.End : Text.TrimEnd(text, block.Start, firstLineEnd));
            findings.Add(new Finding(DiagnosticIds.MissingDateline, span, Text.Collapse(text, span.Start, span.End), "the lede opens without a dateline"));
        }

        string lede = bodyText.Collapse(ledeStart, block.End);
        if (lede.Length > 0)
        {
            paragraphs.Add(lede);
        }

        return dateline;
    }

    private static void CheckCompleteness(string text, ArticleHeader.Result header, WireDateline.Match? dateline, bool hasCredits, List<Finding> findings)
    {
        if (!hasCredits && header.Byline is null)
        {
            int end = Text.TrimEnd(text, 0, text.Length);
            findings.Add(new Finding(DiagnosticIds.MissingCredits, new SourceSpan(end, 0), "", "there is no credits line such as (Reporting by ...; Editing by ...) and no By line"));
        }

        if (dateline?.MonthAndDay is { } inlineDate && header.Published is { } published && DaysApart(inlineDate.Month, inlineDate.Day, published) is > 1)
        {
            findings.Add(new Finding(DiagnosticIds.DatelineDateDisagrees, dateline.DateSpan, dateline.Spec.Date!, $"the date line says {published}"));
        }
    }

    /// <summary>Days between the dateline's "Feb 26" and the publication date; the dateline's year is the nearest one.</summary>
    private static int? DaysApart(int month, int day, PublicationDate published)
    {
        var target = new DateTime(published.Year, published.Month, published.Day);
        int? best = null;
        for (int year = published.Year - 1; year <= published.Year + 1; year++)
        {
            if (Months.IsValidDay(year, month, day))
            {
                int apart = Math.Abs((new DateTime(year, month, day) - target).Days);
                best = best is null ? apart : Math.Min(best.Value, apart);
            }
        }

        return best;
    }
}
