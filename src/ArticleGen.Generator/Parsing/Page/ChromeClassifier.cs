using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Decides which blocks of a page are the article and which are chrome, whatever the site, in the manner of jusText:
/// <list type="number">
/// <item>each block gets a class from a table of named rules over its features (<see cref="Rules"/>);</item>
/// <item>the article is the best-scoring contiguous run of blocks: prose adds its length, chrome subtracts it;</item>
/// <item>what follows the run up to the next chrome (a short last paragraph, captions, credits) joins it;</item>
/// <item>the headline is the most title-like block shortly before the run (<see cref="HeadlineFinder"/>).</item>
/// </list>
/// </summary>
internal static class ChromeClassifier
{
    internal enum BlockClass : byte
    {
        /// <summary>Prose: long, full of function words.</summary>
        Good,

        /// <summary>Shorter text that reads like prose.</summary>
        NearGood,

        /// <summary>Too short to tell: a subhead, a label, a date.</summary>
        Short,

        /// <summary>Chrome by its shape or its words.</summary>
        Bad,

        /// <summary>Captions, credits, copyright: the article's, when next to it.</summary>
        Furniture,
    }

    /// <summary>What the page is made of: the blocks, their classes, the article's run and the headline.</summary>
    internal sealed record Layout(List<PageBlock> Blocks, BlockClass[] Classes, int FirstBody, int LastBody, int Headline);

    /// <summary>Blocks with at least this many words are long enough to judge as prose.</summary>
    private const int ProseWords = 15;

    /// <summary>Without spaces between words (Chinese, Japanese), letters stand in for words.</summary>
    private const int ProseCharacters = 60;

    /// <summary>This many title-like lines in a row are a list of links: related stories, a playlist, a menu.</summary>
    private const int MinLinkList = 3;

    /// <summary>A chrome block costs the run at least this much, so a menu of one-word items still counts.</summary>
    private const int MinChromeCost = 20;

    /// <summary>The rules, in order; the first that holds gives the class. Each is named for what it recognizes.</summary>
    private static readonly (string Name, Func<PageBlock, double, bool> Holds, BlockClass Class)[] Rules =
    {
        ("article furniture", (b, _) => b.IsArticleFurniture, BlockClass.Furniture),
        ("form field or image", (b, _) => b.IsBracketed, BlockClass.Bad),
        ("no words", (b, _) => b.Characters == 0 || (b.Words <= 2 && IsNumber(b.Content)), BlockClass.Bad),
        ("menu item", (b, _) => b.IsBullet && !(b.Words >= 12 && b.EndsSentence), BlockClass.Bad),
        ("chrome words", (b, _) => b.Phrase is not null && (!b.EndsSentence || b.Words <= 4), BlockClass.Bad),
        ("teaser", (b, _) => b.IsTeaser && b.Words < 40, BlockClass.Bad),
        ("repeated label", (b, _) => b.IsRepeated && b.Words < ProseWords, BlockClass.Bad),
        ("prose", (b, level) => IsLong(b) && (b.IsUnspaced || b.FunctionShare >= level * 0.5), BlockClass.Good),
        ("sentence", (b, level) => b.Words >= 8 && (b.EndsSentence || b.FunctionShare >= level * 0.3), BlockClass.NearGood),
        ("short text", (_, _) => true, BlockClass.Short),
    };

    public static Layout Classify(string text, List<Line> lines)
    {
        List<PageBlock> blocks = PageBlocks.Split(text, lines);
        double level = ProseLevel(blocks);
        var classes = new BlockClass[blocks.Count];
        for (int b = 0; b < blocks.Count; b++)
        {
            classes[b] = ClassOf(blocks[b], level);
        }

        MarkLinkLists(blocks, classes);

        (int first, int last) = BestRun(blocks, classes);
        last = EndAtCopyright(blocks, first, ExtendToChrome(classes, last));
        int headline = HeadlineFinder.Find(blocks, first);
        return new Layout(blocks, classes, first, last, headline);
    }

    internal static BlockClass ClassOf(PageBlock block, double proseLevel)
    {
        foreach ((_, Func<PageBlock, double, bool> holds, BlockClass result) in Rules)
        {
            if (holds(block, proseLevel))
            {
                return result;
            }
        }

        return BlockClass.Short;
    }

    /// <summary>
    /// Context: a run of title-like lines (short, not ending like a sentence) is a list of links to other pages, which
    /// plain text no longer shows as links. Prose between them would end its sentences.
    /// </summary>
    private static void MarkLinkLists(List<PageBlock> blocks, BlockClass[] classes)
    {
        int runStart = 0;
        for (int b = 0; b <= blocks.Count; b++)
        {
            if (b < blocks.Count && IsTitleLike(blocks[b], classes[b]))
            {
                continue;
            }

            if (b - runStart >= MinLinkList)
            {
                for (int item = runStart; item < b; item++)
                {
                    classes[item] = BlockClass.Bad;
                    blocks[item].InLinkList = true;
                }
            }

            runStart = b + 1;
        }
    }

    private static bool IsTitleLike(PageBlock block, BlockClass blockClass) =>
        blockClass is BlockClass.Short or BlockClass.NearGood or BlockClass.Bad && !block.EndsSentence && block.Words >= 2 && block.Words < ProseWords && !block.IsBracketed;

    /// <summary>What chrome a block is, for the message.</summary>
    public static ChromeKind KindOf(PageBlock block) =>
        block.Phrase ?? (block.IsBullet || block.IsBracketed ? ChromeKind.Navigation : block.IsTeaser || block.InLinkList ? ChromeKind.Related : ChromeKind.Other);

    /// <summary>
    /// Chrome inside the article's run is taken out only when its shape or words say so; a short line between two
    /// paragraphs is more likely a subhead than a menu.
    /// </summary>
    public static bool IsChromeInsideArticle(PageBlock block, BlockClass blockClass) =>
        blockClass == BlockClass.Bad && (block.Phrase is not null || block.IsBracketed || block.IsTeaser);

    /// <summary>The function-word share of the page's own prose: the median over its long blocks.</summary>
    private static double ProseLevel(List<PageBlock> blocks)
    {
        var shares = new List<double>();
        foreach (PageBlock block in blocks)
        {
            if (block.Words >= ProseWords * 2)
            {
                shares.Add(block.FunctionShare);
            }
        }

        if (shares.Count == 0)
        {
            return 0.3;
        }

        shares.Sort();
        return shares[shares.Count / 2];
    }

    private static bool IsLong(PageBlock block) =>
        block.Words >= ProseWords || (block.IsUnspaced && block.Characters >= ProseCharacters);

    private static bool IsNumber(string content)
    {
        foreach (char c in content)
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The contiguous run of blocks with the highest score (Kadane); the whole page where nothing is prose.</summary>
    private static (int First, int Last) BestRun(List<PageBlock> blocks, BlockClass[] classes)
    {
        double best = 0, current = 0;
        int bestFirst = 0, bestLast = blocks.Count - 1, first = 0;
        bool found = false;
        for (int b = 0; b < blocks.Count; b++)
        {
            if (current <= 0)
            {
                current = 0;
                first = b;
            }

            current += Score(blocks[b], classes[b]);
            if (current > best)
            {
                best = current;
                bestFirst = first;
                bestLast = b;
                found = true;
            }
        }

        return found ? (bestFirst, bestLast) : (0, blocks.Count - 1);
    }

    private static double Score(PageBlock block, BlockClass blockClass) => blockClass switch
    {
        BlockClass.Good => block.Characters,
        BlockClass.NearGood => block.Characters / 2.0,
        BlockClass.Short => -Math.Min(block.Characters, MinChromeCost) / 2.0,
        BlockClass.Bad => -Math.Max(block.Characters, MinChromeCost),
        _ => 0,
    };

    /// <summary>
    /// What follows the article up to the next chrome belongs to it: a short last paragraph, captions, credits,
    /// copyright. Only chrome ends an article.
    /// </summary>
    private static int ExtendToChrome(BlockClass[] classes, int last)
    {
        while (last + 1 < classes.Length && classes[last + 1] != BlockClass.Bad)
        {
            last++;
        }

        return last;
    }

    /// <summary>Nothing after a copyright notice is the article: it closes the story, or the page.</summary>
    private static int EndAtCopyright(List<PageBlock> blocks, int first, int last)
    {
        for (int b = first; b < last; b++)
        {
            if (blocks[b].IsCopyright)
            {
                return b;
            }
        }

        return last;
    }
}
