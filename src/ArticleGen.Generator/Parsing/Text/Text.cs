using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Generator.Parsing;

/// <summary>Character tests and small text helpers shared by the parser parts.</summary>
internal static class Text
{
    /// <summary>Whitespace as scraped pages have it: also NBSP (via char.IsWhiteSpace), BOM and zero-width space.</summary>
    /// <remarks>
    /// No whitespace stands from U+00A1 to U+167F (the Latin, Greek and Cyrillic letters beyond ASCII): those are not
    /// asked of the Unicode tables, which every letter of a page in those scripts was.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' ' ? c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f'
        : c >= '\u0085' && (uint)(c - '\u00A1') >= '\u1680' - '\u00A1' && (char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B');

    /// <summary>How far a text is looked at for a character beyond ASCII before it is searched whole.</summary>
    private const int AsciiLead = 256;

    /// <summary>
    /// Every character of the text is ASCII: it holds no whitespace beyond ASCII (no NBSP), which need not be looked for.
    /// Most wire pages are; one search the runtime vectorizes tells it. A page whose first characters already go beyond
    /// ASCII (most pages in other languages) is not searched, and is not taken for it.
    /// </summary>
    public static bool IsAscii(string text)
    {
        for (int i = 0; i < text.Length && i < AsciiLead; i++)
        {
            if (text[i] >= '\u0080')
            {
                return false;
            }
        }

        return System.Text.Encoding.UTF8.GetByteCount(text) == text.Length;
    }

    /// <summary><see cref="IsSpace"/> as 1 or 0, by a table: for a loop that counts without a branch a character.</summary>
    public static int SpaceBit(char c) => (int)(SpaceBits[c >> 6] >> (c & 63)) & 1;

    /// <summary><see cref="IsSpace"/>, one bit per character.</summary>
    private static readonly ulong[] SpaceBits = BitsOf(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(IsSpace));

    /// <summary>A table of one bit per character, set for the given ones.</summary>
    private static ulong[] BitsOf(IEnumerable<char> chars)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (char c in chars)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }

        return bits;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    public static bool IsInlineSpace(char c) => IsSpace(c) && !IsLineBreak(c);

    /// <summary>
    /// The characters beyond ASCII that case maps into it (the Kelvin sign, the long s, the dotless i): the only ones
    /// that a comparison ignoring case may find equal to an ASCII letter.
    /// </summary>
    public static readonly char[] CasedIntoAscii = Enumerable.Range(128, char.MaxValue - 127).Select(c => (char)c)
        .Where(c => char.ToUpperInvariant(c) < 128 || char.ToLowerInvariant(c) < 128).ToArray();

    /// <summary><see cref="CasedIntoAscii"/>, one bit per character: asked of every letter beyond ASCII in a block's sentences.</summary>
    private static readonly ulong[] CasedIntoAsciiBits = BitsOf(CasedIntoAscii);

    /// <summary>The character is one of <see cref="CasedIntoAscii"/>.</summary>
    public static bool IsCasedIntoAscii(char c) => (CasedIntoAsciiBits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>The text of [start, end) with every run of whitespace collapsed to one space, trimmed.</summary>
    public static string Collapse(string text, int start, int end) => Collapse(text, start, end, null);

    /// <summary>The same, collapsing in the parse's <paramref name="buffer"/>, or in a new array where there is none.</summary>
    /// <remarks>
    /// A caller that collapses many texts lends one buffer for them all (the page's blocks, <see cref="BlockFactsCache"/>);
    /// no buffer is kept per thread.
    /// </remarks>
    /// <param name="spacesBeyondAscii">False where the text is known to hold no whitespace beyond ASCII (no NBSP): it is not looked for.</param>
    public static string Collapse(string text, int start, int end, CharBuffer? buffer, bool spacesBeyondAscii = true)
    {
        start = SkipSpace(text, start, end);
        end = TrimEnd(text, start, end);
        var runs = new RunsToCollapse(text, end, spacesBeyondAscii);
        int run = runs.Next(start);
        if (run == end)
        {
            return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
        }

        char[] chars = buffer?.AtLeast(end - start) ?? new char[end - start];
        int length = 0;
        for (int kept = start; ; run = runs.Next(kept))
        {
            // The text up to the run stands as it is; the run becomes one space, or none inside a wrapped line of Chinese.
            text.CopyTo(kept, chars, length, run - kept);
            length += run - kept;
            if (run == end)
            {
                return new string(chars, 0, length);
            }

            kept = SkipSpace(text, run, end);
            if (!JoinsWithoutSpace(text, run, kept, chars[length - 1]))
            {
                chars[length++] = ' ';
            }
        }
    }

    /// <summary>A line break inside Chinese or Japanese writing is where the page wrapped a line, not a space between words.</summary>
    private static bool JoinsWithoutSpace(string text, int run, int next, char before) =>
        Punctuation.IsWrittenWithoutSpaces(before) && Punctuation.IsWrittenWithoutSpaces(text[next]) && text.IndexOfAny(LineBreaks, run, next - run) >= 0;

    /// <summary>What <see cref="IsLineBreak"/> holds: a file may end its lines with CR alone.</summary>
    public static readonly char[] LineBreaks = { '\n', '\r' };

    /// <summary>The whitespace of ASCII but the space: line breaks and tabs, each the start of a run to collapse.</summary>
    private static readonly char[] AsciiSpacesButSpace = { '\t', '\n', '\v', '\f', '\r' };

    /// <summary>
    /// The runs of whitespace in a text, already trimmed, that are not a lone ' ': from a line break or a tab, from two
    /// spaces, or from a space beyond ASCII (NBSP and the like), with the ' ' before it. Each kind is searched for on
    /// its own and its next place kept, so that each is searched once over the text: line breaks and double spaces by
    /// string.IndexOf and IndexOfAny, which the runtime vectorizes, where a test of each character cost a collapse most
    /// of its time (a paragraph of a wire page has a run on every line, and a space between every two words).
    /// </summary>
    private struct RunsToCollapse
    {
        private readonly string _text;
        private readonly int _end;
        private int _breakOrTab, _doubleSpace, _beyondAscii;

        public RunsToCollapse(string text, int end, bool spacesBeyondAscii)
        {
            _text = text;
            _end = end;
            _breakOrTab = _doubleSpace = -1;
            _beyondAscii = spacesBeyondAscii ? -1 : end;
        }

        /// <summary>Where the next run at or after <paramref name="from"/> (not whitespace) starts, or the end.</summary>
        public int Next(int from)
        {
            if (_breakOrTab < from)
            {
                _breakOrTab = OrEnd(_text.IndexOfAny(AsciiSpacesButSpace, from, _end - from));
            }

            if (_doubleSpace < from)
            {
                _doubleSpace = OrEnd(_text.IndexOf("  ", from, _end - from, System.StringComparison.Ordinal));
            }

            if (_beyondAscii < from)
            {
                _beyondAscii = SpaceBeyondAscii(_text, from, _end);
            }

            // A lone ' ' before a line break or a space beyond ASCII opens the run; two before it are a double space.
            int run = System.Math.Min(_breakOrTab, _beyondAscii);
            run = run > from && _text[run - 1] == ' ' ? run - 1 : run;
            return System.Math.Min(run, _doubleSpace);
        }

        private int OrEnd(int index) => index < 0 ? _end : index;

        /// <summary>The first whitespace beyond ASCII in [start, end), or end: one test a character where there is none.</summary>
        private static int SpaceBeyondAscii(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c >= '\u0085' && IsSpace(c))
                {
                    return i;
                }
            }

            return end;
        }
    }

    /// <summary>Moves <paramref name="index"/> past whitespace (line breaks included) up to <paramref name="end"/>.</summary>
    public static int SkipSpace(string text, int index, int end)
    {
        while (index < end && IsSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Moves <paramref name="end"/> back over trailing whitespace, not below <paramref name="start"/>.</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// A character in lower case (invariant). Only a character that has an upper-case form goes to the culture tables:
    /// asked of every short word's first letter, they cost a tenth of a parse on a Cyrillic or Greek page.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char ToLower(char c) =>
        c < 128 ? (char)(c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0))
        : char.IsLower(c) || c is (>= '\u3040' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') ? c // lower case already, or a script without case
        : ToLowerBeyondAscii(c);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static char ToLowerBeyondAscii(char c) => char.ToLowerInvariant(c);

    /// <summary>The string in lower case (invariant); the same instance when it has no upper-case letter.</summary>
    public static string ToLower(string value)
    {
        int i = 0;
        while (i < value.Length && value[i] < 128 && !(value[i] is >= 'A' and <= 'Z'))
        {
            i++;
        }

        if (i == value.Length)
        {
            return value;
        }

        // Lowered in a rented array: the string is the one copy made.
        char[] lower = System.Buffers.ArrayPool<char>.Shared.Rent(value.Length);
        value.CopyTo(0, lower, 0, i);
        for (; i < value.Length; i++)
        {
            lower[i] = ToLower(value[i]);
        }

        string lowered = new(lower, 0, value.Length);
        System.Buffers.ArrayPool<char>.Shared.Return(lower);
        return lowered;
    }

    public static bool StartsWith(string text, int index, string prefix) =>
        index + prefix.Length <= text.Length && string.CompareOrdinal(text, index, prefix, 0, prefix.Length) == 0;

    public static bool StartsWithIgnoreCase(string text, int index, string prefix) =>
        index + prefix.Length <= text.Length && string.Compare(text, index, prefix, 0, prefix.Length, System.StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>True where no letter in the string is lower case (and there is at least one letter).</summary>
    public static bool IsUpperCase(string value)
    {
        bool anyLetter = false;
        foreach (char c in value)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            anyLetter |= char.IsLetter(c);
        }

        return anyLetter;
    }
}
