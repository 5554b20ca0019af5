using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>What a line of the page is, as far as the page map knows: nothing, chrome, or text for the article parts.</summary>
internal enum LineLabel : byte
{
    Blank,
    Chrome,
    Text,
}

/// <summary>
/// One map of the page, built once and read by every later part: its lines, a label for each, and the chrome on it.
/// Chrome is masked out of <see cref="Text"/> (its characters become spaces, offsets stay those of the file), so a
/// chrome line reads as blank and the article parses as if the chrome had been deleted.
/// </summary>
internal sealed class PageMap
{
    private PageMap(string original, string text, List<Line> lines, LineLabel[] labels, List<ChromeBlock> chrome)
    {
        Original = original;
        Text = text;
        Lines = lines;
        Labels = labels;
        Chrome = chrome;
    }

    /// <summary>The file's text, as read.</summary>
    public string Original { get; }

    /// <summary>The file's text with every chrome span replaced by spaces.</summary>
    public string Text { get; }

    /// <summary>The lines of <see cref="Text"/>.</summary>
    public List<Line> Lines { get; }

    /// <summary>One label per line of <see cref="Lines"/>.</summary>
    public LineLabel[] Labels { get; }

    /// <summary>The chrome found on the page, in order of position.</summary>
    public List<ChromeBlock> Chrome { get; }

    public static PageMap Build(string text)
    {
        List<Line> lines = TextLines.Split(text);
        List<ChromeBlock> chrome = LayoutMarkers.Find(text, lines);
        string masked = Mask(text, chrome);
        if (!ReferenceEquals(masked, text))
        {
            lines = TextLines.Split(masked); // a wrapped marker joined two lines into one
        }

        var labels = new LineLabel[lines.Count];
        for (int n = 0; n < lines.Count; n++)
        {
            labels[n] = !lines[n].IsBlank ? LineLabel.Text
                : IsChromeLine(text, lines[n]) ? LineLabel.Chrome
                : LineLabel.Blank;
        }

        return new PageMap(text, masked, lines, labels, chrome);
    }

    /// <summary>The ART005 findings, one per chrome block.</summary>
    public void Report(List<Finding> findings)
    {
        foreach (ChromeBlock block in Chrome)
        {
            findings.Add(new Finding(DiagnosticIds.LeftoverLayoutMarker, block.Span, block.Subject, block.Kind.Describe()));
        }
    }

    /// <summary>A line that held text before masking: a chrome line, not a paragraph break.</summary>
    private static bool IsChromeLine(string original, Line line) =>
        Parsing.Text.SkipSpace(original, line.Start, line.End) < line.End;

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
