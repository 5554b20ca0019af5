using System;
using System.Buffers;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The characters one parse lends, one step at a time, to each step that makes a text: the page without its markers or
/// its chrome, the settled page, each block's collapsed text. Each is made here and copied out into its string, so a
/// page of any size costs one buffer per parse, not one per reading; none is kept per thread.
/// </summary>
/// <remarks>
/// The buffer is rented from the shared pool and given back when the parse ends (<see cref="Dispose"/>): a buffer the
/// size of the page, made new for every parse, was a tenth of all the parser allocated.
/// </remarks>
internal sealed class CharBuffer : IDisposable
{
    private char[] _chars = Array.Empty<char>();

    /// <summary>The buffer, at least <paramref name="length"/> characters long; what it held before is not kept.</summary>
    public char[] AtLeast(int length)
    {
        if (_chars.Length < length)
        {
            int size = Math.Max(length, _chars.Length * 2);
            Return();
            _chars = ArrayPool<char>.Shared.Rent(size);
        }

        return _chars;
    }

    /// <summary>Gives the buffer back to the pool: no text made in it is read after this.</summary>
    public void Dispose() => Return();

    private void Return()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = Array.Empty<char>();
        }
    }
}
