using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The short, frequent words that glue prose together ("the", "of", "que", "und"). Prose is full of them; menus,
/// buttons and headlines have few. Only their share on a block is used, measured against the page's own prose, so a
/// page in a language with fewer of them on the list still tells its prose from its chrome.
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // English
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into",
        "about", "than", "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where",
        "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "should", "may", "might", "must", "not", "no", "he", "she", "they", "we",
        "you", "i", "his", "her", "their", "our", "your", "him", "them", "us", "there", "if", "so", "also", "after",
        "before", "over", "said", "says", "more", "one", "all", "up", "out", "some", "such", "because", "while",
        // French
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "que", "qui", "dans", "pour", "pas", "sur",
        "au", "aux", "il", "elle", "ils", "ce", "se", "sont", "avec", "ne", "plus", "par", "son", "sa", "ses",
        // Spanish, Portuguese, Italian
        "el", "los", "las", "y", "en", "por", "con", "para", "del", "es", "lo", "se", "o", "os", "as", "um", "uma",
        "do", "da", "dos", "das", "em", "no", "na", "não", "com", "il", "di", "che", "è", "per", "non", "una", "della",
        // German, Dutch
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich", "auf", "für", "von",
        "het", "een", "van", "en", "niet", "op", "dat", "zijn", "te",
        // Czech, Polish
        "a", "je", "se", "na", "v", "ve", "z", "že", "to", "do", "by", "jak", "i", "w", "nie", "się", "jest",
    };

    /// <summary>
    /// What ends a title whole though it is a function word: a pronoun as the object ("How You Get Them", "Why We Love
    /// It") or the particle of a phrasal verb ("the truth comes out", "Prices go up", "Rebels take over").
    /// </summary>
    public static readonly string[] TitleEnders = { "it", "them", "you", "us", "me", "him", "out", "up", "over" };

    /// <summary>The longest word on the list.</summary>
    public const int MaxLength = 7;

    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>The words by length and lower-case first letter, so that a word in a text is looked up without a string.</summary>
    private static readonly Dictionary<int, string[]> ByLengthAndFirst = Index();

    /// <summary>The same for a first letter from a to z, as an array: every word of every block is asked.</summary>
    private static readonly string[]?[] ByLengthAndAsciiLetter = AsciiIndex();

    /// <summary>Whether <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>) is a function word, ignoring case.</summary>
    public static bool Contains(string text, int start, int length)
    {
        if (length > MaxLength || length == 0)
        {
            return false;
        }

        ulong packed = PackAscii(text, start, length);
        if (packed != 0)
        {
            return InAsciiTable(packed);
        }

        char first = Text.ToLower(text[start]);
        string[]? words = first is >= 'a' and <= 'z' ? ByLengthAndAsciiLetter[(length * 26) + (first - 'a')]
            : ByLengthAndFirst.TryGetValue(Key(length, first), out string[]? found) ? found : null;
        if (words is null)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (EqualsIgnoringCase(text, start, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word (in lower case) stands at <paramref name="start"/>, in any case; ASCII is compared by hand, the rest as .NET does.</summary>
    private static bool EqualsIgnoringCase(string text, int start, string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = text[start + i];
            if (c >= 128)
            {
                return string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
            }

            if (Text.ToLower(c) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words written in ASCII, packed (<see cref="PackAscii"/>), in an open-addressed table of twice their number or
    /// more: most words of a page are ASCII, and are looked up with one pass over them and a probe or two.
    /// </summary>
    private static readonly ulong[] AsciiTable = AsciiTableOf(Words.Where(word => word.All(c => c < 128)).ToList());

    /// <summary>
    /// The word in lower case, one byte per character from the lowest, with its length in the top byte; 0 where a
    /// character is beyond ASCII. Only a word of at most <see cref="MaxLength"/> characters is packed.
    /// </summary>
    private static ulong PackAscii(string text, int start, int length)
    {
        ulong packed = 0;
        int all = 0;
        for (int i = start + length - 1; i >= start; i--)
        {
            char c = text[i];
            all |= c;
            packed = (packed << 8) | c;
        }

        return all >= 128 ? 0 : LowerAscii(packed) | ((ulong)length << 56);
    }

    /// <summary>
    /// Each byte of seven ASCII characters in lower case, all at once: a byte from 'A' to 'Z' gains 0x20. Every short
    /// word of every block is packed: no test per character.
    /// </summary>
    private static ulong LowerAscii(ulong packed)
    {
        const ulong High = 0x0080808080808080UL, Each = 0x0001010101010101UL;
        ulong fromA = packed + (Each * (0x80 - 'A')); // the high bit of a byte set where it is 'A' or above
        ulong pastZ = packed + (Each * (0x80 - 'Z' - 1)); // ... and where it is past 'Z'
        return packed | ((fromA & ~pastZ & High) >> 2);
    }

    private static int Slot(ulong packed, int mask) => (int)((packed * 0x9E3779B97F4A7C15UL) >> 40) & mask;

    private static bool InAsciiTable(ulong packed)
    {
        int mask = AsciiTable.Length - 1;
        for (int slot = Slot(packed, mask); AsciiTable[slot] != 0; slot = (slot + 1) & mask)
        {
            if (AsciiTable[slot] == packed)
            {
                return true;
            }
        }

        return false;
    }

    private static ulong[] AsciiTableOf(List<string> words)
    {
        int size = 1;
        while (size < words.Count * 4)
        {
            size *= 2;
        }

        var table = new ulong[size];
        foreach (string word in words)
        {
            ulong packed = PackAscii(word, 0, word.Length);
            int slot = Slot(packed, size - 1);
            while (table[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            table[slot] = packed;
        }

        return table;
    }

    private static int Key(int length, char first) => (length << 16) | Text.ToLower(first);

    private static Dictionary<int, string[]> Index() =>
        Words.GroupBy(word => Key(word.Length, word[0])).ToDictionary(group => group.Key, group => group.ToArray());

    private static string[]?[] AsciiIndex()
    {
        var index = new string[]?[(MaxLength + 1) * 26];
        for (int length = 1; length <= MaxLength; length++)
        {
            for (char letter = 'a'; letter <= 'z'; letter++)
            {
                index[(length * 26) + (letter - 'a')] = ByLengthAndFirst.TryGetValue(Key(length, letter), out string[]? words) ? words : null;
            }
        }

        return index;
    }
}
