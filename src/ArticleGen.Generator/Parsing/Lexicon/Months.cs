using System;

namespace ArticleGen.Generator.Parsing;

/// <summary>Month names as wire copy writes them: <c>March</c>, <c>MARCH</c>, <c>Feb</c>, <c>SEPT.</c>.</summary>
internal static class Months
{
    private static readonly string[] Names =
    {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    };

    /// <returns>1 to 12, or 0 where the word is no month (a misspelling such as <c>Mrach</c> included).</returns>
    public static int Parse(string word)
    {
        string name = word.TrimEnd('.');
        if (name.Length < 3)
        {
            return 0;
        }

        for (int month = 0; month < Names.Length; month++)
        {
            string full = Names[month];
            bool whole = string.Equals(name, full, StringComparison.OrdinalIgnoreCase);
            bool abbreviation = name.Length <= 4 && name.Length < full.Length && full.StartsWith(name, StringComparison.OrdinalIgnoreCase);
            if (whole || abbreviation)
            {
                return month + 1;
            }
        }

        return 0;
    }

    public static bool IsValidDay(int year, int month, int day) =>
        year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
