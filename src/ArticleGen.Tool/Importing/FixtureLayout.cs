using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Tool.Importing;

/// <summary>
/// Writes an article in the clean layout the parser reads: the headline, the <c>By NAME</c> line and the
/// <c>[Month D, YYYY]</c> date line (the header ends at the date line, so the byline comes before it), then the paragraphs, the photo captions and the credits, each block after a blank line and
/// on one line of its own. LF line endings.
/// </summary>
internal static class FixtureLayout
{
    public static string Write(PageArticle article)
    {
        var text = new StringBuilder();
        text.Append(article.Headline).Append('\n');
        if (article.Byline is { } byline)
        {
            text.Append("By ").Append(byline).Append('\n');
        }

        if (article.Published is { } date)
        {
            text.Append('[').Append(date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("]\n");
        }

        // The parser's own rule says which blocks are credits; they close the article, after the captions.
        List<string> credits = article.Blocks.Where(CreditsLine.LooksLike).ToList();
        foreach (string block in article.Blocks.Where(b => !CreditsLine.LooksLike(b)).Concat(article.Captions).Concat(credits))
        {
            text.Append('\n').Append(block).Append('\n');
        }

        return text.ToString();
    }
}
