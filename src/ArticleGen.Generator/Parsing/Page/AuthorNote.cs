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
    public static string? NameIn(string content, int words)
    {
        if (words > Settings.MaxAuthorNoteWords || !OpensWithTwoNames(content))
        {
            return null; // most paragraphs: asked of every block of the article, so no words are split off for them
        }

        string[] parts = content.Split(' ');
        for (int verb = 2; verb <= Settings.MaxAuthorNameWords && verb < parts.Length; verb++)
        {
            if (!IsName(parts[verb - 1]))
            {
                return null;
            }

            if (Array.IndexOf(NameWords.NoteVerbs, parts[verb]) >= 0)
            {
                return NamesRole(parts, verb + 1) ? string.Join(" ", parts, 0, verb) : null;
            }
        }

        return null;
    }

    /// <summary>The first word opens with a capital and the second too, or is a particle ("Ludwig van Beethoven"), as a name's do.</summary>
    private static bool OpensWithTwoNames(string content)
    {
        int space = content.IndexOf(' ');
        if (content.Length == 0 || !char.IsUpper(content[0]) || space < 0 || space + 1 >= content.Length)
        {
            return false;
        }

        int next = content.IndexOf(' ', space + 1), end = next < 0 ? content.Length : next;
        return char.IsUpper(content[space + 1]) || (end - space - 1 <= 3 && NameWords.IsParticle(content.Substring(space + 1, end - space - 1)));
    }

    /// <summary>A word of a name: capitalized, or a particle ("de", "van"), without digits.</summary>
    private static bool IsName(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || NameWords.IsParticle(word)) && word.IndexOfAny(Digits) < 0;

    private static readonly char[] Digits = "0123456789".ToCharArray();

    private static bool NamesRole(string[] parts, int from)
    {
        for (int p = from; p < parts.Length && p < from + Settings.MaxWordsToAuthorRole; p++)
        {
            // "co-author", "Egypt-based": the role may close a hyphenated word; "writer," a clause.
            string word = parts[p].TrimEnd(',', '.', ';', ':');
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
