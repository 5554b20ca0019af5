using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The page as the body is read from it, once the page stage has settled: the text with its chrome, the text set
/// aside and the header's fields masked (their characters become spaces, so offsets stay), its lines, the chrome and
/// the text set aside to report, and one map back to the file's offsets. Made once; nothing in it changes.
/// </summary>
internal sealed class SettledPage
{
    private readonly RemovedSpans _removed;
    private readonly List<ChromeBlock> _chrome;
    private readonly List<Finding> _setAside;
    private readonly EarlierReading _blocks;

    /// <param name="blocks">The blocks of the reading the page settled on, by their spans in its text.</param>
    public SettledPage(string text, List<Line> lines, bool isOneParagraphALine, RemovedSpans removed, List<ChromeBlock> chrome, List<Finding> setAside, EarlierReading blocks)
    {
        _blocks = blocks;
        Text = text;
        Lines = lines;
        IsOneParagraphALine = isOneParagraphALine;
        _removed = removed;
        _chrome = chrome;
        _setAside = setAside;
    }

    /// <summary>The text the body is read from; offsets into it go back to the file's through <see cref="ToFile"/>.</summary>
    public string Text { get; }

    /// <summary>The lines of <see cref="Text"/>.</summary>
    public List<Line> Lines { get; }

    /// <inheritdoc cref="PageMap.IsOneParagraphALine"/>
    public bool IsOneParagraphALine { get; }

    /// <summary>
    /// The facts of the page's block whose text was [start, end), or null. Masking only blanks whole lines, and a body
    /// block that spans one is cut there, so a body block with a page block's span holds the same text.
    /// </summary>
    public BlockFacts? FactsAt(int start, int end) => _blocks.Find(start, end);

    /// <summary>The span in the file of a span in <see cref="Text"/>.</summary>
    public SourceSpan ToFile(SourceSpan span) => _removed.ToFile(span);

    /// <summary>The offset in the file of an offset in <see cref="Text"/>.</summary>
    public int ToFileOffset(int offset) => ToFile(new SourceSpan(offset, 0)).Start;

    /// <summary>
    /// The ART005 findings, one per chrome block, and the ART012 findings, one per run of text set aside; those are
    /// raised to warnings where the parser is unsure of the article it chose.
    /// </summary>
    public void Report(List<Finding> findings)
    {
        foreach (ChromeBlock block in _chrome)
        {
            findings.Add(new Finding(DiagnosticIds.LeftoverLayoutMarker, block.Span, block.Subject, block.Kind.Describe()));
        }

        findings.AddRange(_setAside);
        findings.Sort();
    }
}
