namespace ArticleGen.Generator.Parsing;

/// <summary>The copyright block that closes wire copy: <c>Copyright 2019 Reuters. All rights reserved. ...</c> or <c>[© 2019 Thomson Reuters ...]</c>.</summary>
internal static class CopyrightNotice
{
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
            return true;
        }

        int year = Text.StartsWithIgnoreCase(text, index, "Copyright ") ? index + 10
            : Text.StartsWithIgnoreCase(text, index, "(c) ") ? index + 4
            : -1;
        if (year < 0)
        {
            return false;
        }

        if (year < text.Length && text[year] == '\u00A9')
        {
            year = Text.SkipSpace(text, year + 1, text.Length);
        }

        return year + 4 <= text.Length && char.IsDigit(text[year]) && char.IsDigit(text[year + 3]);
    }
}
