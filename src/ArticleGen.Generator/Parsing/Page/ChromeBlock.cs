namespace ArticleGen.Generator.Parsing;

/// <summary>What a piece of page chrome is; ART005 says it in its message.</summary>
internal enum ChromeKind : byte
{
    /// <summary>A layout marker of a scraped page: <c>Send a link to a friend</c>, <c>[to top of second column]</c>, a table pipe.</summary>
    LayoutMarker,
    Navigation,
    Consent,
    Account,
    Share,
    Advertising,
    Gallery,
    Related,
    Comments,
    Footer,

    /// <summary>Lines outside the article that no phrase names: teasers, widgets, stray labels.</summary>
    Other,
}

/// <summary>A span of page chrome: one marker, or a run of chrome lines reported as one.</summary>
/// <param name="Subject">What the message quotes: the chrome's text, whitespace collapsed.</param>
internal sealed record ChromeBlock(SourceSpan Span, ChromeKind Kind, string Subject);

internal static class ChromeKinds
{
    public static string Describe(this ChromeKind kind) => kind switch
    {
        ChromeKind.LayoutMarker => "layout marker",
        ChromeKind.Navigation => "navigation",
        ChromeKind.Consent => "cookie or consent banner",
        ChromeKind.Account => "sign-in or subscribe box",
        ChromeKind.Share => "share buttons",
        ChromeKind.Advertising => "advertising",
        ChromeKind.Gallery => "gallery controls",
        ChromeKind.Related => "related links",
        ChromeKind.Comments => "comments",
        ChromeKind.Footer => "footer",
        _ => "page chrome",
    };
}
