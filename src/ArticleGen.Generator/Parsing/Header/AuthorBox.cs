using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The box about the author that closes many articles: a label ("About the author", "Über den Autor") and under it
/// the author's name alone, "Laura Winter". Where the header finds no byline by the headline, this is the byline.
/// </summary>
internal static class AuthorBox
{
    /// <summary>The label and the name it names, and the name.</summary>
    public readonly record struct Found(int LabelLine, int NameLine, string Name);

    /// <summary>The shortest and the longest label, in characters: other lines are not compared.</summary>
    private static readonly int MinLabelLength = NameWords.AuthorBoxLabels.Min(label => label.Length), MaxLabelLength = NameWords.AuthorBoxLabels.Max(label => label.Length);

    /// <summary>The first author box below <paramref name="from"/>, or null.</summary>
    public static Found? Find(PageMap page, int from)
    {
        List<Line> lines = page.Lines;
        for (int n = Math.Max(0, from); n < lines.Count; n++)
        {
            if (IsLabel(page.Text, lines[n]))
            {
                return NameUnder(page, n);
            }
        }

        return null;
    }

    /// <summary>The line is a label, a colon after it or not, ignoring case; it is compared in place, as most lines of a page are asked.</summary>
    private static bool IsLabel(string text, Line line)
    {
        int length = line.ContentLength > 0 && text[line.ContentEnd - 1] == ':' ? line.ContentLength - 1 : line.ContentLength;
        if (length < MinLabelLength || length > MaxLabelLength)
        {
            return false;
        }

        foreach (string label in NameWords.AuthorBoxLabels)
        {
            if (label.Length == length && string.Compare(text, line.ContentStart, label, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first line under the label that is not blank, read as a name alone.</summary>
    private static Found? NameUnder(PageMap page, int label)
    {
        for (int n = label + 1; n < page.Lines.Count && n <= label + Settings.AuthorBoxNameReach; n++)
        {
            if (!page.Lines[n].IsBlank)
            {
                return page.BylineOn(n, nameAlone: true) is { } name ? new Found(label, n, name) : null;
            }
        }

        return null;
    }
}
