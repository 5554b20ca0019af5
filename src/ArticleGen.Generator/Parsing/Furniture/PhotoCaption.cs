using System;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A photo caption is a block that ends with a photo credit: <c>REUTERS/Carlos Garcia Rawlins</c>,
/// <c>REUTERS/Hannah McKay/File Photo</c>, <c>(AP Photo/Ted S. Warren)</c>, <c>Photo by Karen Hargis</c>, or a labelled
/// one: <c>Photo: Damian Dovarganes, AP</c>, <c>Photograph: Name/Agency</c>, <c>Credit: Name/Agency</c>. The BBC puts it
/// first: <c>Image copyright Getty Images Image caption ...</c>.
/// </summary>
internal static class PhotoCaption
{
    /// <summary>A credit names a photographer, not a sentence; more words than this is prose.</summary>
    private const int MaxCreditWords = 7;

    private const int MaxCreditLength = 80;


    private const string ImageCopyright = "Image copyright ";

    private const string ImageCaption = " Image caption ";

    public static PhotoSpec? Read(string block)
    {
        // BBC: "Image copyright Getty Images Image caption Obama said ..." puts the credit first.
        int captionLabel = block.IndexOf(ImageCaption, StringComparison.Ordinal);
        if (block.StartsWith(ImageCopyright, StringComparison.Ordinal) && captionLabel > 0)
        {
            string agencyCredit = block.Substring(ImageCopyright.Length, captionLabel - ImageCopyright.Length).Trim();
            return new PhotoSpec(block.Substring(captionLabel + ImageCaption.Length).Trim(), agencyCredit, null, agencyCredit);
        }

        int creditStart = FindCredit(block);
        if (creditStart < 0)
        {
            return null;
        }

        string caption = block.Substring(0, creditStart).Trim();
        string credit = block.Substring(creditStart).Trim().Trim('(', ')');
        if (LabelAt(credit, 0) is { } label)
        {
            credit = credit.Substring(label.Length).Trim();
            (string? name, string? outlet) = SplitLabelledCredit(credit);
            return new PhotoSpec(caption, credit, name, outlet);
        }

        (string? photographer, string? agency) = SplitCredit(credit);
        return new PhotoSpec(caption, credit, photographer, agency);
    }

    private static string? LabelAt(string text, int index)
    {
        foreach (string label in CreditWords.CaptionLabels)
        {
            if (Text.StartsWith(text, index, label))
            {
                return label;
            }
        }

        return null;
    }

    /// <summary>"Damian Dovarganes, AP", "David Zalubowski, STF / Associated Press", "Name/Agency": the name, then the outlet.</summary>
    private static (string? Photographer, string? Agency) SplitLabelledCredit(string credit)
    {
        int cut = credit.IndexOfAny(new[] { ',', '/' });
        if (cut < 0)
        {
            return (credit, null);
        }

        int last = credit.LastIndexOfAny(new[] { ',', '/' });
        return (credit.Substring(0, cut).Trim(), credit.Substring(last + 1).Trim());
    }

    /// <summary>Where a labelled credit (<c>Photo: Name, Agency</c>) that ends the text starts, or -1.</summary>
    private static int FindLabelledCredit(string text)
    {
        foreach (string label in CreditWords.CaptionLabels)
        {
            int at = text.LastIndexOf(label, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || text[at - 1] == ' ') && IsCreditNames(text.Substring(at + label.Length)))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Names and outlets: capitalized words (or particles) joined by commas, slashes and "and".</summary>
    private static bool IsCreditNames(string credit)
    {
        string[] words = credit.Split(new[] { ' ', ',', '/' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Length <= MaxCreditWords + 2 && Array.TrueForAll(words, w => IsNameWord(w) || w is "and" or "&" or "via" or "for");
    }

    /// <summary>True where the text ends with a photo credit; a caption's last line ends its block.</summary>
    public static bool EndsWithCredit(string text) => FindCredit(text) >= 0;

    /// <summary>True where the block is a caption with its credit, in any of the forms above.</summary>
    public static bool IsCaption(string block) =>
        EndsWithCredit(block) || (block.StartsWith(ImageCopyright, StringComparison.Ordinal) && block.IndexOf(ImageCaption, StringComparison.Ordinal) > 0);

    /// <returns>Where the credit at the end of <paramref name="text"/> starts, or -1.</returns>
    private static int FindCredit(string text)
    {
        string trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || !MayEndWithCredit(trimmed))
        {
            return -1;
        }

        int labelled = FindLabelledCredit(trimmed);
        if (labelled >= 0)
        {
            return labelled;
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

    /// <summary>Cheap test first: every credit has a slash, a closing parenthesis, a label's colon or "Photo by" near the end.</summary>
    private static bool MayEndWithCredit(string text)
    {
        if (text[text.Length - 1] == ')')
        {
            return true;
        }

        // One search for what opens each sign, where there were three searches.
        for (int at = text.IndexOfAny(CreditSigns, Math.Max(0, text.Length - MaxCreditLength)); at >= 0; at = text.IndexOfAny(CreditSigns, at + 1))
        {
            if (text[at] == '/' || Text.StartsWith(text, at, ": ") || Text.StartsWith(text, at, "Photo by"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first characters of the signs <see cref="MayEndWithCredit"/> looks for.</summary>
    private static readonly char[] CreditSigns = { '/', ':', 'P' };

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
        (word.Length > 0 && char.IsUpper(word[0])) || NameWords.IsParticle(word);

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
