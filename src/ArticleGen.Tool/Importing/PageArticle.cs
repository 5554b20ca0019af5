using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reader = SmartReader.Reader;
using ReaderArticle = SmartReader.Article;

namespace ArticleGen.Tool.Importing;

/// <summary>
/// The article in a web page, found by SmartReader (a port of Mozilla's Readability): its headline, byline and date,
/// and its content split into text blocks with AngleSharp, with figure captions kept apart.
/// </summary>
internal sealed record PageArticle(string Headline, string? Byline, DateTime? Published, IReadOnlyList<string> Blocks, IReadOnlyList<string> Captions)
{
    /// <summary>The elements whose text is one block of the article; a block holding another block is left to its children.</summary>
    private const string BlockSelector = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

    /// <returns>The article, or null where the reader finds none.</returns>
    public static PageArticle? Extract(byte[] html, Uri address)
    {
        ReaderArticle page;
        using (var stream = new MemoryStream(html))
        {
            var reader = new Reader(address.AbsoluteUri, stream);
            page = reader.GetArticle();
        }

        if (!page.IsReadable || string.IsNullOrWhiteSpace(page.Content))
        {
            return null;
        }

        string headline = Collapse(page.Title);
        var blocks = new List<string>();
        var captions = new List<string>();
        IDocument content = new HtmlParser().ParseDocument(page.Content);
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

        return new PageArticle(headline, NameOnly(page.Author ?? page.Byline), page.PublicationDate, blocks, captions);
    }

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

    private static string Collapse(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
