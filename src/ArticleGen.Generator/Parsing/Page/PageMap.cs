using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>What a line of the page is.</summary>
internal enum LineLabel : byte
{
    Blank,

    /// <summary>Page chrome: reported (ART005) and left out of every field.</summary>
    Chrome,

    /// <summary>Above the article: where the headline, byline and date are read.</summary>
    Header,

    /// <summary>A line the header reader took: the headline, the byline, the date.</summary>
    HeaderField,

    /// <summary>The article's body.</summary>
    Body,

    /// <summary>
    /// Text outside the article that is not chrome by its own features: comments, teasers, another story, a list, or
    /// the article itself where the choice of it is wrong. Left out of every field and reported (ART012), never
    /// deleted by a fix that removes chrome.
    /// </summary>
    SetAside,

    /// <summary>
    /// A slide of a gallery set into the article (<see cref="Gallery"/>): set aside (ART012) and left out of the body, but
    /// kept in the next reading, where the article runs on past it.
    /// </summary>
    Gallery,
}

/// <summary>
/// One map of the page, read by every later part: its lines, a label for each, and the chrome on it. The layout
/// markers are cut out of the text first, so that the rest reads the page as if they had never been there. Then the
/// <see cref="ChromeClassifier"/> proposes the article; once the header reader has said where the body begins and
/// which lines it took, <see cref="Settle"/> says what everything else outside the article is: chrome, or text set
/// aside. A wire page, whose header the bracketed date line closes, is article to its end. Where that finds chrome,
/// <see cref="WithoutChrome"/> maps the page again without it, as the fix would leave it, until no more is found;
/// <see cref="Finish"/> then gives the <see cref="SettledPage"/> the body is read from. A map never changes once made.
/// </summary>
internal sealed class PageMap
{
    /// <summary>What was cut out of the file's text to make this map's: layout markers, and the chrome earlier maps found.</summary>
    private readonly RemovedSpans _removed;

    /// <summary>The chrome found before this map, at the file's offsets.</summary>
    private readonly List<ChromeBlock> _found;

    private readonly ChromeClassifier.Layout _layout;
    private readonly ChromeClassifier.BlockClass[] _classes;
    private readonly bool[] _chromeInsideArticle;

    /// <summary>For each line, whether its block is chrome by its own features (<see cref="ChromeClassifier.IsChromeByItsOwnFeatures"/>).</summary>
    private readonly bool[] _ownChrome;

    /// <summary>
    /// For each line, whether its block holds a sentence of prose that is not chrome by its own words
    /// (<see cref="Sentence"/>) and is not the headline said again.
    /// </summary>
    private readonly bool[] _prose;

    /// <summary>For each line, whether its block goes on to the next line: the page wrapped it there.</summary>
    private readonly bool[] _runsOn;

    /// <summary>The ART012 findings of the maps before this one, at the file's offsets.</summary>
    private readonly List<Finding> _setAsideFound;

    private readonly PageReading _reading;

    /// <summary>What each block's text is, kept from map to map: a paragraph the chrome stood beside is read once.</summary>
    private readonly BlockFactsCache _facts;

    /// <summary>What the header read on each line, kept from map to map the same way.</summary>
    private readonly LineReadings _lineReadings;

    private PageMap(string original, string text, List<Line> lines, PageReading reading, RemovedSpans removed, List<ChromeBlock> found, BlockFactsCache facts, LineReadings lineReadings, List<Finding> setAsideFound, EarlierReading? earlier = null)
    {
        _facts = facts;
        _lineReadings = lineReadings;
        _reading = reading;
        _setAsideFound = setAsideFound;
        Original = original;
        Text = text;
        _removed = removed;
        _found = found;
        Chrome = found;
        Lines = lines;
        _layout = ChromeClassifier.Classify(text, Lines, reading, facts, earlier);
        Labels = new LineLabel[Lines.Count];
        Kinds = new ChromeKind[Lines.Count];
        _classes = new ChromeClassifier.BlockClass[Lines.Count];
        _chromeInsideArticle = new bool[Lines.Count];
        _ownChrome = new bool[Lines.Count];
        _prose = new bool[Lines.Count];
        _runsOn = new bool[Lines.Count];
        int headline = _layout.Headline < 0 ? _layout.FirstBody : System.Math.Min(_layout.Headline, _layout.FirstBody);
        for (int b = 0; b < _layout.Blocks.Count; b++)
        {
            PageBlock block = _layout.Blocks[b];
            bool inBody = b >= _layout.FirstBody && b <= _layout.LastBody;
            bool chromeInside = ChromeClassifier.IsChromeInsideArticle(block, _layout.Classes[b]);
            bool ownChrome = ChromeClassifier.IsChromeByItsOwnFeatures(block);
            LineLabel label = inBody ? (chromeInside ? LineLabel.Chrome : block.InGallery ? LineLabel.Gallery : LineLabel.Body)
                : b >= headline && b < _layout.FirstBody ? LineLabel.Header
                : ownChrome ? LineLabel.Chrome : LineLabel.SetAside;
            ChromeKind kind = ChromeClassifier.KindOf(block);
            bool prose = block.HoldsSentence && block.ChromeSentence is null && !IsHeadlineAgain(block);
            for (int n = block.FirstLine; n <= block.LastLine; n++)
            {
                Labels[n] = label;
                Kinds[n] = kind;
                _classes[n] = _layout.Classes[b];
                _chromeInsideArticle[n] = chromeInside;
                _ownChrome[n] = ownChrome;
                _prose[n] = prose;
                _runsOn[n] = n < block.LastLine;
            }
        }

        BodyLine = _layout.Blocks.Count == 0 ? 0 : _layout.Blocks[_layout.FirstBody].FirstLine;
        IsOneParagraphALine = PageBlocks.WrapWidth(Lines) == 0;
    }

    /// <summary>The file's text, as read.</summary>
    public string Original { get; }

    /// <summary>
    /// The file's text without its layout markers and without the chrome earlier maps found. Offsets into it go back
    /// to the file's through <see cref="ToFile"/>.
    /// </summary>
    public string Text { get; }

    /// <summary>The span in the file of a span in <see cref="Text"/>.</summary>
    public SourceSpan ToFile(SourceSpan span) => _removed.ToFile(span);

    /// <summary>The offset in the file of an offset in <see cref="Text"/>.</summary>
    public int ToFileOffset(int offset) => ToFile(new SourceSpan(offset, 0)).Start;

    /// <summary>The lines of <see cref="Text"/>.</summary>
    public List<Line> Lines { get; }

    /// <summary>The byline on line <paramref name="n"/> (<see cref="Byline.Read(string, Line, bool)"/>), read once a parse.</summary>
    public string? BylineOn(int n, bool nameAlone) => _lineReadings.Byline(this, n, nameAlone);

    /// <summary>The byline line <paramref name="n"/> opens with (<see cref="Byline.ReadOpening"/>), read once a parse.</summary>
    public string? BylineOpeningOn(int n) => _lineReadings.BylineOpening(this, n);

    /// <summary>The first date on line <paramref name="n"/> (<see cref="PublishedDate.Read(string, Line)"/>), read once a parse.</summary>
    public PublishedDate.Match? DateOn(int n) => _lineReadings.Date(this, n);

    /// <summary>One label per line of <see cref="Lines"/>.</summary>
    public LineLabel[] Labels { get; }

    /// <summary>For a chrome line, what chrome it is.</summary>
    public ChromeKind[] Kinds { get; }

    /// <summary>The chrome found before this map, at the file's offsets, in order of position: layout markers, and runs of chrome lines.</summary>
    public List<ChromeBlock> Chrome { get; }

    /// <summary>The line of the headline the classifier proposes, or -1.</summary>
    public int HeadlineLine => _layout.Headline < 0 ? -1 : _layout.Blocks[_layout.Headline].FirstLine;

    /// <summary>The block the headline line belongs to, as the classifier cut the page.</summary>
    public int HeadlineLastLine => _layout.Headline < 0 ? -1 : _layout.Blocks[_layout.Headline].LastLine;

    /// <summary>
    /// The text is not hard-wrapped: each line is a paragraph of its own (an article copied from a browser). Wire
    /// pages are read by their own layouts, which wrap a paragraph's first line short.
    /// </summary>
    public bool IsOneParagraphALine { get; }

    /// <summary>The letters and digits of prose in the article the classifier chose (<see cref="ChromeClassifier.Doubt"/>).</summary>
    public int ArticleProse => _layout.Doubt.ArticleProse;

    /// <summary>Line <paramref name="n"/> and the next are one block: the page wrapped what line <paramref name="n"/> says.</summary>
    public bool RunsOn(int n) => _runsOn[n];

    /// <summary>The first line of the article's body as the classifier found it.</summary>
    public int BodyLine { get; }

    /// <summary>The body's first paragraph opens with an agency's dateline: what stands between the header and it is not the article's.</summary>
    public bool OpensWithDateline => _layout.OpensWithDateline;

    /// <summary>The first map of a file: its layout markers are cut out before anything is read.</summary>
    /// <param name="buffer">The parse's buffer (<see cref="CharBuffer"/>), which every later map reads on with.</param>
    public static PageMap Build(string text, PageReading reading, CharBuffer buffer)
    {
        List<Line> lines = TextLines.Split(text);
        List<ChromeBlock> markers = LayoutMarkers.Find(text, lines);
        var removed = new RemovedSpans(markers.ConvertAll(m => m.Span));
        var facts = new BlockFactsCache(lines.Count, buffer);
        string unmarked = removed.Apply(text, facts.Buffer);
        lines = removed.IsEmpty ? lines : TextLines.Split(unmarked, lines.Count);
        if (reading == PageReading.WholePage && ArticleHeader.IsWirePage(unmarked, lines))
        {
            reading = PageReading.Wire;
        }

        return new PageMap(text, unmarked, lines, reading, removed, markers, facts, new LineReadings(), new List<Finding>());
    }

    /// <summary>
    /// The map of this page with the chrome <paramref name="settled"/> found cut out, read afresh: the page as the
    /// "remove all markers" fix leaves it. The parser reads on until a map finds no more chrome, so that the fixed
    /// file reads the same as the page did.
    /// </summary>
    public PageMap WithoutChrome(Settlement settled)
    {
        // The text set aside stays in the file, but not in the next reading: without the chrome between them, the
        // article and the text beside it would run together, and the choice of the article would move.
        List<SourceSpan> runs = settled.Runs.ConvertAll(run => run.Span);
        (string text, List<Line> lines) = WholeLineEdits.Apply(Text, Lines, runs, settled.SetAside.ConvertAll(run => run.Span), _facts.Buffer);
        var cut = new RemovedSpans(runs);
        var earlier = new EarlierReading(_layout.Blocks, Lines, cut);
        return new PageMap(Original, text, lines, _reading, _removed.Then(cut), settled.Chrome, _facts, _lineReadings, settled.SetAsideFound, earlier);
    }

    /// <summary>What <see cref="Settle"/> decided: the runs of chrome and of text set aside, and all the page's chrome so far.</summary>
    internal sealed class Settlement
    {
        public Settlement(List<ChromeBlock> runs, List<ChromeBlock> setAside, List<ChromeBlock> masked, List<ChromeBlock> chrome, List<Finding> setAsideFound)
        {
            Runs = runs;
            SetAside = setAside;
            Masked = masked;
            Chrome = chrome;
            SetAsideFound = setAsideFound;
        }

        /// <summary>The runs of chrome this map found, at offsets in its text.</summary>
        public List<ChromeBlock> Runs { get; }

        /// <summary>The runs of text set aside, at offsets in the map's text.</summary>
        public List<ChromeBlock> SetAside { get; }

        /// <summary>What the body must not read, at offsets in the map's text: chrome, text set aside, the header's fields.</summary>
        public List<ChromeBlock> Masked { get; }

        /// <summary>All the chrome found on the page, at the file's offsets, in order of position.</summary>
        public List<ChromeBlock> Chrome { get; }

        /// <summary>The ART012 findings of this map and the maps before it, at the file's offsets.</summary>
        public List<Finding> SetAsideFound { get; }

        /// <summary>The ART012 findings of the galleries inside the article: each reading finds them again, so none is passed on.</summary>
        public List<Finding> GalleriesFound { get; init; } = new();

        /// <summary>This map found chrome no earlier map had found: the page is read again without it.</summary>
        public bool FoundChrome => Runs.Count > 0;
    }

    /// <summary>
    /// Settles the map once the header is read: the header's lines stay, the body runs from
    /// <paramref name="bodyStart"/>, and every other line outside the article is chrome or text set aside.
    /// </summary>
    public Settlement Settle(int bodyStart, IReadOnlyCollection<int> headerLines, bool bodyToTheEnd)
    {
        var labels = (LineLabel[])Labels.Clone();
        List<ChromeBlock> masked = HeaderFields(labels, bodyStart, headerLines);
        LabelOutsideTheArticle(labels, bodyStart, bodyToTheEnd);
        (List<ChromeBlock> runs, List<ChromeBlock> setAside, List<ChromeBlock> galleries) = Runs(labels);
        var setAsideFound = new List<Finding>(_setAsideFound);
        var galleriesFound = new List<Finding>();
        foreach (ChromeBlock run in setAside)
        {
            setAsideFound.Add(SetAsideFinding(run, KindAbove(labels, run.Span), isGallery: false));
        }

        foreach (ChromeBlock gallery in galleries)
        {
            galleriesFound.Add(SetAsideFinding(gallery, null, isGallery: true));
        }

        masked.AddRange(runs);
        masked.AddRange(setAside);
        masked.AddRange(galleries);
        List<ChromeBlock> chrome = Chrome;
        if (runs.Count > 0)
        {
            chrome = runs.ConvertAll(run => run with { Span = ToFile(run.Span) });
            chrome.AddRange(Uncovered(Chrome, chrome));
            chrome.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        return new Settlement(runs, setAside, masked, chrome, setAsideFound) { GalleriesFound = galleriesFound };
    }

    private Finding SetAsideFinding(ChromeBlock run, ChromeKind? kindAbove, bool isGallery) =>
        new(DiagnosticIds.TextSetAside, ToFile(run.Span), run.Subject, SetAsideText.Describe(Text, Lines, run.Span, kindAbove, _layout.Doubt, isGallery)) { Unsure = _layout.Doubt.IsUnsure };

    /// <summary>The page the body is read from: this map's text with all it must not read masked (its characters become spaces).</summary>
    public SettledPage Finish(Settlement settled)
    {
        (string text, List<Line> lines) = settled.Masked.Count == 0 ? (Text, Lines)
            : WholeLineEdits.Apply(Text, Lines, new List<SourceSpan>(), settled.Masked.ConvertAll(block => block.Span), _facts.Buffer);
        var blocks = new EarlierReading(_layout.Blocks, Lines, new RemovedSpans(new List<SourceSpan>()));
        var setAsideFound = new List<Finding>(settled.SetAsideFound);
        setAsideFound.AddRange(settled.GalleriesFound);
        return new SettledPage(text, lines, IsOneParagraphALine, _removed, settled.Chrome, setAsideFound, blocks);
    }

    /// <summary>The header's lines are neither body nor chrome; a byline or date line under the headline is masked without a report.</summary>
    private List<ChromeBlock> HeaderFields(LineLabel[] labels, int bodyStart, IReadOnlyCollection<int> headerLines)
    {
        var fields = new List<ChromeBlock>();
        foreach (int n in headerLines)
        {
            labels[n] = LineLabel.HeaderField;
            bool holdsBodyStart = Lines[n].Start < bodyStart && bodyStart < Lines[n].End;
            if (Lines[n].End > bodyStart && !holdsBodyStart)
            {
                fields.Add(new ChromeBlock(SourceSpan.FromBounds(Lines[n].ContentStart, Lines[n].ContentEnd), ChromeKind.Other, ""));
            }
        }

        return fields;
    }

    /// <summary>Above the body, and between the header and the article, what is not a standfirst is chrome or set aside.</summary>
    private void LabelOutsideTheArticle(LineLabel[] labels, int bodyStart, bool bodyToTheEnd)
    {
        bool underHeadline = true;
        for (int n = 0; n < Lines.Count; n++)
        {
            LineLabel label = labels[n];
            if (label is LineLabel.Blank or LineLabel.HeaderField)
            {
                continue;
            }

            if (Lines[n].End <= bodyStart)
            {
                labels[n] = OutsideArticle(n);
            }
            else if (bodyToTheEnd)
            {
                labels[n] = _chromeInsideArticle[n] ? LineLabel.Chrome : LineLabel.Body;
            }
            else if (n < BodyLine && label != LineLabel.Body)
            {
                labels[n] = !_layout.OpensWithDateline && Standfirst(n, underHeadline) ? LineLabel.Body : OutsideArticle(n);
                underHeadline &= labels[n] == LineLabel.Body;
            }
        }
    }

    /// <summary>
    /// Between the header and the article the classifier found: a standfirst. A sentence of prose right under the
    /// headline (no chrome between them) is the article's first paragraph whatever its class: once a headline above
    /// it is chosen, the line that was taken for the headline must stay in the article's fields.
    /// </summary>
    private bool Standfirst(int n, bool underHeadline) =>
        (_classes[n] != ChromeClassifier.BlockClass.Bad && Kinds[n] == ChromeKind.Other) || (underHeadline && _prose[n]);

    /// <summary>The headline's text standing again (above the article, then over its picture): no paragraph.</summary>
    /// <remarks>By the facts' identity, as <see cref="PageBlocks"/> marks repeats: the cache gives one per text but for case.</remarks>
    private bool IsHeadlineAgain(PageBlock block) =>
        _layout.Headline >= 0 && block.Facts.Caseless == _layout.Blocks[_layout.Headline].Facts.Caseless;

    /// <summary>The kind of the nearest chrome line above a span, if the line right above it (blank lines aside) is chrome.</summary>
    private ChromeKind? KindAbove(LineLabel[] labels, SourceSpan span)
    {
        for (int n = TextLines.IndexAt(Lines, span.Start) - 1; n >= 0; n--)
        {
            if (!Lines[n].IsBlank)
            {
                return labels[n] == LineLabel.Chrome ? Kinds[n] : null;
            }
        }

        return null;
    }

    /// <summary>What a line outside the article is: chrome by its own features, or text set aside.</summary>
    private LineLabel OutsideArticle(int n) => _ownChrome[n] ? LineLabel.Chrome : LineLabel.SetAside;

    /// <summary>The runs of chrome, of text set aside and of a gallery's slides (<see cref="RunOf"/>), found in one pass over the lines.</summary>
    private (List<ChromeBlock> Chrome, List<ChromeBlock> SetAside, List<ChromeBlock> Galleries) Runs(LineLabel[] labels)
    {
        var chrome = new RunOf(LineLabel.Chrome);
        var setAside = new RunOf(LineLabel.SetAside);
        var galleries = new RunOf(LineLabel.Gallery);
        for (int n = 0; n <= Lines.Count; n++)
        {
            LineLabel label = n < Lines.Count ? labels[n] : LineLabel.Body;
            if (label != LineLabel.Blank)
            {
                chrome.Take(this, n, label);
                setAside.Take(this, n, label);
                galleries.Take(this, n, label);
            }
        }

        return (chrome.Runs, setAside.Runs, galleries.Runs);
    }

    /// <summary>Each run of lines with one label, blank lines between them included, as one block.</summary>
    private sealed class RunOf
    {
        private readonly LineLabel _label;
        private int _first = -1, _last = -1;
        private ChromeKind _kind = ChromeKind.Other;

        public RunOf(LineLabel label)
        {
            _label = label;
        }

        public List<ChromeBlock> Runs { get; } = new();

        /// <summary>Line <paramref name="n"/>, labelled (not <see cref="LineLabel.Blank"/>): it joins the run, or ends it.</summary>
        public void Take(PageMap map, int n, LineLabel label)
        {
            if (label == _label)
            {
                if (!map.Lines[n].IsBlank)
                {
                    _kind = _first < 0 || _kind == ChromeKind.Other ? map.Kinds[n] : _kind;
                    _first = _first < 0 ? n : _first;
                    _last = n;
                }

                return;
            }

            if (_first >= 0)
            {
                Line first = map.Lines[_first];
                var span = SourceSpan.FromBounds(first.ContentStart, map.Lines[_last].ContentEnd);
                Runs.Add(new ChromeBlock(span, _kind, Parsing.Text.Collapse(map.Text, first.ContentStart, first.ContentEnd)));
                _first = -1;
                _kind = ChromeKind.Other;
            }
        }
    }

    /// <summary>Chrome found earlier stands on its own, except inside a run of chrome that covers it.</summary>
    private static IEnumerable<ChromeBlock> Uncovered(List<ChromeBlock> found, List<ChromeBlock> runs)
    {
        int r = 0;
        foreach (ChromeBlock marker in found)
        {
            while (r < runs.Count && runs[r].Span.End < marker.Span.Start)
            {
                r++;
            }

            if (r >= runs.Count || marker.Span.End < runs[r].Span.Start)
            {
                yield return marker;
            }
        }
    }
}
