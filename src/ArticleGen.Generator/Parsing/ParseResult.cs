using System;
using System.Collections.Immutable;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>What <see cref="ArticleParser.Parse"/> gives back: the article and what is wrong with its text.</summary>
internal sealed record ParseResult(ParsedArticle Article, EquatableArray<Finding> Findings)
{
    /// <summary>
    /// Where each field of <see cref="Article"/> came from, at the same offsets as the findings. It stays out of the
    /// equatable model that flows through the generator's pipeline: only the tool and the fixes read it.
    /// </summary>
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>
/// The spans the parser read each field from, so that nothing downstream has to search the text for them again.
/// </summary>
/// <param name="Headline">The headline's lines, one span per line (its content, without the indent).</param>
/// <param name="Byline">The line the byline was read from.</param>
/// <param name="Published">The date the publication date was read from: the bracketed <c>[March 28, 2019]</c> of a wire
/// page, or the page's date line.</param>
/// <param name="Dateline">The lede's dateline, dash included.</param>
/// <param name="Paragraphs">One span per paragraph of the article, from its first to its last character (the lede's
/// after its dateline).</param>
/// <param name="Photos">One span per photo: the caption block it was first read from.</param>
/// <param name="Credits">The credits block.</param>
/// <param name="Copyright">The copyright notice.</param>
/// <param name="Furniture">Every caption, credits and copyright block, a gallery's repeats included.</param>
internal sealed record FieldSpans(
    EquatableArray<SourceSpan> Headline,
    SourceSpan? Byline,
    SourceSpan? Published,
    SourceSpan? Dateline,
    EquatableArray<SourceSpan> Paragraphs,
    EquatableArray<SourceSpan> Photos,
    SourceSpan? Credits,
    SourceSpan? Copyright,
    EquatableArray<SourceSpan> Furniture)
{
    public static readonly FieldSpans None = new(
        EquatableArray<SourceSpan>.Empty, null, null, null, EquatableArray<SourceSpan>.Empty, EquatableArray<SourceSpan>.Empty, null, null, EquatableArray<SourceSpan>.Empty);

    /// <summary>The same spans, each mapped, e.g. from the page's text to the file's.</summary>
    public FieldSpans Map(Func<SourceSpan, SourceSpan> map)
    {
        SourceSpan? One(SourceSpan? span) => span is { } s ? map(s) : null;
        // Straight into an array of the right size: a Select enumerated into an array grows and copies one.
        EquatableArray<SourceSpan> All(EquatableArray<SourceSpan> spans) => new(ImmutableArray.CreateRange(spans.AsImmutableArray(), map));
        return new FieldSpans(All(Headline), One(Byline), One(Published), One(Dateline), All(Paragraphs), All(Photos), One(Credits), One(Copyright), All(Furniture));
    }

    /// <summary>The same spans with every offset mapped.</summary>
    public FieldSpans WithOffsets(Func<int, int> map) => Map(span => SourceSpan.FromBounds(map(span.Start), map(span.End)));
}
