using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>What ART012 says of a run of text set aside: how much, what it looks like, and whether the article is in doubt.</summary>
internal static class SetAsideText
{
    /// <summary>A run with this many words of full sentences is prose: another story, or part of this one.</summary>
    private const int ProseRunWords = 30;

    /// <param name="text">The page's text, before the run was masked.</param>
    /// <param name="lines">Its lines.</param>
    /// <param name="kindBefore">The kind of the chrome just above the run (a "Comments" heading says what follows).</param>
    /// <param name="isGallery">The run is a gallery's slides (<see cref="Gallery"/>).</param>
    public static string Describe(string text, List<Line> lines, SourceSpan run, ChromeKind? kindBefore, ChromeClassifier.Doubt doubt, bool isGallery = false)
    {
        int first = TextLines.IndexAt(lines, run.Start), last = TextLines.IndexAt(lines, run.End);
        int count = 0, words = 0, teasers = 0, sentences = 0;
        for (int n = first; n <= last && n < lines.Count; n++)
        {
            Line line = lines[n];
            if (line.IsBlank)
            {
                continue;
            }

            count++;
            int lineWords = CountWords(text, line);
            words += lineWords;
            char end = text[line.ContentEnd - 1];
            teasers += end == '\u2026' || (end == '.' && line.ContentLength > 3 && text[line.ContentEnd - 2] == '.' && text[line.ContentEnd - 3] == '.') ? 1 : 0;
            sentences += Punctuation.EndsSentence(end) ? lineWords : 0;
        }

        string what = isGallery ? "a gallery's slides"
            : kindBefore == ChromeKind.Comments ? "comments"
            : teasers * 2 >= count && teasers > 0 ? "teasers of other articles"
            : sentences >= ProseRunWords ? "prose outside the article: another story, or part of this one"
            : "a list or short text outside the article";
        string detail = $"{Plural(count, "line")}, {Plural(words, "word")} set aside ({what}); no fix removes it unless asked";
        if (doubt.IsUnsure)
        {
            detail += doubt.ProseOutside > doubt.ArticleProse
                ? $"; unsure of the article: more prose stands outside it ({doubt.ProseOutside} letters) than in it ({doubt.ArticleProse}), so trim the file"
                : "; unsure of the article: another run of prose competes with it, so trim the file";
        }

        return detail;
    }

    /// <summary>
    /// The runs of characters other than whitespace on the line: one, and one more where each run of whitespace ends.
    /// Counted without a branch a character, as the page's text set aside is long and a branch at each space was
    /// mispredicted at each word.
    /// </summary>
    private static int CountWords(string text, Line line)
    {
        int words = 1, wasSpace = 0;
        for (int i = line.ContentStart; i < line.ContentEnd; i++)
        {
            int space = Text.SpaceBit(text[i]);
            words += wasSpace & (space ^ 1);
            wasSpace = space;
        }

        return words;
    }

    private static string Plural(int count, string noun) => count == 1 ? "1 " + noun : count.ToString() + " " + noun + "s";
}
