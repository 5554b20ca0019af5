using System;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Element names that make an escaped tag markup (<c>&amp;lt;span&amp;gt;</c>), in lower case only: an escaped
/// <c>&amp;lt;ENDO&amp;gt;</c> or <c>&amp;lt;I&amp;gt;</c> is a ticker symbol, as it is unescaped.
/// </summary>
internal static class HtmlElements
{
    private static readonly string[] Names =
    {
        "a", "abbr", "b", "big", "blockquote", "br", "center", "cite", "code", "div", "em", "figcaption", "figure", "font",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "li", "ol", "p", "pre", "script", "small", "span",
        "strike", "strong", "style", "sub", "sup", "table", "td", "th", "tr", "u", "ul",
    };

    public static bool IsElementName(string name) => Array.IndexOf(Names, name) >= 0;

    /// <summary>The file name endings of pictures on the web.</summary>
    public static readonly string[] ImageExtensions = { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg" };

    /// <summary>Entity names that are recognizable even after the scrape lost their ampersand.</summary>
    private static readonly string[] BareEntityNames = { "quot", "amp", "lt", "gt", "apos", "nbsp" };

    /// <summary>Tags that are markup in any case, escaped or not: <c>&lt;br&gt;</c>, <c>&lt;HR&gt;</c>, <c>&lt;p&gt;</c>.</summary>
    private static readonly string[] BareTags = { "br", "hr", "p" };

    public static bool IsBareEntityName(string name) => Array.IndexOf(BareEntityNames, name) >= 0;

    public static bool IsBareTag(string name) => Array.Exists(BareTags, tag => string.Equals(tag, name, StringComparison.OrdinalIgnoreCase));
}
