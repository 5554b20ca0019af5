using System;
using System.Collections.Generic;
using System.IO;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Reader = SmartReader.Reader;
using ReaderArticle = SmartReader.Article;

namespace ArticleGen.Tool.Importing;

/// <summary>
/// The article in a web page, found by SmartReader (a port of Mozilla's Readability): its headline, byline and date,
/// and its content split into text blocks with AngleSharp, with figure captions kept apart.
/// </summary>
/// <param name="Published">The publication date as the page writes it (<see cref="PageDate"/>).</param>
/// <param name="Relaxed">SmartReader found the page not readable at its own thresholds, and the article is the best
/// candidate it found all the same (with the thresholds relaxed where need be).</param>
internal sealed record PageArticle(string Headline, string? Byline, DateOnly? Published, IReadOnlyList<string> Blocks, IReadOnlyList<string> Captions, bool Relaxed = false)
{
    /// <summary>The elements whose text is one block of the article; a block holding another block is left to its children.</summary>
    private const string BlockSelector = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

    /// <summary>Where Readability's defaults find nothing, the thresholds of the second try: any candidate with text wins.</summary>
    private const int RelaxedCharThreshold = 1;

    /// <summary>
    /// A candidate the reader's checks did not pass must still hold this much text outside links: a page of navigation
    /// alone is no article, however low the thresholds.
    /// </summary>
    private const int MinTextOutsideLinks = 25;

    /// <returns>The article, or null where the reader finds none even with its thresholds relaxed.</returns>
    public static PageArticle? Extract(byte[] html, Uri address)
    {
        bool relaxed = false;
        ReaderArticle? page = Read(html, address, relax: false);
        if (!HasText(page))
        {
            relaxed = true;
            page = Read(html, address, relax: true);
        }

        if (page is null || !HasText(page))
        {
            return null;
        }

        IDocument content = new HtmlParser().ParseDocument(page.Content);
        relaxed |= !page.IsReadable;
        if (relaxed && TextOutsideLinks(content) < MinTextOutsideLinks)
        {
            return null;
        }

        string headline = Collapse(page.Title);
        var blocks = new List<string>();
        var captions = new List<string>();
        foreach (IElement element in content.QuerySelectorAll(BlockSelector))
        {
            if (element.QuerySelector(BlockSelector) is not null)
            {
                continue;
            }

            string text = Collapse(element.TextContent);
            if (text.Length == 0 || text == headline)
            {
                continue;
            }

            (element.LocalName == "figcaption" ? captions : blocks).Add(text);
        }

        if (blocks.Count == 0 && Collapse(page.TextContent) is { Length: > 0 } plain)
        {
            blocks.Add(plain); // content with no block elements: one block of its text
        }

        IHtmlDocument document = new HtmlParser().ParseDocument(new MemoryStream(html));
        DateOnly? published = PageDate.Published(document) ?? (page.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null);
        return new PageArticle(headline, NameOnly(page.Author ?? page.Byline), published, blocks, captions, relaxed);
    }

    /// <summary>
    /// SmartReader with its "is this page readable?" guess ignored (Readability.js has no such gate before its parse),
    /// and on the second try its length thresholds relaxed too, as Readability's own retries relax its flags.
    /// </summary>
    private static ReaderArticle? Read(byte[] html, Uri address, bool relax)
    {
        try
        {
            using var stream = new MemoryStream(html);
            var reader = new Reader(address.AbsoluteUri, stream) { ContinueIfNotReadable = true };
            if (relax)
            {
                reader.CharThreshold = RelaxedCharThreshold;
                reader.MinContentLengthReadearable = new Dictionary<string, int> { ["default"] = 0 };
                reader.MinScoreReaderable = 0;
            }

            return reader.GetArticle();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException)
        {
            return null; // a page SmartReader cannot take apart is a page without an article
        }
    }

    private static int TextOutsideLinks(IDocument content)
    {
        int all = Collapse(content.Body?.TextContent).Length;
        int inLinks = 0;
        foreach (IElement link in content.QuerySelectorAll("a"))
        {
            inLinks += Collapse(link.TextContent).Length;
        }

        return all - inLinks;
    }

    private static bool HasText(ReaderArticle? page) =>
        page is not null && !string.IsNullOrWhiteSpace(page.Content) && !string.IsNullOrWhiteSpace(page.TextContent);

    /// <summary>The name alone: the fixture writes its own <c>By</c>.</summary>
    private static string? NameOnly(string? byline)
    {
        string name = Collapse(byline);
        if (name.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(3).TrimStart();
        }

        return name.Length == 0 ? null : name;
    }

    internal static string Collapse(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
