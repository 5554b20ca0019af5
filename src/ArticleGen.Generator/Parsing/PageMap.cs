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
}

/// <summary>
/// One map of the page, read by every later part: its lines, a label for each, and the chrome on it. It is made in two
/// steps: <see cref="Build"/> maps the lines and the <see cref="ChromeClassifier"/>'s article; once the header reader
/// has said where the body begins and which lines it took, <see cref="Settle"/> turns everything else outside the
/// article into chrome. Chrome is masked out of <see cref="Text"/> (its characters become spaces, offsets stay those
/// of the file), so a chrome line reads as blank and the article parses as if the chrome had been deleted.
/// </summary>
internal sealed class PageMap
{
    private readonly List<ChromeBlock> _markers;
    private readonly ChromeClassifier.Layout _layout;

    private readonly ChromeClassifier.BlockClass[] _classes;
    private readonly bool[] _chromeInsideArticle;

    private PageMap(string original, string text, List<Line> lines, LineLabel[] labels, ChromeKind[] kinds, ChromeClassifier.BlockClass[] classes, bool[] chromeInsideArticle, List<ChromeBlock> markers, ChromeClassifier.Layout layout)
    {
        _chromeInsideArticle = chromeInsideArticle;
        _classes = classes;
        Original = original;
        Text = text;
        Lines = lines;
        Labels = labels;
        Kinds = kinds;
        _markers = markers;
        _layout = layout;
        Chrome = markers;
    }

    /// <summary>The file's text, as read.</summary>
    public string Original { get; }

    /// <summary>
    /// The file's text without its layout markers, and with every other chrome span replaced by spaces. Offsets into
    /// it go back to the file's through <see cref="ToFile"/>.
    /// </summary>
    public string Text { get; private set; }

    private RemovedSpans Removed { get; init; } = new(new List<SourceSpan>());

    /// <summary>The span in the file of a span in <see cref="Text"/>.</summary>
    public SourceSpan ToFile(SourceSpan span) => Removed.ToFile(span);

    /// <summary>The lines of <see cref="Text"/>.</summary>
    public List<Line> Lines { get; private set; }

    /// <summary>One label per line of <see cref="Lines"/>.</summary>
    public LineLabel[] Labels { get; }

    /// <summary>For a chrome line, what chrome it is.</summary>
    public ChromeKind[] Kinds { get; }

    /// <summary>The chrome found on the page, in order of position: layout markers, and runs of chrome lines.</summary>
    public List<ChromeBlock> Chrome { get; private set; }

    /// <summary>The line of the headline the classifier proposes, or -1.</summary>
    public int HeadlineLine => _layout.Headline < 0 ? -1 : _layout.Blocks[_layout.Headline].FirstLine;

    /// <summary>The block the headline line belongs to, as the classifier cut the page.</summary>
    public int HeadlineLastLine => _layout.Headline < 0 ? -1 : _layout.Blocks[_layout.Headline].LastLine;

    /// <summary>The first line of the article's body as the classifier found it.</summary>
    public int BodyLine { get; private set; }

    public static PageMap Build(string text)
    {
        List<ChromeBlock> markers = LayoutMarkers.Find(text, TextLines.Split(text));
        var removed = new RemovedSpans(markers.ConvertAll(m => m.Span));
        string masked = removed.Apply(text);
        List<Line> lines = TextLines.Split(masked);

        ChromeClassifier.Layout layout = ChromeClassifier.Classify(masked, lines);
        var labels = new LineLabel[lines.Count];
        var kinds = new ChromeKind[lines.Count];
        var classes = new ChromeClassifier.BlockClass[lines.Count];
        var chromeInsideArticle = new bool[lines.Count];
        int headline = layout.Headline < 0 ? layout.FirstBody : System.Math.Min(layout.Headline, layout.FirstBody);
        for (int b = 0; b < layout.Blocks.Count; b++)
        {
            PageBlock block = layout.Blocks[b];
            bool inBody = b >= layout.FirstBody && b <= layout.LastBody;
            bool chromeInside = ChromeClassifier.IsChromeInsideArticle(block, layout.Classes[b]);
            LineLabel label = inBody ? (chromeInside ? LineLabel.Chrome : LineLabel.Body)
                : b >= headline && b < layout.FirstBody ? LineLabel.Header
                : LineLabel.Chrome;
            for (int n = block.FirstLine; n <= block.LastLine; n++)
            {
                labels[n] = label;
                kinds[n] = ChromeClassifier.KindOf(block);
                classes[n] = layout.Classes[b];
                chromeInsideArticle[n] = chromeInside;
            }
        }

        var page = new PageMap(text, masked, lines, labels, kinds, classes, chromeInsideArticle, markers, layout) { Removed = removed };
        page.BodyLine = layout.Blocks.Count == 0 ? 0 : layout.Blocks[layout.FirstBody].FirstLine;
        return page;
    }

    /// <summary>
    /// Settles the map once the header is read: the header's lines stay, the body runs from
    /// <paramref name="bodyStart"/>, and every other line outside the article becomes chrome, masked and reported.
    /// </summary>
    public void Settle(int bodyStart, IReadOnlyCollection<int> headerLines, bool bodyToTheEnd)
    {
        var fields = new List<ChromeBlock>();
        foreach (int n in headerLines)
        {
            Labels[n] = LineLabel.HeaderField;
            bool holdsBodyStart = Lines[n].Start < bodyStart && bodyStart < Lines[n].End;
            if (Lines[n].End > bodyStart && !holdsBodyStart)
            {
                // A byline or date line under the headline is read, not body; it is masked without a report.
                fields.Add(new ChromeBlock(SourceSpan.FromBounds(Lines[n].ContentStart, Lines[n].ContentEnd), ChromeKind.Other, ""));
            }
        }

        for (int n = 0; n < Lines.Count; n++)
        {
            LineLabel label = Labels[n];
            if (label is LineLabel.Blank or LineLabel.HeaderField)
            {
                continue;
            }

            if (Lines[n].End <= bodyStart)
            {
                Labels[n] = LineLabel.Chrome;
            }
            else if (bodyToTheEnd)
            {
                Labels[n] = _chromeInsideArticle[n] ? LineLabel.Chrome : LineLabel.Body;
            }
            else if (n < BodyLine && label != LineLabel.Body)
            {
                // Between the header and the article the classifier found: a standfirst.
                Labels[n] = _classes[n] != ChromeClassifier.BlockClass.Bad && Kinds[n] == ChromeKind.Other ? LineLabel.Body : LineLabel.Chrome;
            }
        }

        List<ChromeBlock> runs = ChromeRuns();
        fields.AddRange(runs);
        if (fields.Count > 0)
        {
            Text = Mask(Text, fields);
            Lines = TextLines.Split(Text);
        }

        if (runs.Count > 0)
        {
            runs = runs.ConvertAll(run => run with { Span = ToFile(run.Span) });
            runs.AddRange(MarkersOutside(runs));
            runs.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            Chrome = runs;
        }
    }

    /// <summary>The ART005 findings, one per chrome block.</summary>
    public void Report(List<Finding> findings)
    {
        foreach (ChromeBlock block in Chrome)
        {
            findings.Add(new Finding(DiagnosticIds.LeftoverLayoutMarker, block.Span, block.Subject, block.Kind.Describe()));
        }
    }

    /// <summary>Each run of chrome lines, blank lines between them included, as one block.</summary>
    private List<ChromeBlock> ChromeRuns()
    {
        var runs = new List<ChromeBlock>();
        int first = -1, last = -1;
        ChromeKind kind = ChromeKind.Other;
        for (int n = 0; n <= Lines.Count; n++)
        {
            LineLabel label = n < Lines.Count ? Labels[n] : LineLabel.Body;
            if (label == LineLabel.Blank || (label == LineLabel.Chrome && Lines[n].IsBlank))
            {
                continue;
            }

            if (label == LineLabel.Chrome)
            {
                kind = first < 0 || kind == ChromeKind.Other ? Kinds[n] : kind;
                first = first < 0 ? n : first;
                last = n;
                continue;
            }

            if (first >= 0)
            {
                var span = SourceSpan.FromBounds(Lines[first].ContentStart, Lines[last].ContentEnd);
                runs.Add(new ChromeBlock(span, kind, Parsing.Text.Collapse(Text, Lines[first].ContentStart, Lines[first].ContentEnd)));
                first = -1;
                kind = ChromeKind.Other;
            }
        }

        return runs;
    }

    /// <summary>Layout markers stand on their own, except inside a run of chrome that covers them.</summary>
    private IEnumerable<ChromeBlock> MarkersOutside(List<ChromeBlock> runs)
    {
        int r = 0;
        foreach (ChromeBlock marker in _markers)
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

    private static string Mask(string text, List<ChromeBlock> chrome)
    {
        if (chrome.Count == 0)
        {
            return text;
        }

        char[] masked = Parsing.Text.Scratch(text.Length);
        text.CopyTo(0, masked, 0, text.Length);
        foreach (ChromeBlock block in chrome)
        {
            for (int i = block.Span.Start; i < block.Span.End; i++)
            {
                masked[i] = ' ';
            }
        }

        return new string(masked, 0, text.Length);
    }
}
