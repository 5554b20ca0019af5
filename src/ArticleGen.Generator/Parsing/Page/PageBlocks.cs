using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// What a block's words are, whatever line of the page they stand on: read once per distinct text in one parse
/// (<see cref="BlockFactsCache"/>), so that reading the page again without its chrome reads each paragraph only once.
/// </summary>
internal sealed class BlockFacts
{
    /// <summary>The block's text, whitespace collapsed.</summary>
    public string Content { get; init; } = "";

    /// <summary>The order in which the parse read this text (<see cref="BlockFactsCache.Count"/>): an index into a table of the parse's texts, where a dictionary would hash.</summary>
    public int Id { get; init; }

    public int Words { get; init; }

    /// <summary>Letters and digits: what a page without spaces between words (Chinese, Japanese) is measured by.</summary>
    public int Characters { get; init; }

    /// <summary>Written in a script without spaces between words, where words cannot be counted.</summary>
    public bool IsUnspaced { get; init; }

    /// <summary>The share of <see cref="FunctionWords"/> among the words.</summary>
    public double FunctionShare { get; init; }

    /// <summary>Ends like a sentence: <c>.</c>, <c>!</c>, <c>?</c>, a closing quote, <c>。</c>.</summary>
    public bool EndsSentence { get; init; }

    /// <summary>A w3m form field, button or image: <c>[Submit]</c>, <c>[                    ]</c>, <c>[image]</c>, or an image's file name.</summary>
    public bool IsBracketed { get; init; }

    /// <summary>A teaser of another article: cut off with an ellipsis, or mid-phrase (on a function word).</summary>
    public bool IsTeaser { get; init; }

    /// <summary>The kind of chrome a phrase on the block names, or null.</summary>
    public ChromeKind? Phrase { get; init; }

    /// <summary>What piece of the article's furniture the block is (<see cref="Parsing.Furniture.KindOf"/>, a copyright notice counting).</summary>
    public FurnitureKind Furniture { get; init; }

    /// <summary>A copyright notice: it closes an article, or the page.</summary>
    public bool IsCopyright { get; init; }

    /// <summary>A credits line, a photo credit or a copyright notice: the article's own furniture.</summary>
    public bool IsArticleFurniture { get; init; }

    /// <summary>Most words capitalized, as headlines and menus are.</summary>
    public bool IsTitleCase { get; init; }

    /// <summary>Ends on a function word or a comma: a line of prose cut by the page's wrapping, not a title.</summary>
    public bool EndsMidPhrase { get; init; }

    /// <summary>The first text read that is this one but for case, where that is another text.</summary>
    public BlockFacts? EarlierCaseless { get; init; }

    /// <summary>The first text read that is this one but for case: "HOME" and "Home" are the same menu entry.</summary>
    public BlockFacts Caseless => EarlierCaseless ?? this;

    private ChromeKind? _chromeSentence;
    private bool _chromeSentenceRead;

    /// <summary>The kind of chrome the block is by its own words as a sentence (a consent banner, a legal notice), or null; read once.</summary>
    public ChromeKind? ChromeSentence
    {
        get
        {
            if (!_chromeSentenceRead)
            {
                // Only a block long enough to hold a sentence can be a chrome sentence; most blocks are not asked.
                _chromeSentence = Words >= Settings.SentenceWords || IsUnspaced ? ChromePhrases.FindInSentence(Content) : null;
                _chromeSentenceRead = true;
            }

            return _chromeSentence;
        }
    }

    private PublishedDate.Match? _date;
    private bool _dateRead;
    private bool? _isBylineLine;

    /// <summary>The block reads as a date line (<see cref="PublishedDate"/>), read once.</summary>
    public bool IsDateLine => Date is not null;

    /// <summary>The block holds little but a date: its labels, a time, names; not a sentence or a heading that mentions one.</summary>
    public bool IsDateAlone => Date is { IsDateLine: true };

    private PublishedDate.Match? Date
    {
        get
        {
            if (!_dateRead)
            {
                _date = PublishedDate.Read(Content, 0, Content.Length);
                _dateRead = true;
            }

            return _date;
        }
    }

    /// <summary>The block reads as a byline (<see cref="Byline"/>); asked of the few blocks near a headline, once.</summary>
    public bool IsBylineLine => _isBylineLine ??= Byline.Read(Content, nameAlone: false) is not null;

    private bool? _isInlineMenu;

    private bool? _saysItsOpeningAgain;

    /// <summary>
    /// The block's first words stand again in it: a card or a picture shows its title or caption twice, as the image's
    /// text and as the link's ("US President Donald Trump looks on ... US President Donald Trump looks on ..."); prose
    /// does not repeat its own opening. Read once.
    /// </summary>
    public bool SaysItsOpeningAgain => _saysItsOpeningAgain ??= Words >= 2 * Settings.OpeningSaidAgainWords && OpeningStandsAgain(Content);

    private static bool OpeningStandsAgain(string content)
    {
        int end = 0;
        for (int words = 0; words < Settings.OpeningSaidAgainWords; words++)
        {
            end = content.IndexOf(' ', end + 1);
            if (end < 0)
            {
                return false;
            }
        }

        // One search for the whole opening, which the runtime vectorizes; no copy of it is made.
        return content.AsSpan(end).IndexOf(content.AsSpan(0, end)) >= 0;
    }

    private bool? _opensWithDateline;

    /// <summary>
    /// The block opens with a wire dateline that names a news agency (<see cref="WireDateline"/>: "ST. JOSEPH, Mich.
    /// (AP) —"); a place in capitals and a dash alone may be a product's name ("MILA VERT – Fairer Strick"). Read once.
    /// </summary>
    /// <remarks>The dateline reads an agency's name only from a parenthesis: a block without one is not read.</remarks>
    public bool OpensWithDateline => _opensWithDateline ??= Content.IndexOf('(') >= 0
        && NewsAgencies.IsKnown(WireDateline.Read(Content, 0, Content.Length, new List<Finding>())?.Spec.Agency);

    private int? _bracketedNameWords;

    /// <summary>The words of the name the block holds in brackets (<see cref="BracketedName"/>), or 0; read once, of bracketed blocks.</summary>
    public int BracketedNameWords => _bracketedNameWords ??= IsBracketed ? BracketedName.WordsIn(Content) : 0;

    private bool? _opensWithClockTime;

    /// <summary>The block opens with a clock time (<see cref="PublishedDate.OpensWithClockTime"/>), as a news ticker's entry does; read once.</summary>
    public bool OpensWithClockTime => _opensWithClockTime ??= PublishedDate.OpensWithClockTime(Content);

    private bool? _speaksOfCookies;

    /// <summary>The block speaks of cookies (a banner's dialog does, <see cref="ChromeClassifier"/>); read once.</summary>
    public bool SpeaksOfCookies => _speaksOfCookies ??= Content.IndexOf("cookie", StringComparison.OrdinalIgnoreCase) >= 0;

    private (int Number, int Of)? _slide;
    private bool _slideRead;

    /// <summary>Where the block stands in a gallery (<see cref="Gallery.SlideOf"/>: "47/50 Tesco jet ..."), or null; read once.</summary>
    public (int Number, int Of)? Slide
    {
        get
        {
            if (!_slideRead)
            {
                _slide = Gallery.SlideOf(Content);
                _slideRead = true;
            }

            return _slide;
        }
    }

    /// <summary>A menu written on one line (<see cref="InlineMenu"/>); read once.</summary>
    public bool IsInlineMenu => _isInlineMenu ??= InlineMenu.IsIn(Content);

    private string? _authorName;
    private bool _authorNameRead;

    /// <summary>The author a note about them names (<see cref="AuthorNote"/>), or null; asked of the article's blocks, once.</summary>
    public string? AuthorName
    {
        get
        {
            if (!_authorNameRead)
            {
                _authorName = AuthorNote.NameIn(Content, Words);
                _authorNameRead = true;
            }

            return _authorName;
        }
    }
}

/// <summary>The <see cref="BlockFacts"/> of each distinct text one parse has read, so that no pass reads a paragraph twice.</summary>
internal sealed class BlockFactsCache
{
    /// <summary>The first text read of each text but for case: most texts have no other, and are hashed once, here.</summary>
    private readonly Dictionary<CaselessKey, BlockFacts> _caseless;

    /// <param name="lines">
    /// How many lines the page has: it holds distinct texts for about two in five of them, so the table is made for
    /// half as many as that, once, where it grew by doubling and copied itself each time.
    /// </param>
    /// <param name="buffer">The parse's buffer; a buffer of its own where none is given.</param>
    public BlockFactsCache(int lines = 0, CharBuffer? buffer = null)
    {
        _caseless = new Dictionary<CaselessKey, BlockFacts>(lines / 2);
        Buffer = buffer ?? new CharBuffer();
    }

    /// <summary>The texts read after another that is the same but for case ("Home" after "HOME").</summary>
    private readonly Dictionary<string, BlockFacts> _caseTwins = new(StringComparer.Ordinal);

    /// <summary>How many texts the parse has read: every <see cref="BlockFacts.Id"/> is below it.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The parse's buffer: the page's blocks are collapsed in it, and the page's texts are made in it (<see cref="PageMap"/>),
    /// which reads on with this cache from one reading of the page to the next.
    /// </summary>
    public CharBuffer Buffer { get; }

    /// <summary>The facts of the text of [start, end), whitespace collapsed.</summary>
    public BlockFacts Get(string text, int start, int end) => Get(Text.Collapse(text, start, end, Buffer));

    public BlockFacts Get(string content)
    {
        var key = new CaselessKey(content);
        if (!_caseless.TryGetValue(key, out BlockFacts? first))
        {
            first = PageBlocks.Read(content, null, Count++);
            _caseless.Add(key, first);
            return first;
        }

        if (string.Equals(first.Content, content, StringComparison.Ordinal))
        {
            return first;
        }

        if (!_caseTwins.TryGetValue(content, out BlockFacts? twin))
        {
            twin = PageBlocks.Read(content, first, Count++);
            _caseTwins.Add(content, twin);
        }

        return twin;
    }
}

/// <summary>
/// A text compared ignoring case, with its hash taken once (<see cref="CaselessHash"/>): a new text is looked up, then
/// added.
/// </summary>
internal readonly struct CaselessKey : IEquatable<CaselessKey>
{
    private readonly string _text;
    private readonly int _hash;

    public CaselessKey(string text)
    {
        _text = text;
        _hash = CaselessHash.Of(text);
    }

    public bool Equals(CaselessKey other) => _hash == other._hash && string.Equals(_text, other._text, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is CaselessKey other && Equals(other);

    public override int GetHashCode() => _hash;
}

/// <summary>
/// The blocks of the page's reading before this one, by where their text stood. The page read again without its
/// chrome keeps most of its blocks, only shifted; their facts are found by their place, without collapsing their text
/// again. A span that had chrome cut out of it, or no block of its own before, is not found, and is read by its text.
/// The body's blocks find the settled reading's the same way, with nothing cut (<see cref="SettledPage.FactsAt"/>).
/// </summary>
internal sealed class EarlierReading
{
    /// <summary>What was cut out of the earlier reading's text to make this one's.</summary>
    private readonly RemovedSpans _cut;

    /// <summary>Where each earlier block's text started and ended, in order of position (blocks do not overlap), and its facts.</summary>
    private readonly int[] _starts, _ends;

    private readonly List<PageBlock> _blocks;

    /// <param name="blocks">The earlier reading's blocks, over its <paramref name="lines"/>.</param>
    /// <remarks>Looked up by a binary search of the starts: a table by span hashed every block of every reading.</remarks>
    public EarlierReading(List<PageBlock> blocks, List<Line> lines, RemovedSpans cut)
    {
        _cut = cut;
        _blocks = blocks;
        _starts = new int[blocks.Count];
        _ends = new int[blocks.Count];
        for (int b = 0; b < blocks.Count; b++)
        {
            _starts[b] = lines[blocks[b].FirstLine].ContentStart;
            _ends[b] = lines[blocks[b].LastLine].ContentEnd;
        }
    }

    /// <summary>The facts of the earlier block whose text [start, end) of this reading was, unchanged, or null.</summary>
    /// <remarks>
    /// The text set aside was masked, not cut, but only whole lines of it, which stand blank in this reading and so
    /// inside no block; a span that maps back to one of the same length has no cut inside it, and its text is the same.
    /// </remarks>
    public BlockFacts? Find(int start, int end)
    {
        SourceSpan before = _cut.ToFile(SourceSpan.FromBounds(start, end));
        if (before.Length != end - start)
        {
            return null;
        }

        int b = Array.BinarySearch(_starts, before.Start);
        return b >= 0 && _ends[b] == before.End ? _blocks[b].Facts : null;
    }
}

/// <summary>
/// One block of the page: the lines it shows as one paragraph, list item, menu entry or label; what its words are
/// (<see cref="BlockFacts"/>), and the marks the <see cref="ChromeClassifier"/> gives it from the blocks around it.
/// </summary>
internal sealed class PageBlock
{
    public PageBlock(int firstLine, int lastLine, bool isBullet, BlockFacts facts)
    {
        FirstLine = firstLine;
        LastLine = lastLine;
        IsBullet = isBullet;
        Facts = facts;
    }

    public int FirstLine { get; }

    public int LastLine { get; }

    /// <summary>A list item: <c>* Home</c>, <c>• World</c>.</summary>
    public bool IsBullet { get; }

    public BlockFacts Facts { get; }

    public string Content => Facts.Content;

    public int Words => Facts.Words;

    public int Characters => Facts.Characters;

    public bool IsUnspaced => Facts.IsUnspaced;

    public double FunctionShare => Facts.FunctionShare;

    public bool EndsSentence => Facts.EndsSentence;

    public bool IsBracketed => Facts.IsBracketed;

    public bool IsTeaser => Facts.IsTeaser;

    public ChromeKind? Phrase => Facts.Phrase;

    public bool IsCopyright => Facts.IsCopyright;

    public bool IsArticleFurniture => Facts.IsArticleFurniture;

    public bool IsTitleCase => Facts.IsTitleCase;

    public bool EndsMidPhrase => Facts.EndsMidPhrase;

    public ChromeKind? ChromeSentence => Facts.ChromeSentence;

    public bool IsDateLine => Facts.IsDateLine;

    public bool IsDateAlone => Facts.IsDateAlone;

    public bool IsBylineLine => Facts.IsBylineLine;

    /// <summary>The same text stands elsewhere on the page (menus, galleries, a repeated headline).</summary>
    public bool IsRepeated { get; set; }

    /// <summary>Repeated, and one of its copies stands above the page's first prose: a menu's label, not a subhead's.</summary>
    public bool RepeatsAboveProse { get; set; }

    /// <summary>One of a run of title-like lines: a list of links to other pages.</summary>
    public bool InLinkList { get; set; }

    /// <summary>One of a list right after the article that is too long, or has more text after it, to be the article's own.</summary>
    public bool BesideArticle { get; set; }

    /// <summary>After a comments heading that follows the page's first prose: a reader's comment.</summary>
    public bool InComments { get; set; }

    /// <summary>One of the cards of a list of other stories (a title, an author, a date, a summary).</summary>
    public bool InStoryList { get; set; }

    /// <summary>One of the slides of a gallery (<see cref="Gallery"/>), its caption, text or credit.</summary>
    public bool InGallery { get; set; }

    /// <summary>What a cookie banner's dialog says after it ("Notwendige Cookies sind für ..."): <see cref="ChromeClassifier"/>'s context.</summary>
    public bool InConsentDialog { get; set; }

    /// <summary>Readers' comments, other stories' summaries, a cookie dialog: text that is not the article, however much prose it holds.</summary>
    public bool IsOthersText => InComments || InStoryList || InConsentDialog;

    /// <summary>One of a short list between two blocks of prose: the article's own list, table or subheads.</summary>
    public bool InArticleList { get; set; }

    /// <summary>A source's name in brackets inside an article that cites its sources so (<see cref="ChromeClassifier"/>).</summary>
    public bool CitesSource { get; set; }

    /// <summary>The block holds a sentence of prose (<see cref="Sentence"/>): no fix may delete it, unless it is <see cref="ChromeSentence"/>.</summary>
    public bool HoldsSentence { get; set; }
}

/// <summary>
/// Cuts the page into blocks. A blank line ends a block, and so does a line break the page itself made: where the
/// text is hard-wrapped (w3m wraps at 80 columns), a line ended early, with room left for the next word, ends its
/// block; where it is not wrapped (one paragraph per line), every line is a block.
/// </summary>
internal static class PageBlocks
{
    /// <summary>Longer lines than this mean the text is not hard-wrapped.</summary>
    private const int MaxWrapWidth = 100;

    /// <param name="earlier">The reading of the page before this one, whose blocks this one mostly keeps, or null.</param>
    public static List<PageBlock> Split(string text, List<Line> lines, BlockFactsCache? read = null, EarlierReading? earlier = null)
    {
        read ??= new BlockFactsCache();
        int width = WrapWidth(lines);
        var blocks = new List<PageBlock>((lines.Count / 2) + 1); // a block is a line or more, and a blank line parts most
        int first = -1;
        for (int n = 0; n < lines.Count; n++)
        {
            if (lines[n].IsBlank)
            {
                continue;
            }

            first = first < 0 ? n : first;
            bool continues = n + 1 < lines.Count && !lines[n + 1].IsBlank && !StartsWithBullet(text, lines[n + 1])
                && ((width > 0 && Wrapped(text, lines[n], lines[n + 1], width)) || CarriesOn(text, lines[n], lines[n + 1]));
            if (!continues)
            {
                int start = lines[first].ContentStart, end = lines[n].ContentEnd;
                BlockFacts facts = earlier?.Find(start, end) ?? read.Get(text, start, end);
                blocks.Add(new PageBlock(first, n, StartsWithBullet(text, lines[first]), facts));
                first = -1;
            }
        }

        MarkRepeated(blocks, read.Count);
        return blocks;
    }

    /// <returns>
    /// The width the text is wrapped at, or 0 where it is not wrapped: where more than a few lines (an address, a
    /// preformatted block) are longer than a wrapping tool makes them.
    /// </returns>
    internal static int WrapWidth(List<Line> lines)
    {
        int widest = 0, textLines = 0, overlong = 0;
        foreach (Line line in lines)
        {
            int width = line.ContentEnd - line.Start;
            if (line.IsBlank)
            {
                continue;
            }

            textLines++;
            if (width > MaxWrapWidth)
            {
                overlong++;
            }
            else
            {
                widest = Math.Max(widest, width);
            }
        }

        return overlong * 20 > textLines ? 0 : widest;
    }

    /// <summary>The line was full: the next line's first word would not have fitted on it.</summary>
    private static bool Wrapped(string text, Line line, Line next, int width)
    {
        int firstWordEnd = next.ContentStart;
        while (firstWordEnd < next.ContentEnd && !Text.IsSpace(text[firstWordEnd]))
        {
            firstWordEnd++;
        }

        return (line.ContentEnd - line.Start) + 1 + (firstWordEnd - next.ContentStart) > width;
    }

    /// <summary>
    /// The sentence runs on: the line stops mid-phrase and the next starts in lower case, or the line ends on a
    /// function word ("of the", "und der"), which no title, label or sentence ends on.
    /// </summary>
    internal static bool CarriesOn(string text, Line line, Line next) =>
        ((char.IsLower(text[line.ContentEnd - 1]) || text[line.ContentEnd - 1] == ',') && char.IsLower(text[next.ContentStart]))
        || EndsOnFunctionWord(text, line.ContentStart, line.ContentEnd);

    /// <summary>The text in [start, end) ends on a function word: it stops mid-phrase.</summary>
    internal static bool EndsOnFunctionWord(string text, int start, int end)
    {
        int wordStart = end;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        // "I" and "a" end too many titles ("Part I", "Plan A") to be told apart from a wrapped line.
        int length = end - wordStart;
        return length >= 2 && length <= FunctionWords.MaxLength && (wordStart == start || Text.IsSpace(text[wordStart - 1]))
            && FunctionWords.Contains(text, wordStart, length);
    }

    /// <summary>An image's file name standing for it (html-to-text writes it where a picture has no text): "note-10-plus.jpgnote-10-plus.jpg".</summary>
    /// <remarks>A loop, not a lambda: the lambda's closure was made for every block read, spaces or not.</remarks>
    private static bool IsImageFileName(string content)
    {
        if (content.IndexOf(' ') >= 0)
        {
            return false;
        }

        foreach (string extension in HtmlElements.ImageExtensions)
        {
            if (content.IndexOf(extension, StringComparison.OrdinalIgnoreCase) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithBullet(string text, Line line) =>
        Punctuation.IsBullet(text[line.ContentStart]) && (line.ContentLength == 1 || Text.IsSpace(text[line.ContentStart + 1]));


    /// <summary>What a block's collapsed text is: its counts, its ending, its phrase and furniture.</summary>
    /// <param name="caseless">The facts of the first text read that is this one but for case, or null.</param>
    /// <param name="id">The order in which the parse reads it (<see cref="BlockFacts.Id"/>).</param>
    internal static BlockFacts Read(string content, BlockFacts? caseless = null, int id = 0)
    {
        (int words, int function, int characters, int capitalized, int unspaced) = Count(content);
        char lastChar = content.Length > 0 ? content[content.Length - 1] : ' ';
        FurnitureKind furniture = Furniture.KindOf(content);
        bool endsOnFunctionWord = EndsOnFunctionWord(content, 0, content.Length);
        return new BlockFacts
        {
            EarlierCaseless = caseless,
            Content = content,
            Id = id,
            Words = words,
            IsUnspaced = unspaced * 2 > characters,
            Characters = characters,
            FunctionShare = words == 0 ? 0 : (double)function / words,
            EndsSentence = Punctuation.EndsSentence(lastChar),
            IsBracketed = (content.Length > 1 && content[0] == '[' && content.IndexOf(']') >= content.Length - 2) || IsImageFileName(content),
            IsTeaser = content.EndsWith("\u2026", StringComparison.Ordinal) || content.EndsWith("...", StringComparison.Ordinal) || endsOnFunctionWord,
            Phrase = ChromePhrases.Find(content, words),
            Furniture = furniture,
            IsCopyright = furniture == FurnitureKind.Copyright,
            IsArticleFurniture = furniture != FurnitureKind.None,
            IsTitleCase = words > 0 && capitalized * 3 >= words * 2,
            EndsMidPhrase = lastChar == ',' || endsOnFunctionWord,
        };
    }

    /// <summary>The words of a block's collapsed text, its function words, letters and digits, capitalized words and letters of unspaced scripts.</summary>
    private static (int Words, int Function, int Characters, int Capitalized, int Unspaced) Count(string content)
    {
        int words = 0, function = 0, characters = 0, capitalized = 0, unspaced = 0;
        byte[] traitsOf = Traits;
        for (int i = 0; i < content.Length; i++)
        {
            // A word runs to the next space (the text is collapsed: no other whitespace is left in it).
            int start = i, seen = 0;
            for (; i < content.Length && content[i] != ' '; i++)
            {
                int traits = traitsOf[content[i]];
                characters += traits & LetterOrDigit;
                unspaced += traits >> UnspacedBit;
                seen |= traits;
            }

            int end = i;
            if ((seen & Clings) != 0)
            {
                while (start < end && (traitsOf[content[start]] & Clings) != 0)
                {
                    start++;
                }

                while (end > start && (traitsOf[content[end - 1]] & Clings) != 0)
                {
                    end--;
                }
            }

            if (end > start)
            {
                words++;
                // Function words are short: only those are looked up, so long words cost no string.
                function += end - start <= FunctionWords.MaxLength && FunctionWords.Contains(content, start, end - start) ? 1 : 0;
                capitalized += (traitsOf[content[start]] & Capital) != 0 ? 1 : 0;
            }
        }

        return (words, function, characters, capitalized, unspaced);
    }

    private const int LetterOrDigit = 1, Clings = 2, Capital = 4, UnspacedBit = 3;

    /// <summary>
    /// What <see cref="Count"/> asks of each character, one bit each: a letter or digit, clings to a word
    /// (<see cref="Punctuation.ClingsToWord"/>), opens a capitalized word (upper case or a digit), is of an unspaced
    /// script (the top bit). Every character of every block is asked: one look-up for any character, where a test of
    /// whether it was ASCII was mispredicted on every accented letter of a page.
    /// </summary>
    private static readonly byte[] Traits = TraitsOfAll();

    private static byte[] TraitsOfAll()
    {
        var traits = new byte[char.MaxValue + 1];
        for (int code = 0; code <= char.MaxValue; code++)
        {
            char c = (char)code;
            traits[c] = (byte)((char.IsLetterOrDigit(c) ? LetterOrDigit : 0) | (Punctuation.ClingsToWord(c) ? Clings : 0)
                | (char.IsUpper(c) || char.IsDigit(c) ? Capital : 0) | (Punctuation.IsUnspacedScript(c) ? 1 << UnspacedBit : 0));
        }

        return traits;
    }

    /// <param name="texts">How many texts the parse has read (<see cref="BlockFactsCache.Count"/>).</param>
    private static void MarkRepeated(List<PageBlock> blocks, int texts)
    {
        // By the facts' identity: the cache gives one per text but for case, so no text is hashed again here.
        var seen = new PageBlock?[texts];
        foreach (PageBlock block in blocks)
        {
            if (block.Content.Length == 0)
            {
                continue;
            }

            int id = block.Facts.Caseless.Id;
            if (seen[id] is { } earlier)
            {
                earlier.IsRepeated = true;
                block.IsRepeated = true;
            }
            else
            {
                seen[id] = block;
            }
        }
    }
}
