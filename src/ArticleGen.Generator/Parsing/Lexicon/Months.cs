using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Parsing;

/// <summary>Month names as wire copy writes them: <c>March</c>, <c>MARCH</c>, <c>Feb</c>, <c>SEPT.</c>.</summary>
internal static class Months
{
    private static readonly string[] Names =
    {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    };

    /// <summary>What an abbreviation ends with; one array, where <c>TrimEnd('.')</c> made one a call.</summary>
    private static readonly char[] Dot = { '.' };

    /// <returns>1 to 12, or 0 where the word is no month (a misspelling such as <c>Mrach</c> included).</returns>
    public static int Parse(string word)
    {
        string name = word.TrimEnd(Dot);
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

    /// <summary>Months in the languages of the pages users save, beside the English ones <see cref="Months"/> knows.</summary>
    private static readonly Dictionary<string, int> OtherMonths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["janvier"] = 1, ["février"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7,
        ["août"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12,
        ["enero"] = 1, ["febrero"] = 2, ["marzo"] = 3, ["abril"] = 4, ["mayo"] = 5, ["junio"] = 6, ["julio"] = 7,
        ["agosto"] = 8, ["septiembre"] = 9, ["octubre"] = 10, ["noviembre"] = 11, ["diciembre"] = 12,
        ["janeiro"] = 1, ["fevereiro"] = 2, ["março"] = 3, ["maio"] = 5, ["junho"] = 6, ["julho"] = 7,
        ["setembro"] = 9, ["outubro"] = 10, ["novembro"] = 11, ["dezembro"] = 12,
        ["gennaio"] = 1, ["febbraio"] = 2, ["aprile"] = 4, ["maggio"] = 5, ["giugno"] = 6, ["luglio"] = 7,
        ["settembre"] = 9, ["ottobre"] = 10, ["dicembre"] = 12,
        ["januar"] = 1, ["februar"] = 2, ["märz"] = 3, ["juni"] = 6, ["juli"] = 7, ["oktober"] = 10, ["dezember"] = 12,
        ["января"] = 1, ["февраля"] = 2, ["марта"] = 3, ["апреля"] = 4, ["мая"] = 5, ["июня"] = 6, ["июля"] = 7,
        ["августа"] = 8, ["сентября"] = 9, ["октября"] = 10, ["ноября"] = 11, ["декабря"] = 12,
        ["ledna"] = 1, ["února"] = 2, ["března"] = 3, ["dubna"] = 4, ["května"] = 5, ["června"] = 6, ["července"] = 7,
        ["srpna"] = 8, ["září"] = 9, ["října"] = 10, ["listopadu"] = 11, ["prosince"] = 12,
    };

    /// <summary>
    /// Short forms of those months that English does not share (<c>21.dez.2018</c>, <c>5 févr. 2019</c>, <c>3. Okt 2019</c>):
    /// some are English words too (<c>set</c>, <c>out</c>, <c>ago</c>), so they are read only between a day and a year.
    /// </summary>
    private static readonly Dictionary<string, int> OtherShortMonths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["janv"] = 1, ["gen"] = 1, ["ene"] = 1, ["fev"] = 2, ["févr"] = 2, ["fevr"] = 2, ["mär"] = 3, ["mrz"] = 3, ["mrt"] = 3,
        ["abr"] = 4, ["avr"] = 4, ["mai"] = 5, ["mag"] = 5, ["mei"] = 5, ["giu"] = 6, ["juil"] = 7, ["lug"] = 7,
        ["ago"] = 8, ["set"] = 9, ["out"] = 10, ["okt"] = 10, ["ott"] = 10, ["dez"] = 12, ["déc"] = 12, ["dic"] = 12,
    };

    /// <returns>1 to 12 for a month in English or another language the pages use, or 0.</returns>
    /// <param name="betweenDayAndYear">The word stands between a day and a year, where short forms that are words too are read.</param>
    public static int ParseAnyLanguage(string word, bool betweenDayAndYear = false) =>
        Parse(word) is > 0 and var month ? month
        : OtherMonths.TryGetValue(word, out int other) ? other
        : betweenDayAndYear && OtherShortMonths.TryGetValue(word.TrimEnd('.'), out int shortForm) ? shortForm : 0;

    public static bool IsValidDay(int year, int month, int day) =>
        year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
