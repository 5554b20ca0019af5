using System;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Showing;

/// <summary>
/// Finds where a value the parser read stands in the file, so that <c>show</c> and <c>report</c> can say which lines
/// it came from. It reads no grammar: it looks for the value's words in order, across any whitespace and line breaks.
/// </summary>
internal static class SourceLocator
{
    /// <summary>Where only the start can be found (a marker masked out of the middle), this many words are enough.</summary>
    private const int PrefixWords = 6;

    /// <returns>The span of <paramref name="value"/> at or after <paramref name="from"/>, or of its first words, or null.</returns>
    public static TextSpan? Find(string text, string? value, int from = 0)
    {
        string[] words = (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || from >= text.Length)
        {
            return null;
        }

        return FindWords(text, words, from) ?? (words.Length > PrefixWords ? FindWords(text, words.AsSpan(0, PrefixWords).ToArray(), from) : null);
    }

    private static TextSpan? FindWords(string text, string[] words, int from)
    {
        for (int at = text.IndexOf(words[0], from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words[0], at + 1, StringComparison.Ordinal))
        {
            int end = MatchFrom(text, at + words[0].Length, words);
            if (end >= 0)
            {
                return TextSpan.FromBounds(at, end);
            }
        }

        return null;
    }

    /// <returns>The end of the match, or -1.</returns>
    private static int MatchFrom(string text, int position, string[] words)
    {
        for (int w = 1; w < words.Length; w++)
        {
            int afterSpace = position;
            while (afterSpace < text.Length && char.IsWhiteSpace(text[afterSpace]))
            {
                afterSpace++;
            }

            if (afterSpace == position || string.CompareOrdinal(text, afterSpace, words[w], 0, words[w].Length) != 0)
            {
                return -1;
            }

            position = afterSpace + words[w].Length;
        }

        return position;
    }
}
