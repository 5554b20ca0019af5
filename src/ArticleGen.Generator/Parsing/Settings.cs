namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Every threshold of the page stage, named, in one place (as trafilatura's <c>settings.py</c> keeps its own). Word
/// lists live in <c>Lexicon/</c>.
/// </summary>
internal static class Settings
{
    // ---- A sentence: what no fix may delete (Sentence) ----

    /// <summary>A sentence has at least this many words.</summary>
    public const int SentenceWords = 8;

    /// <summary>Without spaces between words (Chinese, Japanese), letters stand in for words: about two a word.</summary>
    public const int SentenceCharacters = SentenceWords * 2;

    /// <summary>Without a sentence end, a sentence has the function words of the page's prose (this share of its level).</summary>
    public const double SentenceFunctionLevel = 1.0;

    // ---- Block classes (ChromeClassifier) ----

    /// <summary>Blocks with at least this many words are long enough to judge as prose.</summary>
    public const int ProseWords = 15;

    /// <summary>Without spaces between words (Chinese, Japanese), letters stand in for words.</summary>
    public const int ProseCharacters = 60;

    /// <summary>A long block is prose where its share of function words reaches this share of the page's level.</summary>
    public const double ProseFunctionLevel = 0.5;

    /// <summary>A shorter block reads like prose where its share of function words reaches this share of the page's level.</summary>
    public const double NearProseFunctionLevel = 0.3;

    /// <summary>The function-word share assumed where the page has no long block to measure it on.</summary>
    public const double DefaultProseLevel = 0.3;

    /// <summary>A bullet this long that ends a sentence is a point of the article, not a menu item.</summary>
    public const int BulletSentenceWords = 12;

    /// <summary>A chrome phrase on a block that ends a sentence counts only on a block this short.</summary>
    public const int ChromeWordsOnSentence = 4;

    /// <summary>A menu's item names a place in at most this many words; a longer list item is content.</summary>
    public const int MaxNavigationItemWords = 4;

    /// <summary>A consent banner, newsletter, sign-in or share prompt is a sentence or two: at most this many words.</summary>
    public const int MaxPromptWords = 60;

    /// <summary>A block whose first this many words stand again in it says itself twice (<see cref="BlockFacts.SaysItsOpeningAgain"/>).</summary>
    public const int OpeningSaidAgainWords = 6;

    /// <summary>A teaser of another article is shorter than this.</summary>
    public const int TeaserWords = 40;

    /// <summary>This many title-like lines in a row are a list of links: related stories, a playlist, a menu.</summary>
    public const int MinLinkList = 3;

    /// <summary>A list between two blocks of prose of at most this many blocks is the article's own (steps, teams, a table).</summary>
    public const int MaxListBetweenProse = 12;

    /// <summary>A list right after the article whose items each hold a number or a "label: value" is a table of its own, however long, from this many rows.</summary>
    public const int MinTableRows = 4;

    /// <summary>A table's row holds at least this many words: "teilen17", "tweet0" are share counts.</summary>
    public const int MinTableRowWords = 3;

    /// <summary>A gallery (<see cref="Gallery"/>) shows at least this many slides numbered one after another ("1/5", "2/5", "3/5").</summary>
    public const int MinGallerySlides = 3;

    /// <summary>A menu written on one line (<see cref="InlineMenu"/>) has at least this many items...</summary>
    public const int MinInlineMenuItems = 3;

    /// <summary>...each a label of at most this many words...</summary>
    public const int MaxMenuLabelWords = 6;

    /// <summary>...and of at most this many words on average.</summary>
    public const int MaxMeanMenuLabelWords = 4;

    /// <summary>A note about the author (<see cref="AuthorNote"/>) is a short paragraph: at most this many words...</summary>
    public const int MaxAuthorNoteWords = 100;

    /// <summary>...that opens with a name of two to this many words...</summary>
    public const int MaxAuthorNameWords = 4;

    /// <summary>...and names the author's role within this many words of its verb: "is an Egypt-based correspondent".</summary>
    public const int MaxWordsToAuthorRole = 8;

    /// <summary>A chrome block costs the run at least this much, so a menu of one-word items still counts.</summary>
    public const int MinChromeCost = 20;

    // ---- The article's region (ChromeClassifier) ----

    /// <summary>A comments heading ("Leave a comment", "12 Comments") is this short.</summary>
    public const int MaxCommentsHeadingWords = 4;

    /// <summary>The name under an "About the author" label (<see cref="AuthorBox"/>) stands at most this many lines below it (a blank line between them, as renderers leave).</summary>
    public const int AuthorBoxNameReach = 3;

    /// <summary>A block that speaks of cookies this many blocks or fewer after a cookie banner, or after another such block, is the banner's dialog.</summary>
    public const int ConsentDialogBlocks = 6;

    /// <summary>A comments heading this many blocks or fewer from a "By" line is the article header's link to its comments.</summary>
    public const int CommentsLinkToByline = 3;

    /// <summary>This many reply links after the page's first prose are a thread of comments, though no heading says so.</summary>
    public const int MinReplyLinks = 2;

    /// <summary>A reply link holds at most this many words: "Antworten · Gefällt mir · Melden".</summary>
    public const int MaxReplyLinkWords = 5;

    /// <summary>The first comment's text stands at most this many blocks above its reply link (under it its author, its date).</summary>
    public const int ReplyLinkReach = 3;

    /// <summary>A name in brackets of this many words (<c>[Tom's Guide]</c>) inside the article cites a source: one word is too often a form's button or an image's alt text (<c>[Senden]</c>, <c>[Headerbild]</c>).</summary>
    public const int MinSourceNameWords = 2;

    /// <summary>A source's name is short: "The Wall Street Journal".</summary>
    public const int MaxSourceNameWords = 4;

    /// <summary>An article that cites this many sources by names of <see cref="MinSourceNameWords"/> in brackets cites its one-word sources too (<c>[Engadget]</c>).</summary>
    public const int MinCitedSources = 2;

    /// <summary>This many date lines close together, with little prose between, are the cards of a list of other stories.</summary>
    public const int MinStoryCards = 3;

    /// <summary>A story card's date line stands at most this many blocks after the one before it.</summary>
    public const int MaxStoryCardBlocks = 8;

    /// <summary>In a file that is the article alone, a first block this short is its headline.</summary>
    public const int MaxHeadlineWords = 30;

    /// <summary>
    /// An article goes on past this many blocks of inline chrome (an advertisement, a share bar, a gallery control) to
    /// the prose that follows them.
    /// </summary>
    public const int MaxInlineChromeBlocks = 3;

    /// <summary>
    /// The parser is unsure where another run of prose outside the article scores at least this share of the
    /// article's own: two stories compete.
    /// </summary>
    public const double CompetingRunShare = 0.5;

    /// <summary>
    /// A reading without the chrome found keeps at least this share of the article's prose: one that keeps less chose
    /// another article, where it should only have taken chrome away (<see cref="ArticleParser"/>).
    /// </summary>
    public const double KeptArticleProse = 0.5;
}
