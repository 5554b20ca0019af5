namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The characters one parse lends, one step at a time, to each step that makes a text: the page without its markers or
/// its chrome, the settled page, each block's collapsed text. Each is made here and copied out into its string, so a
/// page of any size costs one buffer per parse, not one per reading; none is kept per thread.
/// </summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[0];

    /// <summary>The buffer, at least <paramref name="length"/> characters long; what it held before is not kept.</summary>
    public char[] AtLeast(int length)
    {
        if (_chars.Length < length)
        {
            _chars = new char[System.Math.Max(length, _chars.Length * 2)];
        }

        return _chars;
    }
}
