namespace ArticleGen.Generator.Parsing;

/// <summary>What a piece of page chrome is; ART005 says it in its message.</summary>
internal enum ChromeKind : byte
{
    /// <summary>A layout marker of a scraped page: <c>Send a link to a friend</c>, <c>[to top of second column]</c>, a table pipe.</summary>
    LayoutMarker,
}

/// <summary>A span of page chrome: one marker, or a run of chrome lines reported as one.</summary>
/// <param name="Subject">What the message quotes: the chrome's text, whitespace collapsed.</param>
internal sealed record ChromeBlock(SourceSpan Span, ChromeKind Kind, string Subject);

internal static class ChromeKinds
{
    public static string Describe(this ChromeKind kind) => kind switch
    {
        _ => "layout marker",
    };
}
