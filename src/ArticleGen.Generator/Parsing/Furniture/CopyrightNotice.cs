namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The copyright block that closes wire copy: <c>Copyright 2019 Reuters. All rights reserved. ...</c> or
/// <c>[© 2019 Thomson Reuters ...]</c>. A <c>©</c> alone is not one: <c>© REUTERS / POOL</c> and <c>© Provided by ...</c>
/// credit a photo. A notice names its year or says that rights are reserved.
/// </summary>
internal static class CopyrightNotice
{
    /// <summary>How far into its line a <c>©</c> notice must name its year or its reserved rights.</summary>
    private const int NoticeReach = 120;

    public static bool IsStart(string text, int index)
    {
        if (index < text.Length && text[index] == '[')
        {
            index++;
        }

        if (index >= text.Length)
        {
            return false;
        }

        if (text[index] == '\u00A9')
        {
            return ReadsAsNotice(text, index + 1);
        }

        int year = Text.StartsWithIgnoreCase(text, index, "Copyright ") ? index + 10
            : Text.StartsWithIgnoreCase(text, index, "(c) ") ? index + 4
            : -1;
        if (year < 0)
        {
            return false;
        }

        if (year < text.Length && char.IsLetter(text[year]))
        {
            return ReadsAsNotice(text, year); // "Copyright City News. All rights reserved."
        }

        if (year < text.Length && text[year] == '\u00A9')
        {
            year = Text.SkipSpace(text, year + 1, text.Length);
        }

        return year + 4 <= text.Length && char.IsDigit(text[year]) && char.IsDigit(text[year + 3]);
    }

    /// <summary>A year (four digits) or "rights reserved" before the line ends.</summary>
    private static bool ReadsAsNotice(string text, int from)
    {
        int end = from;
        while (end < text.Length && end - from < NoticeReach && !Text.IsLineBreak(text[end]))
        {
            end++;
        }

        for (int i = from; i + 4 <= end; i++)
        {
            if (char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])
                && (i == from || !char.IsDigit(text[i - 1])) && (i + 4 == end || !char.IsDigit(text[i + 4])))
            {
                return true;
            }
        }

        return text.IndexOf("rights reserved", from, end - from, System.StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
