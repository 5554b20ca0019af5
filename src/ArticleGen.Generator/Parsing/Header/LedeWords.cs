using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The words of the article's first blocks, which a headline shares: a headline tells what the story says. Words of
/// four letters or more count, each by its stem, its first six letters ("Trump's" and "Trump" meet), ignoring case as
/// <see cref="StringComparison.OrdinalIgnoreCase"/> does.
/// </summary>
/// <remarks>
/// Each stem is searched for in the lede's blocks, a search the runtime vectorizes: the candidates' few words cost less
/// to look for than a set of the stems of every word of the lede cost to build, once a parse for each of its blocks.
/// </remarks>
internal sealed class LedeWords
{
    /// <summary>How much of the article's start the headline's words are looked for in.</summary>
    private const int LedeCharacters = 2000;

    /// <summary>A word with fewer letters is not looked for: "the", "was", "und".</summary>
    private const int MinWordLetters = 4;

    /// <summary>The letters of a stem.</summary>
    private const int StemLetters = 6;

    /// <summary>The lede's texts: a block's start and end part two words as a space does.</summary>
    private readonly string[] _texts;

    public LedeWords(params string[] texts)
    {
        _texts = texts;
    }

    /// <summary>The lede that opens at block <paramref name="first"/>: its blocks until they hold <see cref="LedeCharacters"/> characters.</summary>
    public static LedeWords Of(List<PageBlock> blocks, int first)
    {
        int end = first;
        for (int characters = 0; end < blocks.Count && characters < LedeCharacters; end++)
        {
            characters += blocks[end].Content.Length;
        }

        var texts = new string[end - first];
        for (int b = first; b < end; b++)
        {
            texts[b - first] = blocks[b].Content;
        }

        return new LedeWords(texts);
    }

    /// <summary>The share of the words of <paramref name="text"/> whose stem a word of the lede has.</summary>
    public double ShareOf(string text)
    {
        int words = 0, shared = 0;
        for (int at = NextWord(text, 0, out int length); at >= 0; at = NextWord(text, at + length, out length))
        {
            words++;
            shared += HasStem(text, at, Math.Min(length, StemLetters)) ? 1 : 0;
        }

        return words == 0 ? 0 : (double)shared / words;
    }

    /// <summary>
    /// A word of the lede has the stem <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>):
    /// it opens with the stem, and is no longer than a stem shorter than six letters.
    /// </summary>
    internal bool HasStem(string text, int start, int length)
    {
        ReadOnlySpan<char> stem = text.AsSpan(start, length);
        foreach (string lede in _texts)
        {
            for (int from = 0; from < lede.Length;)
            {
                int found = lede.AsSpan(from).IndexOf(stem, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                // Case is mapped a character for a character (a surrogate pair for a pair): the match is as long as the stem.
                int at = from + found, end = at + length;
                bool opensWord = at == 0 || !char.IsLetter(lede[at - 1]);
                bool sameStem = length == StemLetters || end == lede.Length || !char.IsLetter(lede[end]);
                if (opensWord && sameStem)
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }

    /// <summary>Where the next run of <see cref="MinWordLetters"/> letters or more starts at or after <paramref name="from"/>, and its length; or -1.</summary>
    private static int NextWord(string text, int from, out int length)
    {
        for (int i = from; i < text.Length;)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i - start >= MinWordLetters)
            {
                length = i - start;
                return start;
            }
        }

        length = 0;
        return -1;
    }
}
