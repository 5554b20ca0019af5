using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The box about the author that closes many articles: a label ("About the author", "Über den Autor") and under it
/// the author's name alone, "Laura Winter". Where the header finds no byline by the headline, this is the byline.
/// </summary>
internal static class AuthorBox
{
    /// <summary>The label and the name it names, and the name.</summary>
    public readonly record struct Found(int LabelLine, int NameLine, string Name);

    /// <summary>The longest label, in characters: longer lines are not read.</summary>
    private const int MaxLabelLength = 24;

    /// <summary>How many lines under the label the name may stand (a blank line between them, as renderers leave).</summary>
    private const int NameReach = 3;

    /// <summary>The first author box below <paramref name="from"/>, or null.</summary>
    public static Found? Find(PageMap page, int from)
    {
        List<Line> lines = page.Lines;
        for (int n = Math.Max(0, from); n < lines.Count; n++)
        {
            if (lines[n].ContentLength > 0 && lines[n].ContentLength <= MaxLabelLength && IsLabel(Text.Collapse(page.Text, lines[n].ContentStart, lines[n].ContentEnd)))
            {
                return NameUnder(page, n);
            }
        }

        return null;
    }

    private static bool IsLabel(string content) =>
        Array.IndexOf(NameWords.AuthorBoxLabels, content.TrimEnd(':').ToLowerInvariant()) >= 0;

    /// <summary>The first line under the label that is not blank, read as a name alone.</summary>
    private static Found? NameUnder(PageMap page, int label)
    {
        for (int n = label + 1; n < page.Lines.Count && n <= label + NameReach; n++)
        {
            if (!page.Lines[n].IsBlank)
            {
                return Byline.Read(page.Text, page.Lines[n], nameAlone: true) is { } name ? new Found(label, n, name) : null;
            }
        }

        return null;
    }
}
