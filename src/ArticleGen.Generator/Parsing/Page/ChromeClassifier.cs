using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Decides which blocks of a page are the article and which are chrome, whatever the site, in the manner of jusText:
/// <list type="number">
/// <item>each block gets a class from a table of named rules over its features (<see cref="Rules"/>);</item>
/// <item>the article is the best-scoring contiguous run of blocks: prose adds its length, chrome subtracts it;</item>
/// <item>what follows the run up to the next chrome (a short last paragraph, captions, credits, the article's own list
/// or table) joins it, and so does the prose after an advertisement or a share bar inside it;</item>
/// <item>the headline is the most title-like block shortly before the run (<see cref="HeadlineFinder"/>).</item>
/// </list>
/// What is outside the article is of two kinds: chrome by its own features (<see cref="IsChromeByItsOwnFeatures"/>),
/// which the fixes remove, and other text, set aside but never deleted, since the choice of the run is a guess.
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

    /// <summary>What the page is made of: the blocks, their classes, the article's run, the headline, and how sure the choice is.</summary>
    internal sealed record Layout(List<PageBlock> Blocks, BlockClass[] Classes, int FirstBody, int LastBody, int Headline, Doubt Doubt)
    {
        /// <summary>The article's first paragraph opens with an agency's dateline: nothing between the header and it is a standfirst.</summary>
        public bool OpensWithDateline { get; init; }
    }

    /// <summary>How much prose the article holds against the prose outside it.</summary>
    /// <param name="ArticleProse">Letters and digits of prose in the article's run.</param>
    /// <param name="ProseOutside">Letters and digits of prose outside it.</param>
    /// <param name="CompetingRun">The score of the best other run of prose on the page.</param>
    /// <param name="ArticleRun">The score of the article's run.</param>
    internal readonly record struct Doubt(int ArticleProse, int ProseOutside, double CompetingRun, double ArticleRun)
    {
        /// <summary>Two runs of prose compete, or the article holds less prose than the text set aside.</summary>
        public bool IsUnsure => ProseOutside > ArticleProse || (CompetingRun > 0 && CompetingRun >= ArticleRun * Settings.CompetingRunShare);
    }

    /// <summary>The rules, in order; the first that holds gives the class. Each is named for what it recognizes.</summary>
    private static readonly (string Name, Func<PageBlock, double, bool> Holds, BlockClass Class)[] Rules =
    {
        ("article furniture", (b, _) => b.IsArticleFurniture, BlockClass.Furniture),
        ("form field or image", (b, _) => b.IsBracketed, BlockClass.Bad),
        ("no words", (b, _) => HasNoWords(b), BlockClass.Bad),
        ("menu item", (b, _) => IsMenuItem(b), BlockClass.Bad),
        ("menu on one line", (b, _) => b.Facts.IsInlineMenu, BlockClass.Bad),
        ("chrome words", (b, _) => b.Phrase is not null && (!b.EndsSentence || b.Words <= Settings.ChromeWordsOnSentence), BlockClass.Bad),
        ("chrome prompt", (b, _) => b.Words <= Settings.MaxPromptWords && b.ChromeSentence is ChromeKind.Consent or ChromeKind.Account or ChromeKind.Share, BlockClass.Bad),
        ("teaser", (b, _) => b.IsTeaser && b.Words < Settings.TeaserWords, BlockClass.Bad),
        ("opening said again", (b, _) => b.Facts.SaysItsOpeningAgain, BlockClass.Bad),
        ("repeated label", (b, _) => IsRepeatedLabel(b), BlockClass.Bad),
        ("prose", (b, level) => IsLong(b) && (b.IsUnspaced || b.FunctionShare >= level * Settings.ProseFunctionLevel), BlockClass.Good),
        ("sentence", (b, level) => b.Words >= Settings.SentenceWords && (b.EndsSentence || b.FunctionShare >= level * Settings.NearProseFunctionLevel), BlockClass.NearGood),
        ("short text", (_, _) => true, BlockClass.Short),
    };

    public static Layout Classify(string text, List<Line> lines, PageReading reading = PageReading.WholePage, BlockFactsCache? facts = null, EarlierReading? earlier = null)
    {
        if (reading == PageReading.Wire)
        {
            return new Layout(new List<PageBlock>(), Array.Empty<BlockClass>(), 0, -1, -1, default);
        }

        List<PageBlock> blocks = PageBlocks.Split(text, lines, facts, earlier);
        if (reading == PageReading.ArticleOnly)
        {
            // The file is the article: every block is its own, and a first block of a title's size is its headline.
            var all = new BlockClass[blocks.Count];
            bool titled = blocks.Count > 1 && blocks[0].Words <= Settings.MaxHeadlineWords;
            return new Layout(blocks, all, titled ? 1 : 0, blocks.Count - 1, titled ? 0 : -1, default);
        }

        double level = ProseLevel(blocks);
        var classes = new BlockClass[blocks.Count];
        for (int b = 0; b < blocks.Count; b++)
        {
            classes[b] = ClassOf(blocks[b], level);
            blocks[b].HoldsSentence = Sentence.IsIn(blocks[b], level);
        }

        MarkRepeatsAboveProse(blocks, classes);
        MarkLinkLists(blocks, classes);
        MarkComments(blocks, classes);
        MarkConsentDialogs(blocks);
        MarkStoryLists(blocks, classes);
        Gallery.Mark(blocks);
        KeepListsBetweenProse(blocks, classes);

        (int runStart, int last) = BestRun(blocks, classes, 0, blocks.Count);
        int lede = DatelineLede(blocks, classes, runStart, last);
        int first = lede >= 0 ? lede : runStart;
        last = EndAtAuthorNote(blocks, classes, first, EndAtCopyright(blocks, classes, first, ExtendToChrome(blocks, classes, last)));
        MarkCitedSources(blocks, first, last);
        int headline = lede > runStart ? HeadlineFinder.Find(blocks, runStart, lede) : HeadlineFinder.Find(blocks, first);
        return new Layout(blocks, classes, first, last, headline, Weigh(blocks, classes, first, last)) { OpensWithDateline = lede >= 0 };
    }

    /// <summary>
    /// Chrome by its own features, wherever it stands: a menu or a list of links, a form field, a phrase of chrome
    /// words, a label the page repeats, a footer's notice. A block that holds a sentence of prose is chrome only where
    /// the sentence is, by its own words (a consent banner, a legal notice): the fixes delete what this says is chrome.
    /// </summary>
    public static bool IsChromeByItsOwnFeatures(PageBlock block)
    {
        if (block.HoldsSentence)
        {
            return block.ChromeSentence is not null;
        }

        if (block.InArticleList || block.BesideArticle)
        {
            return false;
        }

        return block.Phrase is not null || block.IsBracketed || HasNoWords(block)
            || ((IsRepeatedLabel(block) && block.RepeatsAboveProse || block.InLinkList || IsMenuItem(block)) && IsNavigationItem(block)) || block.IsCopyright || block.ChromeSentence is not null;
    }

    /// <summary>
    /// What the article goes on past: everything but chrome that stops it, which a list, a table or a caption is not. A
    /// row of data the table says twice ("%61 votes") is no menu's label, unless a menu above the prose says it too.
    /// </summary>
    private static bool StopsArticle(PageBlock block) =>
        block.IsOthersText || !block.InArticleList && !block.IsArticleFurniture && (!block.HoldsSentence && (block.Phrase is not null || block.IsBracketed || IsRepeatedLabel(block) && (block.RepeatsAboveProse || !HoldsDigit(block.Content)) || block.IsTeaser)
        || block.ChromeSentence is not null);

    /// <summary>Chrome that stands inside an article and does not end it: an advertisement, a share bar, a gallery control.</summary>
    private static bool IsInlineChrome(PageBlock block) =>
        !block.HoldsSentence && (block.IsBracketed || block.Phrase is ChromeKind.Advertising or ChromeKind.Share or ChromeKind.Gallery);

    /// <summary>
    /// Context: what follows a comments heading ("Comments", "Leave a comment", "12 Comments") after the page's first
    /// prose is the readers' comments, however much prose they hold: they neither extend the article nor compete with it.
    /// A heading above all prose, or one beside a byline ("New, 74 comments" between a title and "By Jon Porter"), is a
    /// link to the comments in the article's header.
    /// </summary>
    private static void MarkComments(List<PageBlock> blocks, BlockClass[] classes)
    {
        int thread = FirstCommentWithReplies(blocks, classes);
        bool prose = false, comments = false;
        for (int b = 0; b < blocks.Count; b++)
        {
            PageBlock block = blocks[b];
            comments |= b == thread;
            block.InComments = comments;
            comments |= prose && IsCommentsHeading(block) && !BesideAByline(blocks, b);
            prose |= classes[b] == BlockClass.Good;
        }
    }

    /// <summary>
    /// Context: without a heading, a thread of comments shows itself by the reply link under each one ("Reply",
    /// "Antworten ↓", "Répondre"). Where <see cref="Settings.MinReplyLinks"/> of them follow the page's first prose, the
    /// thread opens with the comment the first one answers: its text right above it, and over that its author and date,
    /// as many blocks as stand between the reply link and the next comment's text. -1 where there is none.
    /// </summary>
    private static int FirstCommentWithReplies(List<PageBlock> blocks, BlockClass[] classes)
    {
        int first = -1, links = 0, prose = -1;
        for (int b = 0; b < blocks.Count && links < Settings.MinReplyLinks; b++)
        {
            if (prose >= 0 && IsReplyLink(blocks[b]))
            {
                first = first < 0 ? b : first;
                links++;
            }
            else if (prose < 0 && classes[b] == BlockClass.Good)
            {
                prose = b;
            }
        }

        if (links < Settings.MinReplyLinks)
        {
            return -1;
        }

        int comment = first - 1;
        while (comment > prose && comment >= first - Settings.ReplyLinkReach && !IsProse(classes[comment]))
        {
            comment--;
        }

        if (comment <= prose || !IsProse(classes[comment]))
        {
            return -1;
        }

        // Its author and date stand above it as they stand above the next comment, between the reply link and its text.
        for (int b = first + 1; b < blocks.Count && b <= first + Settings.ReplyLinkReach && !IsProse(classes[b]) && comment - 1 > prose && !IsProse(classes[comment - 1]); b++)
        {
            comment--;
        }

        return comment;
    }

    /// <summary>
    /// A link to answer a comment: a reply word first, and a few words at most ("Reply", "Antworten · Gefällt mir ·
    /// Melden"), whatever mark a text browser puts before it ("□ Antworten").
    /// </summary>
    private static bool IsReplyLink(PageBlock block)
    {
        if (block.Words > Settings.MaxReplyLinkWords)
        {
            return false;
        }

        string content = block.Content;
        int letter = 0;
        while (letter < content.Length && !char.IsLetter(content[letter]))
        {
            letter++;
        }

        return ChromePhrases.OpensWithWord(content, letter, ChromePhrases.ReplyWords);
    }

    /// <summary>
    /// Context: a cookie banner opens a dialog whose text speaks of cookies without a banner's formula ("Notwendige
    /// Cookies sind für das einwandfreie Funktionieren der Website absolut notwendig"). A block that speaks of cookies
    /// a few blocks after the banner, or after another such block, is that dialog: like comments, it neither extends
    /// the article nor competes with it.
    /// </summary>
    private static void MarkConsentDialogs(List<PageBlock> blocks)
    {
        int dialog = -1;
        for (int b = 0; b < blocks.Count; b++)
        {
            if (!blocks[b].Facts.SpeaksOfCookies)
            {
                continue;
            }

            if (blocks[b].ChromeSentence == ChromeKind.Consent)
            {
                dialog = b;
            }
            else if (dialog >= 0 && b - dialog <= Settings.ConsentDialogBlocks)
            {
                blocks[b].InConsentDialog = true;
                dialog = b;
            }
        }
    }

    /// <summary>
    /// A heading over the readers' comments: a few words of the comments phrase, not a menu's bullet or a link to them
    /// ("* Comments", "View comments", "Load Comments", "Recent Comments", "Comments feed").
    /// </summary>
    private static bool IsCommentsHeading(PageBlock block) =>
        block.Phrase == ChromeKind.Comments && !block.HoldsSentence && block.Words <= Settings.MaxCommentsHeadingWords && !block.IsBullet
        && !ChromePhrases.HasWord(block.Content, ChromePhrases.CommentsLinkWords);

    /// <summary>A "By" line stands within <see cref="Settings.CommentsLinkToByline"/> blocks of this one, above or below.</summary>
    private static bool BesideAByline(List<PageBlock> blocks, int b)
    {
        for (int other = Math.Max(0, b - Settings.CommentsLinkToByline); other < blocks.Count && other <= b + Settings.CommentsLinkToByline; other++)
        {
            if (other != b && Byline.SaysBy(blocks[other].Content))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Context: a label the page repeats is a menu's when one of its copies stands above the page's first prose (the
    /// menu at the top, again at the foot). A label repeated only below it may be the article's own subhead, repeated
    /// in each of its parts (a meal plan's "Meal 1", a recipe's "Ingredients"): it is set aside, never deleted.
    /// </summary>
    /// <remarks>By the facts' identity (<see cref="BlockFacts.Id"/>), as <see cref="PageBlocks"/> marks repeats: no text is hashed again.</remarks>
    private static void MarkRepeatsAboveProse(List<PageBlock> blocks, BlockClass[] classes)
    {
        int texts = 0;
        foreach (PageBlock block in blocks)
        {
            texts = Math.Max(texts, block.Facts.Caseless.Id + 1);
        }

        var above = new bool[texts];
        for (int b = 0; b < blocks.Count && !(classes[b] == BlockClass.Good && blocks[b].ChromeSentence is null); b++)
        {
            above[blocks[b].Facts.Caseless.Id] = true;
        }

        foreach (PageBlock block in blocks)
        {
            block.RepeatsAboveProse = block.IsRepeated && above[block.Facts.Caseless.Id];
        }
    }

    /// <summary>
    /// Context: <see cref="Settings.MinStoryCards"/> date lines or more, each a few blocks after the one before with at
    /// most one block of prose between them, are the cards of a list of other stories (a title, an author, a date, a
    /// summary): like comments, their summaries neither extend the article nor compete with it. An article's own dates
    /// (published, updated) stand together, and its paragraphs follow them. A news ticker's entries are such cards, a
    /// clock time standing for the date (<c>* 14:44 Accusations de viols ...</c>, <c>* 14:10</c> over a paragraph).
    /// </summary>
    private static void MarkStoryLists(List<PageBlock> blocks, BlockClass[] classes)
    {
        var cards = new List<int>();
        for (int b = 0; b < blocks.Count; b++)
        {
            if (IsProse(classes[b]) || !(blocks[b].IsDateAlone || blocks[b].Facts.OpensWithClockTime))
            {
                continue;
            }

            int previous = cards.Count > 0 ? cards[cards.Count - 1] : -1;
            if (previous >= 0 && (b - previous > Settings.MaxStoryCardBlocks || ProseBlocks(classes, previous + 1, b) > 1))
            {
                MarkStoryList(blocks, classes, cards);
                cards.Clear();
            }

            cards.Add(b);
        }

        MarkStoryList(blocks, classes, cards);
    }

    /// <summary>Marks the cards from the first date to the last, and the summary after the last where the cards put one after their dates.</summary>
    private static void MarkStoryList(List<PageBlock> blocks, BlockClass[] classes, List<int> dates)
    {
        if (dates.Count < Settings.MinStoryCards)
        {
            return;
        }

        int last = dates[dates.Count - 1];
        bool summaryAfterDate = IsProse(classes[dates[dates.Count - 2] + 1]);
        int end = summaryAfterDate && last + 1 < blocks.Count && IsProse(classes[last + 1]) ? last + 1 : last;
        for (int b = dates[0]; b <= end; b++)
        {
            blocks[b].InStoryList = true;
        }
    }

    private static int ProseBlocks(BlockClass[] classes, int from, int to)
    {
        int count = 0;
        for (int b = from; b < to; b++)
        {
            count += IsProse(classes[b]) ? 1 : 0;
        }

        return count;
    }

    private static bool IsProse(BlockClass blockClass) => blockClass is BlockClass.Good or BlockClass.NearGood;

    /// <summary>
    /// What a menu's items are: a few words naming a place to go. A longer item (a headline, a step, a point of the
    /// article), a quantity ("200 g Zucker") or a key and its value ("Kategorie: Erste Versuche") is the page's
    /// content, in a list that may well be the article's: it is set aside, never deleted.
    /// </summary>
    private static bool IsNavigationItem(PageBlock block)
    {
        int first = 0;
        while (first < block.Content.Length && !char.IsLetterOrDigit(block.Content[first]))
        {
            first++; // a bullet
        }

        // "200 g Zucker" is a quantity; "verschließbare Bodenluke" a thing described: neither names a place to go.
        bool quantity = first < block.Content.Length && char.IsDigit(block.Content[first]) && block.Content.IndexOf(' ', first) > 0;
        bool lowerCase = first < block.Content.Length && char.IsLower(block.Content[first]);
        return block.Words - (block.IsBullet ? 1 : 0) <= Settings.MaxNavigationItemWords && !quantity && !lowerCase
            && block.Content.IndexOf(": ", StringComparison.Ordinal) < 0;
    }

    private static bool IsMenuItem(PageBlock block) =>
        block.IsBullet && !(block.Words >= Settings.BulletSentenceWords && block.EndsSentence);

    private static bool IsRepeatedLabel(PageBlock block) => block.IsRepeated && block.Words < Settings.ProseWords;

    private static bool HasNoWords(PageBlock block) => block.Characters == 0 || (block.Words <= 2 && IsNumber(block.Content));

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

            if (b - runStart >= Settings.MinLinkList)
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

    /// <summary>A title: a few words that do not end a sentence and do not start in lower case, as a wrapped line of prose may.</summary>
    /// <summary>
    /// Context: a short run of list items, repeated labels or link-like lines with prose on both sides is the article's
    /// own list (steps, teams, results, a table) or its subheads, not a menu: chrome does not interleave with prose.
    /// Only lists that are chrome by their shape alone are kept so; phrases and form fields stay chrome.
    /// </summary>
    private static void KeepListsBetweenProse(List<PageBlock> blocks, BlockClass[] classes)
    {
        int lastProse = -1;
        for (int b = 0; b < blocks.Count; b++)
        {
            if (classes[b] != BlockClass.Good || blocks[b].IsTeaser || blocks[b].IsOthersText)
            {
                continue;
            }

            int gap = b - lastProse - 1;
            if (lastProse >= 0 && gap > 0 && ListLength(blocks, lastProse + 1, b) <= Settings.MaxListBetweenProse && AllListLike(blocks, classes, lastProse + 1, b))
            {
                for (int item = lastProse + 1; item < b; item++)
                {
                    classes[item] = classes[item] == BlockClass.Bad ? BlockClass.Short : classes[item];
                    blocks[item].InLinkList = false;
                    blocks[item].InArticleList = true;
                }
            }

            lastProse = b;
        }
    }

    /// <summary>
    /// The blocks from <paramref name="from"/> to <paramref name="to"/> but the labels the article repeats in each of its
    /// parts (a meal plan's "Pre-Workout Meal", "Eat 1–2 hours after your workout", a product table's "Material"). A
    /// menu's labels stand above the prose too, and a list of story cards repeats its bulleted sections ("* Fact Check"):
    /// those count.
    /// </summary>
    private static int ListLength(List<PageBlock> blocks, int from, int to)
    {
        int length = 0;
        for (int b = from; b < to; b++)
        {
            length += blocks[b].IsRepeated && !blocks[b].RepeatsAboveProse && !blocks[b].IsBullet ? 0 : 1;
        }

        return length;
    }

    private static bool AllListLike(List<PageBlock> blocks, BlockClass[] classes, int from, int to)
    {
        for (int b = from; b < to; b++)
        {
            PageBlock block = blocks[b];
            bool listLike = classes[b] != BlockClass.Bad || block.InLinkList || IsRepeatedLabel(block) || IsMenuItem(block);
            if (!listLike || block.Phrase is not null || block.IsBracketed || block.IsTeaser || block.ChromeSentence is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitleLike(PageBlock block, BlockClass blockClass) =>
        blockClass is BlockClass.Short or BlockClass.NearGood or BlockClass.Bad && !block.EndsSentence && block.Words >= 2 && block.Words < Settings.ProseWords
        && !block.IsBracketed && !char.IsLower(block.Content[0]) && !block.EndsMidPhrase;

    /// <summary>What chrome a block is, for the message.</summary>
    public static ChromeKind KindOf(PageBlock block) =>
        block.Phrase ?? block.ChromeSentence ?? (block.InGallery ? ChromeKind.Gallery : block.IsBullet || block.IsBracketed ? ChromeKind.Navigation : block.IsTeaser || block.InLinkList ? ChromeKind.Related : ChromeKind.Other);

    /// <summary>
    /// Chrome inside the article's run is taken out only when its shape or words say so; a short line between two
    /// paragraphs is more likely a subhead than a menu.
    /// </summary>
    public static bool IsChromeInsideArticle(PageBlock block, BlockClass blockClass) =>
        blockClass == BlockClass.Bad && !block.HoldsSentence && (block.Phrase is not null || block.IsBracketed && !block.CitesSource);

    /// <summary>The function-word share of the page's own prose: the median over its long blocks.</summary>
    private static double ProseLevel(List<PageBlock> blocks)
    {
        var shares = new List<double>();
        foreach (PageBlock block in blocks)
        {
            if (block.Words >= Settings.ProseWords * 2)
            {
                shares.Add(block.FunctionShare);
            }
        }

        if (shares.Count == 0)
        {
            return Settings.DefaultProseLevel;
        }

        shares.Sort();
        return shares[shares.Count / 2];
    }

    private static bool IsLong(PageBlock block) =>
        block.Words >= Settings.ProseWords || (block.IsUnspaced && block.Characters >= Settings.ProseCharacters);

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

    /// <summary>
    /// A roundup cites each quote's source in brackets under it (sh-0071: <c>[Tom's Guide]</c>, <c>[The Verge]</c>,
    /// <c>[Engadget]</c>): the names are the article's text, which no fix may delete. A name of one word counts only in an
    /// article that cites longer ones too; alone it is more often a form's button or an image's alt text.
    /// </summary>
    private static void MarkCitedSources(List<PageBlock> blocks, int first, int last)
    {
        int cited = 0;
        for (int b = first; b <= last; b++)
        {
            cited += blocks[b].Facts.BracketedNameWords >= Settings.MinSourceNameWords ? 1 : 0;
        }

        int minWords = cited >= Settings.MinCitedSources ? 1 : Settings.MinSourceNameWords;
        for (int b = first; b <= last; b++)
        {
            blocks[b].CitesSource = blocks[b].Facts.BracketedNameWords >= minWords;
        }
    }

    /// <summary>
    /// The first block of prose in the run that opens with an agency's dateline, or -1: a wire story's first
    /// paragraph, wherever the run began (in a gallery's captions, a video playlist). Where paragraphs stand above it
    /// in the run, they are the article, and the dateline opens another story's card under it.
    /// </summary>
    private static int DatelineLede(List<PageBlock> blocks, BlockClass[] classes, int first, int last)
    {
        for (int b = first; b <= last; b++)
        {
            if (IsProse(classes[b]) && blocks[b].Facts.OpensWithDateline)
            {
                return HoldsParagraphs(blocks, classes, first, b) ? -1 : b;
            }
        }

        return -1;
    }

    /// <summary>Two blocks of prose in [from, to) one after the other, each ending a sentence, neither said again on the page: an article's paragraphs, not captions or titles.</summary>
    private static bool HoldsParagraphs(List<PageBlock> blocks, BlockClass[] classes, int from, int to)
    {
        for (int b = from + 1; b < to; b++)
        {
            if (IsParagraph(blocks[b - 1], classes[b - 1]) && IsParagraph(blocks[b], classes[b]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParagraph(PageBlock block, BlockClass blockClass) => IsProse(blockClass) && block.EndsSentence && !block.IsRepeated;

    /// <summary>The contiguous run of blocks in [from, to) with the highest score (Kadane); the whole page where nothing is prose.</summary>
    private static (int First, int Last) BestRun(List<PageBlock> blocks, BlockClass[] classes, int from, int to) =>
        BestRun(blocks, classes, from, to, out _);

    private static (int First, int Last) BestRun(List<PageBlock> blocks, BlockClass[] classes, int from, int to, out double best)
    {
        best = 0;
        double current = 0;
        int bestFirst = 0, bestLast = blocks.Count - 1, first = from;
        bool found = false;
        for (int b = from; b < to; b++)
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

    /// <summary>
    /// What a block adds to a run: prose its letters, chrome a cost. Others' text (comments, story cards) and a consent,
    /// sign-in or share prompt in the words of prose cost as chrome: they neither extend the article nor compete with
    /// it. A legal notice is not among them: on a privacy policy's own page, it is the article. The article's own list
    /// between its paragraphs (<see cref="KeepListsBetweenProse"/>) costs nothing: a recipe's lines are no chrome.
    /// </summary>
    private static double Score(PageBlock block, BlockClass blockClass) => blockClass switch
    {
        BlockClass.Good or BlockClass.NearGood when block.IsOthersText || block.ChromeSentence is ChromeKind.Consent or ChromeKind.Account or ChromeKind.Share => -Settings.MinChromeCost,
        BlockClass.Good => block.Characters,
        BlockClass.NearGood => block.Characters / 2.0,
        BlockClass.Short when block.InArticleList => 0,
        BlockClass.Short => -Math.Min(block.Characters, Settings.MinChromeCost) / 2.0,
        BlockClass.Bad => -Math.Max(block.Characters, Settings.MinChromeCost),
        _ => 0,
    };

    /// <summary>
    /// What follows the article up to the next chrome that stops it belongs to it: a short last paragraph, captions,
    /// credits, copyright, and the article's own list or table. An advertisement, a share bar or a gallery control
    /// with prose after it stands inside the article and does not end it.
    /// </summary>
    private static int ExtendToChrome(List<PageBlock> blocks, BlockClass[] classes, int last)
    {
        while (true)
        {
            while (last + 1 < blocks.Count && !StopsArticle(blocks[last + 1]) && classes[last + 1] != BlockClass.Bad)
            {
                last++;
            }

            (int listEnd, bool table) = ListAfter(blocks, classes, last);
            if (listEnd > last)
            {
                last = listEnd;
                if (table)
                {
                    return last; // what follows a table the article ends on (an author's box, say) is not read on
                }

                continue;
            }

            int after = last + 1, inline = 0;
            while (after < blocks.Count && inline < Settings.MaxInlineChromeBlocks && IsInlineChrome(blocks[after]))
            {
                after++;
                inline++;
            }

            if (inline == 0 || after >= blocks.Count || classes[after] != BlockClass.Good)
            {
                return last;
            }

            last = after;
        }
    }

    /// <summary>
    /// A list right after the article (menu items, link-like lines, numbers), up to the next chrome or the end, is the
    /// article's: returns its last block. So is a table of any length (<see cref="TableEnd"/>), and the article ends on
    /// it. A longer list, or one with more text after it, is not; it is marked as standing beside the article, so that
    /// it is set aside rather than deleted.
    /// </summary>
    private static (int End, bool Table) ListAfter(List<PageBlock> blocks, BlockClass[] classes, int last)
    {
        int end = last;
        while (end + 1 < blocks.Count && classes[end + 1] == BlockClass.Bad && !StopsArticle(blocks[end + 1]))
        {
            end++;
        }

        int items = end - last;
        bool closed = end + 1 >= blocks.Count || StopsArticle(blocks[end + 1]);
        if (items > 0 && items <= Settings.MaxListBetweenProse && closed)
        {
            return (end, false);
        }

        int tableEnd = items > 0 ? TableEnd(blocks, last + 1, end) : -1;
        for (int b = Math.Max(last, tableEnd) + 1; b <= end; b++)
        {
            blocks[b].BesideArticle = true;
        }

        return tableEnd > last ? (tableEnd, true) : (last, false);
    }

    /// <summary>
    /// Rows of data after the article, however many, and whatever follows them: a heading, then rows that each hold a
    /// number or a "label: value" (standings, results, tour dates, a race calendar, "England (Group A): 10th
    /// appearance"), which menus and lists of links to other stories seldom do.
    /// </summary>
    /// <returns>The table's last row, or -1 where the blocks from <paramref name="from"/> are no table.</returns>
    private static int TableEnd(List<PageBlock> blocks, int from, int to)
    {
        int b = from < to && !IsRow(blocks[from]) ? from + 1 : from; // its heading
        int rows = 0;
        for (; b <= to && IsRow(blocks[b]); b++)
        {
            rows++;
        }

        return rows >= Settings.MinTableRows ? b - 1 : -1;
    }

    /// <summary>A row of a table: a few words with a number or a "label: value"; a share count ("tweet0") is too short.</summary>
    private static bool IsRow(PageBlock block) =>
        block.Words >= Settings.MinTableRowWords && block.Phrase is null && !block.IsBracketed && !block.IsTeaser && block.ChromeSentence is null
        && (HoldsDigit(block.Content) || block.Content.IndexOf(": ", StringComparison.Ordinal) > 0);

    private static bool HoldsDigit(string content)
    {
        foreach (char c in content)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Nothing after a copyright notice is the article: it closes the story, or the page. Only a notice that reads as
    /// one (<see cref="CopyrightNotice"/>: a year, or "All rights reserved") and comes after the article's prose.
    /// </summary>
    private static int EndAtCopyright(List<PageBlock> blocks, BlockClass[] classes, int first, int last)
    {
        bool prose = false;
        for (int b = first; b < last; b++)
        {
            if (prose && blocks[b].IsCopyright)
            {
                return b;
            }

            prose |= classes[b] == BlockClass.Good;
        }

        return last;
    }

    /// <summary>
    /// A note about the author after the article's prose (<see cref="AuthorNote"/>), naming the author the page shows
    /// as its byline or alone, closes the article: the author's box, and the list of their stories after it, are not
    /// the article. The box's name line and links above the note go with it.
    /// </summary>
    private static int EndAtAuthorNote(List<PageBlock> blocks, BlockClass[] classes, int first, int last)
    {
        bool prose = false;
        for (int b = first; b <= last; b++)
        {
            if (prose && blocks[b].Facts.AuthorName is { } name && IsShownAsAuthor(blocks, b, name))
            {
                int end = b - 1;
                while (end > first && classes[end] != BlockClass.Good && (IsChromeByItsOwnFeatures(blocks[end]) || blocks[end].Content.Contains(name)))
                {
                    end--;
                }

                return end;
            }

            prose |= classes[b] == BlockClass.Good;
        }

        return last;
    }

    /// <summary>A block before <paramref name="note"/> shows the name as a byline, or alone.</summary>
    private static bool IsShownAsAuthor(List<PageBlock> blocks, int note, string name)
    {
        for (int b = 0; b < note; b++)
        {
            string content = blocks[b].Content;
            if (content == name || (content.Contains(name) && blocks[b].IsBylineLine))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How sure the choice of the article is: its prose and run against those outside it.</summary>
    private static Doubt Weigh(List<PageBlock> blocks, BlockClass[] classes, int first, int last)
    {
        int inside = 0, outside = 0;
        double run = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].InGallery)
            {
                continue; // another text than the article, wherever it stands: it weighs on neither side
            }

            bool isInside = b >= first && b <= last;
            if (isInside)
            {
                run += Score(blocks[b], classes[b]);
            }

            if (classes[b] == BlockClass.Good && !IsChromeByItsOwnFeatures(blocks[b]))
            {
                inside += isInside ? blocks[b].Characters : 0;
                outside += isInside ? 0 : blocks[b].Characters;
            }
        }

        BestRun(blocks, classes, 0, first, out double before);
        BestRun(blocks, classes, last + 1, blocks.Count, out double after);
        return new Doubt(inside, outside, Math.Max(before, after), run);
    }
}
