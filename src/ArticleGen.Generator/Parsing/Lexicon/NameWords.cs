using System;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// The words around people's names on a byline: what opens one, what joins names, what stands next to a name and is
/// never part of it, and the words of names written in lower case ("Ursula von der Leyen", "João dos Santos").
/// </summary>
internal static class NameWords
{
    /// <summary>What opens a byline.</summary>
    public static readonly string[] BylineOpenings = { "By ", "by ", "BY ", "By: ", "by: ", "BY: ", "Written by ", "Words by ", "Author: ", "Authors: ", "Par ", "Por ", "Von ", "Door " };

    /// <summary>
    /// The labels a Chinese or Japanese page puts before the author's name, most telling first: "作者：", "记者：",
    /// "责任编辑：肖春芳". They may stand anywhere in a date line: "2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳".
    /// </summary>
    public static readonly string[] CjkBylineLabels = { "作者：", "作者:", "记者：", "記者：", "文：", "责任编辑：", "責任編輯：", "编辑：", "編集：" };

    /// <summary>A name after a Chinese or Japanese byline label holds this many characters: "肖春芳", "崔宁宁", "欧阳修".</summary>
    public const int MinCjkName = 2, MaxCjkName = 4;

    /// <summary>What a byline may name before its "by": "Analysis by ...", "Opinion by ...".</summary>
    public static readonly string[] PieceKinds = { "analysis", "opinion", "commentary", "column", "story", "text", "words", "posted", "review", "interview", "report" };

    /// <summary>What joins two names on one byline.</summary>
    public static readonly string[] Joiners = { " and ", " And ", " AND ", " & ", " und ", " et ", " e " };

    /// <summary>Words that stand next to a name on a byline or date line but are never part of one.</summary>
    public static readonly string[] NotNames =
    {
        "published", "updated", "posted", "share", "follow", "more", "read", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "why", "how", "twitter", "facebook",
        "instagram", "linkedin", "whatsapp", "pinterest", "youtube", "tiktok", "reddit", "email", "e-mail", "comments",

        // What opens a headline in title case, which a name never holds: "Introducing Junior Gaspard, New CEO at ...",
        // "Nollywood Actress, Kate Henshaw Is Looking Stunning ...", "Take C.A.R.E. - comwrap auf der DMEXCO 2018".
        "introducing", "meet", "watch", "breaking", "exclusive", "live", "video", "photos", "review",
        "take", "get", "make", "find", "join", "discover", "explore", "learn",
        "actress", "actor", "singer", "rapper", "star", "president", "minister", "governor", "senator", "mayor", "coach", "ceo",
    };

    /// <summary>What a note about the author says between their name and their role: "Meg James is a ... reporter".</summary>
    public static readonly string[] NoteVerbs = { "is", "ist", "est", "es", "è" };

    /// <summary>The label over the box about the author that closes many articles (<see cref="AuthorBox"/>), in lower case.</summary>
    public static readonly string[] AuthorBoxLabels =
    {
        "about the author", "about the writer", "über den autor", "über die autorin", "zum autor", "zur autorin",
        "à propos de l'auteur", "sobre el autor", "sobre la autora", "sull'autore", "o autorze", "over de auteur",
    };

    /// <summary>What a note about the author calls them (<see cref="AuthorNote"/>), in lower case.</summary>
    public static readonly string[] AuthorRoles =
    {
        "writer", "reporter", "journalist", "editor", "columnist", "correspondent", "contributor", "author", "blogger",
        "critic", "producer", "redakteur", "redakteurin", "journalistin", "autor", "autorin", "korrespondent",
        "korrespondentin", "journaliste", "rédacteur", "rédactrice", "chroniqueur", "chroniqueuse", "periodista",
        "redactor", "redactora", "giornalista",
    };

    /// <summary>
    /// The byline's list and the caption's list differed by "dos" and "du"; a photographer can be a "dos Santos" as
    /// well as a reporter, so this is the longer one.
    /// </summary>
    private static readonly string[] Particles = { "de", "da", "del", "der", "di", "van", "von", "la", "le", "al", "bin", "y", "dos", "du" };

    public static bool IsParticle(string word) => IsParticle(word, 0, word.Length);

    /// <summary>The word <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>) is a particle: no copy of it is made.</summary>
    public static bool IsParticle(string text, int start, int length) => IsOneOf(Particles, text, start, length);

    /// <summary>The word <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>) is one of <paramref name="words"/>, as written.</summary>
    public static bool IsOneOf(string[] words, string text, int start, int length)
    {
        foreach (string word in words)
        {
            if (word.Length == length && Text.StartsWith(text, start, word))
            {
                return true;
            }
        }

        return false;
    }
}
