using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Tool.Importing;

/// <summary>
/// Writes an article in the clean layout the parser reads: the headline, the <c>By NAME</c> line and the
/// <c>[Month D, YYYY]</c> date line (the header ends at the date line, so the byline comes before it; without a date,
/// a blank line parts the byline from the headline), then the
/// paragraphs, the photo captions and the credits, each block after a blank line and on one line of its own. LF line
/// endings. What it writes is also what it expects the parser to read back (<see cref="Fixture"/>).
/// </summary>
internal static class FixtureLayout
{
    /// <param name="Text">The fixture's text.</param>
    /// <param name="Paragraphs">The blocks written as paragraphs, in order.</param>
    /// <param name="Photos">The captions written, each with its credit, as the page shows them.</param>
    /// <param name="LeftOut">Captions not written, because the parser reads no photo credit in them: written, they would
    /// read back as paragraphs of the article.</param>
    /// <param name="Byline">The name the parser's byline rule reads in the page's byline, which is written as the page
    /// shows it (<c>By TOM KRISHER, AP Auto Writer</c> gives <c>TOM KRISHER</c>); null where it reads none.</param>
    /// <param name="Copyright">The closing copyright notice, written last.</param>
    internal sealed record Fixture(string Text, string? Byline, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Photos, string? Copyright, IReadOnlyList<string> LeftOut);

    public static Fixture Write(PageArticle article)
    {
        var text = new StringBuilder();
        var leftOut = new List<string>();
        text.Append(article.Headline).Append('\n');
        string? name = null;
        if (article.Byline is { } byline)
        {
            // The header's own rule for a "By" line decides what the name is; a line it reads no name in would join
            // the headline.
            string line = "By " + byline;
            name = Byline.ReadOpening(line, new Line(0, line.Length, 0, line.Length));
            if (name is null)
            {
                leftOut.Add($"the byline 'By {byline}': the parser reads no name in it");
            }
            else
            {
                // Without a date line to close the header, a By line under the headline would be read as its second
                // line: a blank line keeps them apart.
                text.Append(article.Published is null ? "\n" : "").Append("By ").Append(byline).Append('\n');
            }
        }

        if (article.Published is { } date)
        {
            text.Append('[').Append(date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("]\n");
        }

        // The parser's own rules say which blocks are credits and captions; credits close the article, after the captions.
        var paragraphs = new List<string>();
        var photos = new List<string>();
        var credits = new List<string>();
        var written = new List<string>();
        string? copyright = null;
        for (int b = 0; b < article.Blocks.Count; b++)
        {
            string block = article.Blocks[b];
            if (b == article.Blocks.Count - 1 && b > 0 && CopyrightNotice.IsStart(block, 0))
            {
                copyright = block; // the parser's copyright is the last block: it goes after the captions and credits
                continue;
            }

            (CreditsLine.LooksLike(block) ? credits : PhotoCaption.IsCaption(block) ? photos : paragraphs).Add(block);
            if (!CreditsLine.LooksLike(block))
            {
                written.Add(block);
            }
        }

        var captions = new List<string>();
        foreach (string caption in article.Captions)
        {
            if (PhotoCaption.IsCaption(caption))
            {
                captions.Add(caption);
            }
            else
            {
                leftOut.Add($"the caption '{caption}': the parser reads no photo credit in it, so it would read back as a paragraph");
            }
        }

        written.AddRange(captions);
        written.AddRange(credits);
        if (copyright is not null)
        {
            written.Add(copyright);
        }

        foreach (string block in written)
        {
            text.Append('\n').Append(block).Append('\n');
        }

        photos.AddRange(captions);
        return new Fixture(text.ToString(), name, paragraphs, photos, copyright, leftOut);
    }
}
