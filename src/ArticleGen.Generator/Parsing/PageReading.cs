namespace ArticleGen.Generator.Parsing;

/// <summary>How much of a file is the article: a whole saved page, or the article alone (<c>ArticleGenPage="false"</c>).</summary>
internal enum PageReading : byte
{
    /// <summary>A page saved whole: the page stage finds the article, its chrome and the text to set aside.</summary>
    WholePage,

    /// <summary>The article alone: no page stage; only the layout markers and the wire readings apply.</summary>
    ArticleOnly,

    /// <summary>
    /// A wire page (<see cref="ArticleHeader.IsWirePage"/>), found by the parser itself: its header is read by its
    /// bracketed date line and its body runs to the end, so the page stage is skipped, which is most of its cost.
    /// </summary>
    Wire,
}
