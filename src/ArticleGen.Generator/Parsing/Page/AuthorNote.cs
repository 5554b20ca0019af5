using System;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A note about the author, which sites print under the article, often before a list of the author's other stories:
/// "Meg James is a corporate media reporter for the Los Angeles Times", "Sarah Archer is the author of The Midcentury
/// Kitchen". It names the author, then says what they are in a few words; the article ends before it
/// (<see cref="ChromeClassifier"/>, where the page shows the same name as its byline).
/// </summary>
internal static class AuthorNote
{
    /// <returns>The name a note about the author opens with, or null where the text is no such note.</returns>
    /// <remarks>
    /// Asked of every block of the article: the words are taken one at a time, so a paragraph that opens with no name
    /// costs two words, not a split of all of them.
    /// </remarks>
    public static string? NameIn(string content, int words)
    {
        if (words > Settings.MaxAuthorNoteWords)
        {
            return null;
        }

        int at = 0;
        for (int named = 0; named <= Settings.MaxAuthorNameWords; named++)
        {
            int start = at, length = NextWord(content, ref at);
            if (named >= 2 && NameWords.IsOneOf(NameWords.NoteVerbs, content, start, length))
            {
                return NamesRole(content, at) ? content.Substring(0, start - 1) : null;
            }

            if (!IsName(content, start, length))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The length of the word at <paramref name="at"/> (the text is collapsed: words are parted by one space), and
    /// <paramref name="at"/> past it.
    /// </summary>
    private static int NextWord(string content, ref int at)
    {
        if (at >= content.Length)
        {
            return 0;
        }

        int space = content.IndexOf(' ', at), end = space < 0 ? content.Length : space, start = at;
        at = end + 1;
        return end - start;
    }

    /// <summary>A word of a name: capitalized, or a particle ("de", "van"), without digits.</summary>
    private static bool IsName(string content, int start, int length) =>
        length > 0 && (char.IsUpper(content[start]) || NameWords.IsParticle(content, start, length)) && content.IndexOfAny(Digits, start, length) < 0;

    private static readonly char[] Digits = "0123456789".ToCharArray();

    /// <summary>One of the few words from <paramref name="at"/> is an author's role.</summary>
    private static bool NamesRole(string content, int at)
    {
        for (int p = 0; p < Settings.MaxWordsToAuthorRole && at < content.Length; p++)
        {
            // "co-author", "Egypt-based": the role may close a hyphenated word; "writer," a clause.
            int start = at;
            string word = content.Substring(start, NextWord(content, ref at)).TrimEnd(',', '.', ';', ':');
            int hyphen = word.LastIndexOf('-');
            string role = (hyphen >= 0 ? word.Substring(hyphen + 1) : word).ToLowerInvariant();
            if (Array.IndexOf(NameWords.AuthorRoles, role) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
