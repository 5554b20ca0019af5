using System;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A photo caption is a block that ends with a photo credit: <c>REUTERS/Carlos Garcia Rawlins</c>,
/// <c>REUTERS/Hannah McKay/File Photo</c>, <c>(AP Photo/Ted S. Warren)</c> or <c>Photo by Karen Hargis</c>.
/// </summary>
internal static class PhotoCaption
{
    /// <summary>A credit names a photographer, not a sentence; more words than this is prose.</summary>
    private const int MaxCreditWords = 7;

    private const int MaxCreditLength = 80;

    private static readonly string[] NameParticles = { "de", "da", "del", "der", "di", "van", "von", "la", "le", "al", "bin", "y" };

    public static PhotoSpec? Read(string block)
    {
        int creditStart = FindCredit(block);
        if (creditStart < 0)
        {
            return null;
        }

        string caption = block.Substring(0, creditStart).Trim();
        string credit = block.Substring(creditStart).Trim().Trim('(', ')');
        (string? photographer, string? agency) = SplitCredit(credit);
        return new PhotoSpec(caption, credit, photographer, agency);
    }

    /// <summary>True where the text ends with a photo credit; a caption's last line ends its block.</summary>
    public static bool EndsWithCredit(string text) => FindCredit(text) >= 0;

    /// <returns>Where the credit at the end of <paramref name="text"/> starts, or -1.</returns>
    private static int FindCredit(string text)
    {
        string trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || !MayEndWithCredit(trimmed))
        {
            return -1;
        }

        // "(AP Photo/Ted S. Warren)" or "(Photo by Karen Hargis)".
        if (trimmed[trimmed.Length - 1] == ')')
        {
            int open = trimmed.LastIndexOf('(');
            return open >= 0 && IsCredit(trimmed.Substring(open + 1, trimmed.Length - open - 2)) ? open : -1;
        }

        // "... REUTERS/Name": walk back over at most a credit's worth of words to the one holding "AGENCY/".
        int wordStart = trimmed.Length;
        for (int words = 0; words < MaxCreditWords && wordStart > 0; words++)
        {
            int space = trimmed.LastIndexOf(' ', wordStart - 1);
            int start = space + 1;
            if (IsAgencySlash(trimmed, start) || Text.StartsWith(trimmed, start, "Photo by "))
            {
                return IsCredit(trimmed.Substring(start)) ? start : -1;
            }

            if (space < 0)
            {
                break;
            }

            wordStart = space;
        }

        return -1;
    }

    /// <summary>Cheap test first: every credit has a slash, a closing parenthesis or "Photo by" near the end.</summary>
    private static bool MayEndWithCredit(string text)
    {
        int tail = Math.Max(0, text.Length - MaxCreditLength);
        return text[text.Length - 1] == ')'
            || text.IndexOf('/', tail) >= 0
            || text.IndexOf("Photo by", tail, StringComparison.Ordinal) >= 0;
    }

    private static bool IsCredit(string credit)
    {
        int slash = credit.IndexOf('/');
        string name = Text.StartsWith(credit, 0, "Photo by ") ? credit.Substring(9)
            : slash > 0 && (IsUpperWord(credit, 0, slash) || credit.Substring(0, slash).EndsWith(" Photo", StringComparison.Ordinal)) ? credit.Substring(slash + 1)
            : string.Empty;
        string[] words = name.Split(' ', '/');
        return words.Length <= MaxCreditWords && Array.TrueForAll(words, IsNameWord);
    }

    /// <summary>Names are capitalized words, with particles such as "de" or "van" between them.</summary>
    private static bool IsNameWord(string word) =>
        (word.Length > 0 && char.IsUpper(word[0])) || Array.IndexOf(NameParticles, word) >= 0;

    private static (string? Photographer, string? Agency) SplitCredit(string credit)
    {
        if (Text.StartsWith(credit, 0, "Photo by "))
        {
            return (credit.Substring(9).Trim(), null);
        }

        string[] parts = credit.Split('/');
        string agency = parts[0].Trim();
        if (agency.EndsWith(" Photo", StringComparison.Ordinal))
        {
            agency = agency.Substring(0, agency.Length - 6);
        }

        // Wire credits shout the agency ("REUTERS"); the agency's name is "Reuters". Acronyms such as AP stay.
        if (agency.Length > 3 && Text.IsUpperCase(agency))
        {
            agency = agency.Substring(0, 1) + agency.Substring(1).ToLowerInvariant();
        }

        return (parts.Length > 1 ? parts[1].Trim() : null, agency);
    }

    /// <summary>An all-capitals word of two or more letters followed by a slash: <c>REUTERS/</c>, <c>AFP/</c>.</summary>
    private static bool IsAgencySlash(string text, int start)
    {
        int i = start;
        while (i < text.Length && char.IsUpper(text[i]))
        {
            i++;
        }

        return i - start >= 2 && i < text.Length && text[i] == '/';
    }

    private static bool IsUpperWord(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return end - start >= 2;
    }
}
