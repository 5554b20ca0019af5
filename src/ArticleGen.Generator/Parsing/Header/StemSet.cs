using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A set of the stems <see cref="HeadlineFinder"/> compares a headline's words by, ignoring case as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> does. A stem of ASCII letters, most of them, is kept as a number
/// (a byte a letter, in lower case), with no string and no hash of one; any other stem as a string.
/// </summary>
internal sealed class StemSet
{
    /// <summary>The longest stem a number holds.</summary>
    private const int MaxPacked = 7;

    /// <summary>
    /// The packed stems, in an open-addressed table (0 is an empty slot: a packed stem holds its length), kept at most
    /// half full. A lede's blocks each make one: a hash set of numbers cost a resize every few words.
    /// </summary>
    private ulong[] _ascii;

    private int _asciiCount;

    private HashSet<string>? _others;

    /// <summary>
    /// One of <see cref="_others"/> holds a character that case maps into ASCII (<see cref="Text.CasedIntoAscii"/>): it
    /// may equal an ASCII stem, and is compared with one as a string.
    /// </summary>
    private bool _othersMayBeAscii;

    public StemSet()
        : this(4)
    {
    }

    /// <param name="expected">About how many stems the set will hold: the table is made big enough for them once.</param>
    public StemSet(int expected)
    {
        int size = 8;
        while (size < expected * 2)
        {
            size *= 2;
        }

        _ascii = new ulong[size];
    }

    /// <summary>Adds the stem <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>), all letters.</summary>
    public void Add(string text, int start, int length)
    {
        ulong packed = Pack(text, start, length);
        if (packed != 0)
        {
            AddPacked(packed);
            return;
        }

        string stem = text.Substring(start, length);
        (_others ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(stem);
        _othersMayBeAscii |= MayBeAscii(stem);
    }

    /// <summary>A stem to look up in several sets (the lede's blocks): packed, or made a string, once.</summary>
    internal readonly struct Stem
    {
        public Stem(string text, int start, int length)
        {
            Packed = Pack(text, start, length);
            Text = Packed == 0 ? text.Substring(start, length) : null;
        }

        /// <summary>The stem as a number (<see cref="Pack"/>), or 0 where it holds a character beyond ASCII.</summary>
        public ulong Packed { get; }

        /// <summary>The stem beyond ASCII, as a string; null for one of ASCII letters.</summary>
        public string? Text { get; }
    }

    /// <summary>Whether the set holds the stem <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>), ignoring case.</summary>
    public bool Contains(string text, int start, int length) => Contains(new Stem(text, start, length));

    /// <summary>Whether the set holds the stem, ignoring case.</summary>
    public bool Contains(in Stem stem)
    {
        if (stem.Text is null)
        {
            return ContainsPacked(stem.Packed) || (_othersMayBeAscii && _others!.Contains(Unpack(stem.Packed)));
        }

        return (_others is not null && _others.Contains(stem.Text)) || (MayBeAscii(stem.Text) && EqualsAnAsciiStem(stem.Text));
    }

    /// <summary>A stem beyond ASCII that may equal one of ASCII letters (the long s in "ſtate"): each is compared as a string.</summary>
    private bool EqualsAnAsciiStem(string stem)
    {
        foreach (ulong packed in _ascii)
        {
            if (packed != 0 && string.Equals(Unpack(packed), stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void AddPacked(ulong packed)
    {
        if ((_asciiCount + 1) * 2 > _ascii.Length)
        {
            ulong[] old = _ascii;
            _ascii = new ulong[old.Length * 2];
            _asciiCount = 0;
            foreach (ulong kept in old)
            {
                if (kept != 0)
                {
                    AddPacked(kept);
                }
            }
        }

        int mask = _ascii.Length - 1;
        int slot = Slot(packed, mask);
        while (_ascii[slot] != 0)
        {
            if (_ascii[slot] == packed)
            {
                return;
            }

            slot = (slot + 1) & mask;
        }

        _ascii[slot] = packed;
        _asciiCount++;
    }

    private bool ContainsPacked(ulong packed)
    {
        int mask = _ascii.Length - 1;
        for (int slot = Slot(packed, mask); _ascii[slot] != 0; slot = (slot + 1) & mask)
        {
            if (_ascii[slot] == packed)
            {
                return true;
            }
        }

        return false;
    }

    private static int Slot(ulong packed, int mask) => (int)((packed * 0x9E3779B97F4A7C15UL) >> 40) & mask;

    private static bool MayBeAscii(string stem) => stem.IndexOfAny(Text.CasedIntoAscii) >= 0;

    /// <summary>
    /// The stem's letters in lower case, a byte each from the lowest, its length in the top byte; 0 where it is longer
    /// than <see cref="MaxPacked"/> or holds a character beyond ASCII. Its characters are letters: setting 0x20 lowers
    /// an ASCII letter, and makes no other letter of one.
    /// </summary>
    private static ulong Pack(string text, int start, int length)
    {
        if (length > MaxPacked)
        {
            return 0;
        }

        ulong packed = (ulong)length << 56;
        for (int i = 0; i < length; i++)
        {
            char c = text[start + i];
            if (c >= 128)
            {
                return 0;
            }

            packed |= (ulong)(c | 0x20) << (8 * i);
        }

        return packed;
    }

    private static string Unpack(ulong packed)
    {
        var letters = new char[(int)(packed >> 56)];
        for (int i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)((packed >> (8 * i)) & 0xFF);
        }

        return new string(letters);
    }
}
