using System;

namespace ArticleGen.Generator.Parsing;

/// <summary>The words that stand inside or around a date on a date line, besides the months (<see cref="Months"/>).</summary>
internal static class DateWords
{
    /// <summary>
    /// Words that join a date's parts: <c>1 de diciembre de 2017</c>. Not the English "of": "3 out of 2019" would read
    /// as a Portuguese date.
    /// </summary>
    private static readonly string[] Joiners = { "de", "del" };

    /// <summary>What a number that is a day carries glued to it: <c>5th</c>, <c>1st</c>.</summary>
    private static readonly string[] OrdinalEndings = { "st", "nd", "rd", "th" };

    /// <summary>
    /// What says how long ago a piece was published, around a number and its unit: "3 hours ago", "vor 2 Stunden",
    /// "il y a 2 heures", "hace 21 minutos", "před 2 hodinami", "2 godziny temu", "2 ore fa". No date is read from it;
    /// it stands where a date line would, beside the author's name.
    /// </summary>
    public static readonly string[] AgoBefore = { "vor ", "il y a ", "hace ", "před ", "há " }, AgoAfter = { " ago", " temu", " fa", " geleden" };

    /// <summary>Words before a date that make it an update's date, not the publication's (a word's start is enough: "aktualisiert").</summary>
    public static readonly string[] UpdateLabels = { "updated", "modified", "aktualiz", "mis à jour" };

    /// <summary>Words before a date that make it the publication's, where an update's date follows it.</summary>
    public static readonly string[] PublicationLabels = { "published", "posted" };

    /// <summary>What opens a date line: <c>Published: 05.03.2019</c>, <c>Publié le 5 mars 2019</c>.</summary>
    public static readonly string[] Labels = { "published", "updated", "posted", "first published", "date:", "publié", "publicado", "veröffentlicht", "pubblicato" };

    /// <summary>
    /// Words in small letters that a date line holds beside its date and labels and are no prose: weekdays and the words
    /// around a time and a reading time in the languages that write them small (<c>mercredi 5 mars 2019</c>, <c>mis à jour le</c>,
    /// <c>quarta-feira, 21 de dezembro</c>, <c>2 min read</c>).
    /// </summary>
    private static readonly string[] SmallDateWords =
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "jour", "heure", "heures",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "actualizado", "actualizada",
        "segunda", "terça", "quarta", "quinta", "sexta", "feira", "atualizado", "atualizada",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "aggiornato",
        "modified", "uhr", "aktualisiert", "min", "mins", "minute", "minutes", "read",
    };

    /// <summary>A word in small letters that belongs on a date line: a label's, a weekday's, a time's.</summary>
    public static bool BelongsOnDateLine(string word)
    {
        string lower = word.ToLowerInvariant();
        if (Array.IndexOf(SmallDateWords, lower) >= 0 || Months.ParseAnyLanguage(lower) > 0)
        {
            return true;
        }

        foreach (string label in Labels)
        {
            if (label.StartsWith(lower, StringComparison.Ordinal) || label.EndsWith(lower, StringComparison.Ordinal) || label.TrimEnd(':') == lower)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsJoiner(string word) => Array.IndexOf(Joiners, word.ToLowerInvariant()) >= 0;

    public static bool IsOrdinalEnding(string word) => Array.IndexOf(OrdinalEndings, word.ToLowerInvariant()) >= 0;
}
