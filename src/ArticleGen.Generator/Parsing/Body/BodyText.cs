namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The settled page's text as the body's blocks are collapsed from it (<see cref="Text.Collapse(string, int, int, CharBuffer?, bool)"/>):
/// in one buffer lent for them all, and with no search for whitespace beyond ASCII where the file is plain ASCII
/// (<see cref="Text.IsAscii"/>). The page's text holds no character the file does not, but for the spaces
/// that blank its masked lines, so it holds no such whitespace either.
/// </summary>
internal sealed class BodyText
{
    private readonly string _text;
    private readonly bool _plainAscii;
    private readonly CharBuffer _buffer;

    /// <param name="buffer">The parse's buffer (<see cref="CharBuffer"/>).</param>
    public BodyText(string text, bool plainAscii, CharBuffer buffer)
    {
        _text = text;
        _plainAscii = plainAscii;
        _buffer = buffer;
    }

    /// <summary>The text of [start, end) with every run of whitespace collapsed to one space, trimmed.</summary>
    public string Collapse(int start, int end) => Text.Collapse(_text, start, end, _buffer, spacesBeyondAscii: !_plainAscii);
}
