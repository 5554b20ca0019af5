using System;

namespace ArticleGen.Generator.Parsing;

/// <summary>Words of people's names that are written in lower case: "Ursula von der Leyen", "João dos Santos".</summary>
internal static class NameWords
{
    /// <summary>
    /// The byline's list and the caption's list differed by "dos" and "du"; a photographer can be a "dos Santos" as
    /// well as a reporter, so this is the longer one.
    /// </summary>
    private static readonly string[] Particles = { "de", "da", "del", "der", "di", "van", "von", "la", "le", "al", "bin", "y", "dos", "du" };

    public static bool IsParticle(string word) => Array.IndexOf(Particles, word) >= 0;
}
