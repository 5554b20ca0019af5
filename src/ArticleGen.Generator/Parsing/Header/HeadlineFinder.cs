using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Finds the headline among the blocks above the article. Each candidate gets a score: what a headline has around it
/// (its date close by, its byline under it, its words in the lede, its echo in the page's title bar) adds; being far
/// from the article subtracts. Captions, dates, bylines, bullets and calls to action are never candidates.
/// </summary>
internal static class HeadlineFinder
{
    /// <summary>How far above the article's first block a headline is looked for.</summary>
    private const int HeadlineReach = 40;

    /// <summary>A headline's echo this many blocks away is the page's title bar, not a repeat in a list.</summary>
    private const int FarEcho = 10;

    /// <summary>How much of the article's start the headline's words are looked for in.</summary>
    private const int LedeCharacters = 2000;

    /// <summary>
    /// The headline: a title-like block (a few words, no closing full stop) shortly before the article. A page
    /// often shows its headline twice (in the title bar and above the article); that, and being close, count most.
    /// </summary>
    public static int Find(List<PageBlock> blocks, int firstBody)
    {
        int best = -1, from = Math.Max(0, firstBody - HeadlineReach);
        double bestScore = 0;
        HashSet<string> lede = ContentWords(blocks, firstBody);
        for (int b = from; b <= firstBody && b < blocks.Count; b++)
        {
            double score = HeadlineScore(blocks, b, firstBody, lede);
            if (score > bestScore)
            {
                best = b;
                bestScore = score;
            }
        }

        // A headline shown twice close together (above the article, then over its picture) is the first one.
        for (int b = from; b < best; b++)
        {
            if (string.Equals(blocks[b].Content, blocks[best].Content, StringComparison.OrdinalIgnoreCase))
            {
                return b;
            }
        }

        return best;
    }

    private static double HeadlineScore(List<PageBlock> blocks, int b, int firstBody, HashSet<string> lede)
    {
        PageBlock block = blocks[b];
        bool titleSized = (block.Words >= 3 && block.Words <= 30) || (block.IsUnspaced && block.Characters >= 8 && block.Characters <= 60);
        if (!titleSized || block.Phrase is not null || block.IsBullet || block.IsBracketed || block.IsArticleFurniture || block.IsTeaser
            || block.Content.EndsWith(".", StringComparison.Ordinal) || block.Content[0] == '(' || StartsLikeACaption(block.Content) || IsBreadcrumb(block.Content)
            || !char.IsLetterOrDigit(FirstLetterOrDigit(block.Content)) || block.IsDateLine || block.IsBylineLine)
        {
            return 0;
        }

        double score = 1;
        score += block.IsTitleCase ? 0.5 : 0;
        score += block.Words >= 5 && block.Words <= 20 ? 0.5 : 0;
        score += Echo(blocks, b);
        score += Near(blocks, b, 1, 3, IsDate) ? 1.5 : Near(blocks, b, -3, -1, IsDate) ? 1.2 : 0;
        score += Near(blocks, b, 1, 3, IsByline) ? 1 : 0;
        score -= char.IsDigit(block.Content[0]) ? 0.5 : 0;
        score += 1.5 * SharedWords(block.Content, lede);
        score -= (firstBody - b) * 0.05;
        return score;
    }

    /// <summary>A block within the given distance holds what a headline has around it: its date, its byline.</summary>
    private static bool Near(List<PageBlock> blocks, int b, int from, int to, Func<PageBlock, bool> holds)
    {
        for (int other = Math.Max(0, b + from); other < blocks.Count && other <= b + to; other++)
        {
            if (other != b && holds(blocks[other]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of four letters or more in the article's first blocks: what its headline is about.</summary>
    private static HashSet<string> ContentWords(List<PageBlock> blocks, int firstBody)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int b = firstBody, characters = 0; b < blocks.Count && characters < LedeCharacters; b++)
        {
            foreach (string word in Words(blocks[b].Content))
            {
                words.Add(word);
            }

            characters += blocks[b].Content.Length;
        }

        return words;
    }

    /// <summary>The share of the candidate's content words that the lede uses too: a headline tells what the story says.</summary>
    private static double SharedWords(string candidate, HashSet<string> lede)
    {
        int words = 0, shared = 0;
        foreach (string word in Words(candidate))
        {
            words++;
            shared += lede.Contains(word) ? 1 : 0;
        }

        return words == 0 ? 0 : (double)shared / words;
    }

    private static IEnumerable<string> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 4)
                {
                    yield return text.Substring(start, Math.Min(i - start, 6)); // a stem: "Trump's" and "Trump" meet
                }

                start = -1;
            }
        }
    }

    /// <summary>Captions and their labels: "Image: ...", "Media caption ...", "Photo ...".</summary>
    private static bool StartsLikeACaption(string content) =>
        content.StartsWith("Image", StringComparison.OrdinalIgnoreCase) || content.StartsWith("Media caption", StringComparison.OrdinalIgnoreCase)
        || content.StartsWith("Photo", StringComparison.OrdinalIgnoreCase) || content.StartsWith("Caption", StringComparison.OrdinalIgnoreCase);

    /// <summary>A trail of sections: "Mac &amp; i > News > 2015 > KW 15 > ...".</summary>
    private static bool IsBreadcrumb(string content)
    {
        int first = content.IndexOf(" > ", StringComparison.Ordinal), second = first < 0 ? -1 : content.IndexOf(" > ", first + 3, StringComparison.Ordinal);
        int chevron = content.IndexOf(" \u00BB ", StringComparison.Ordinal);
        return second > 0 || (chevron >= 0 && content.IndexOf(" \u00BB ", chevron + 3, StringComparison.Ordinal) > 0);
    }

    private static bool IsDate(PageBlock block) => block.IsDateLine;

    private static bool IsByline(PageBlock block) => block.IsBylineLine;

    private static char FirstLetterOrDigit(string content)
    {
        foreach (char c in content)
        {
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }

            if (c is not ('"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '('))
            {
                return c;
            }
        }

        return ' ';
    }

    /// <summary>
    /// The block's text stands again elsewhere on the page, alone or opening a title bar ("Headline | Site"). Far away
    /// (the title bar at the top) it says "headline"; close by, it is as often a playlist or a caption.
    /// </summary>
    private static double Echo(List<PageBlock> blocks, int b)
    {
        string headline = blocks[b].Content;
        double echo = 0;
        for (int other = 0; other < blocks.Count; other++)
        {
            if (other != b && blocks[other].Content.Length < headline.Length + 60
                && blocks[other].Content.StartsWith(headline, StringComparison.OrdinalIgnoreCase))
            {
                echo = Math.Max(echo, Math.Abs(other - b) >= FarEcho ? 2 : 0.5);
            }
        }

        return echo;
    }
}
