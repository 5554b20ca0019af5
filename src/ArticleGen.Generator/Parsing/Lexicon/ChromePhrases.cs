using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Words that page chrome is made of, each with the kind of chrome it names. One signal among the others: it counts
/// only on a short block (a paragraph that mentions cookies is no cookie banner), and never decides the article alone.
/// </summary>
internal static class ChromePhrases
{
    /// <summary>
    /// Lines that are layout markers on any page, wire pages included, when they stand alone (compared ignoring
    /// case): <see cref="LayoutMarkers"/> cuts them out before anything is read. <see cref="Table"/>'s phrases are
    /// weaker: they name chrome only on a short block of a whole page.
    /// </summary>
    internal static readonly string[] MarkerLines =
    {
        "Send a link to a friend",
        "Click on image for larger version",
        "Back to top",
        "Return to top",
        "Print this article",
        "Printer-friendly version",
        "Printer friendly version",
        "Email this article",
        "E-mail this article",
        "Share this article",
        "Share on Facebook",
        "Share on Twitter",
        "Next article",
        "Previous article",
        "Back to home page",
        "Related articles",
    };

    /// <summary>Layout markers that can sit inside a line; the column marker may also wrap onto the next line.</summary>
    internal static readonly string[] InlineMarkers = { "[to top of", "(click on image" };

    internal static readonly (string Phrase, ChromeKind Kind)[] Table =
    {
        ("skip to", ChromeKind.Navigation),
        ("click here", ChromeKind.Navigation),
        ("click", ChromeKind.Navigation),
        ("browse", ChromeKind.Navigation),
        ("submit", ChromeKind.Account),
        ("follow", ChromeKind.Share),
        ("went wrong", ChromeKind.Other),
        ("jump to", ChromeKind.Navigation),
        ("main menu", ChromeKind.Navigation),
        ("toggle navigation", ChromeKind.Navigation),
        ("search", ChromeKind.Navigation),
        ("home page", ChromeKind.Navigation),
        ("back to top", ChromeKind.Navigation),
        ("cookie", ChromeKind.Consent),
        ("we use cookies", ChromeKind.Consent),
        ("cookie policy", ChromeKind.Consent),
        ("cookie settings", ChromeKind.Consent),
        ("privacy policy", ChromeKind.Consent),
        ("consent", ChromeKind.Consent),
        ("accept all", ChromeKind.Consent),
        ("sign in", ChromeKind.Account),
        ("sign up", ChromeKind.Account),
        ("log in", ChromeKind.Account),
        ("login", ChromeKind.Account),
        ("logout", ChromeKind.Account),
        ("register", ChromeKind.Account),
        ("subscribe", ChromeKind.Account),
        ("subscription", ChromeKind.Account),
        ("newsletter", ChromeKind.Account),
        ("abonnez-vous", ChromeKind.Account),
        ("s'abonner", ChromeKind.Account),
        ("abonnieren", ChromeKind.Account),
        ("suscríbete", ChromeKind.Account),
        ("abbonati", ChromeKind.Account),
        ("my account", ChromeKind.Account),
        ("share", ChromeKind.Share),
        ("facebook", ChromeKind.Share),
        ("twitter", ChromeKind.Share),
        ("whatsapp", ChromeKind.Share),
        ("linkedin", ChromeKind.Share),
        ("pinterest", ChromeKind.Share),
        ("reddit", ChromeKind.Share),
        ("e-mail", ChromeKind.Share),
        ("email", ChromeKind.Share),
        ("print", ChromeKind.Share),
        ("advertisement", ChromeKind.Advertising),
        ("advertising", ChromeKind.Advertising),
        ("anzeige", ChromeKind.Advertising),
        ("werbung", ChromeKind.Advertising),
        ("reklama", ChromeKind.Advertising),
        ("publicité", ChromeKind.Advertising),
        ("publicidad", ChromeKind.Advertising),
        ("pubblicità", ChromeKind.Advertising),
        ("sponsored", ChromeKind.Advertising),
        ("promoted", ChromeKind.Advertising),
        ("report this ad", ChromeKind.Advertising),
        ("continue reading", ChromeKind.Advertising),
        ("image", ChromeKind.Gallery),
        ("caption", ChromeKind.Gallery),
        ("close", ChromeKind.Gallery),
        ("enlarge", ChromeKind.Gallery),
        ("fullscreen", ChromeKind.Gallery),
        ("related", ChromeKind.Related),
        ("read more", ChromeKind.Related),
        ("more from", ChromeKind.Related),
        ("most popular", ChromeKind.Related),
        ("most read", ChromeKind.Related),
        ("trending", ChromeKind.Related),
        ("recommended", ChromeKind.Related),
        ("you may also like", ChromeKind.Related),
        ("see also", ChromeKind.Related),
        ("sur le même sujet", ChromeKind.Related),
        ("dans la même rubrique", ChromeKind.Related),
        ("lire aussi", ChromeKind.Related),
        ("articles similaires", ChromeKind.Related),
        ("mehr zum thema", ChromeKind.Related),
        ("das könnte sie auch interessieren", ChromeKind.Related),
        ("auch interessant", ChromeKind.Related),
        ("weitere artikel", ChromeKind.Related),
        ("verwandte artikel", ChromeKind.Related),
        ("siehe auch", ChromeKind.Related),
        ("leggi anche", ChromeKind.Related),
        ("lee también", ChromeKind.Related),
        ("te puede interesar", ChromeKind.Related),
        ("artículos relacionados", ChromeKind.Related),
        ("noticias relacionadas", ChromeKind.Related),
        ("czytaj także", ChromeKind.Related),
        ("czytaj też", ChromeKind.Related),
        ("comment", ChromeKind.Comments),
        ("comments", ChromeKind.Comments),
        ("all rights reserved", ChromeKind.Footer),
        ("terms of", ChromeKind.Footer),
        ("contact us", ChromeKind.Footer),
        ("about us", ChromeKind.Footer),
        ("copyright", ChromeKind.Footer),
    };

    /// <summary>Words that make a comments phrase a link or a widget, not the heading over the comments: "View comments", "Comments feed".</summary>
    internal static readonly string[] CommentsLinkWords = { "view", "see", "load", "show", "hide", "read", "open", "recent", "feed", "rss" };

    /// <summary>The link under each comment that answers it, in the languages of the pages we keep.</summary>
    internal static readonly string[] ReplyWords = { "reply", "antworten", "beantworten", "répondre", "responder", "rispondi", "odpowiedz", "antwoorden", "svara" };

    /// <summary>The text from <paramref name="start"/> opens with one of the words, whole, ignoring case; compared in place.</summary>
    public static bool OpensWithWord(string text, int start, string[] words)
    {
        foreach (string word in words)
        {
            int end = start + word.Length;
            if (end <= text.Length && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text holds one of the words, whole, ignoring case.</summary>
    public static bool HasWord(string text, string[] words)
    {
        foreach (string word in words)
        {
            if (HoldsWord(text, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The only sentences that are chrome by their own words, so that a fix may delete them: each kind a named rule
    /// with its formulas, in the languages of the pages we keep. A single word ("cookies", "share") is never enough in
    /// a sentence: an article may be about them.
    /// </summary>
    internal static readonly (string Rule, ChromeKind Kind, string[] Formulas)[] SentenceRules =
    {
        ("consent banner", ChromeKind.Consent, new[]
        {
            "we use cookies", "this site uses cookies", "this website uses cookies", "use of cookies", "uses cookies to",
            "accept cookies", "accept all cookies", "cookie policy", "cookie settings", "by continuing to browse",
            "by continuing to use", "verwendet cookies", "verwenden cookies", "nutzt cookies", "nutzen cookies",
            "setzt cookies", "setzen cookies", "utilise des cookies", "utilisons des cookies", "utilizamos cookies",
            "utiliza cookies",
        }),
        ("newsletter prompt", ChromeKind.Account, new[]
        {
            "sign up for our newsletter", "subscribe to our newsletter", "sign up to our newsletter", "get our newsletter",
            "newsletter abonnieren", "zum newsletter anmelden", "melden sie sich für unseren newsletter",
            "inscrivez-vous à notre newsletter",
        }),
        ("sign-in prompt", ChromeKind.Account, new[]
        {
            "sign in to continue", "log in to continue", "sign in to comment", "log in to comment", "to continue reading",
            "already a subscriber", "already have an account", "create a free account", "subscribe to continue",
            "bitte melden sie sich an", "jetzt anmelden", "jetzt registrieren",
        }),
        ("comment form", ChromeKind.Account, new[]
        {
            "you are commenting using your", "du kommentierst mit deinem", "sie kommentieren mit ihrem",
        }),
        ("form consent", ChromeKind.Account, new[]
        {
            "ich willige ein", "ich willige darin ein", "verarbeitung meiner daten", "verarbeitung meiner personenbezogenen daten",
            "i agree to the processing of my", "i consent to the processing of my", "by signing up, you agree",
            "by submitting this form, you agree",
        }),
        ("affiliate notice", ChromeKind.Advertising, new[]
        {
            "may earn an affiliate commission", "we may earn a commission", "we may receive a commission",
            "post contains affiliate links", "article contains affiliate links", "enthält affiliate-links", "enthält affiliate links",
            "erhalten wir eine provision",
        }),
        ("share prompt", ChromeKind.Share, new[]
        {
            "share this article", "share this story", "share this page", "share on facebook", "share on twitter",
            "follow us on", "artikel teilen", "seite teilen", "folgen sie uns",
        }),
        ("legal notice", ChromeKind.Footer, new[]
        {
            "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
            "tutti i diritti riservati", "terms of use", "terms of service", "privacy policy", "datenschutzerklärung",
            "may not be published, broadcast, rewritten or redistributed", "prohibida su reproducción", "queda prohibida la reproducción",
            "reproduction interdite", "riproduzione riservata", "vervielfältigung nur mit",
        }),
    };

    /// <summary>Every formula of <see cref="SentenceRules"/> holds one of these: a sentence without any is looked at no further.</summary>
    internal static readonly string[] SentenceTriggers =
    {
        "cookie", "newsletter", "sign", "log in", "subscri", "account", "continu", "share", "follow", "teilen", "folgen",
        "rights", "rechte", "droits", "derechos", "diritti", "terms of", "privacy", "datenschutz", "redistributed",
        "melden", "registrieren", "prohib", "reproduc", "riproduz", "vervielf", "comment", "kommentier", "commission",
        "affiliate", "provision", "willig", "verarbeitung", "agree", "consent",
    };

    /// <returns>The kind of chrome a sentence is by its own words (<see cref="SentenceRules"/>), or null.</returns>
    public static ChromeKind? FindInSentence(string text)
    {
        // Most prose holds no trigger: one pass tells, and which triggers a text holds rules out the formulas without them.
        ulong present = TriggersIn(text);
        if (present == 0 || (present == AnyTrigger && Array.TrueForAll(SentenceTriggers, trigger => text.IndexOf(trigger, StringComparison.OrdinalIgnoreCase) < 0)))
        {
            return null;
        }

        text = Text.ToLower(text); // the formulas are in lower case: ordinal search
        for (int rule = 0; rule < SentenceRules.Length; rule++)
        {
            string[] formulas = SentenceRules[rule].Formulas;
            for (int f = 0; f < formulas.Length; f++)
            {
                if ((FormulaTriggers[rule][f] & ~present) == 0 && HoldsWord(text, formulas[f], StringComparison.Ordinal))
                {
                    return SentenceRules[rule].Kind;
                }
            }
        }

        return null;
    }

    /// <summary>Every trigger, one bit each in the order of <see cref="SentenceTriggers"/>.</summary>
    private static readonly ulong AnyTrigger = (1UL << SentenceTriggers.Length) - 1;

    /// <summary>
    /// <see cref="Fold"/> of every character, looked up rather than tested: prose mixes cases, spaces and stops. A
    /// character beyond ASCII that case maps into it (<see cref="Text.IsCasedIntoAscii"/>) is <see cref="CasedIntoAscii"/>.
    /// </summary>
    private static readonly byte[] Folded = Enumerable.Range(0, char.MaxValue + 1).Select(c =>
        (byte)(c is >= 'a' and <= 'z' ? c - 'a' + 1 : c is >= 'A' and <= 'Z' ? c - 'A' + 1 : c == ' ' ? 27 : c >= 128 && Text.IsCasedIntoAscii((char)c) ? CasedIntoAscii : 0)).ToArray();

    /// <summary>What <see cref="Fold"/> gives a character beyond ASCII that may be read as a letter of one: no trigger holds it.</summary>
    private const byte CasedIntoAscii = 31;

    /// <summary>For each formula of <see cref="SentenceRules"/>, the triggers it holds: a text without one of them cannot hold it.</summary>
    private static readonly ulong[][] FormulaTriggers = Array.ConvertAll(SentenceRules, rule => Array.ConvertAll(rule.Formulas, formula =>
        Enumerable.Range(0, SentenceTriggers.Length).Where(t => formula.Contains(SentenceTriggers[t])).Aggregate(0UL, (mask, t) => mask | (1UL << t))));

    /// <summary>The code of each trigger's first three characters (<see cref="TriggerCode"/>).</summary>
    private static readonly int[] TriggerCodes = Array.ConvertAll(SentenceTriggers, trigger => TriggerCode(TriggerCode(TriggerCode(0, trigger[0]), trigger[1]), trigger[2]));

    /// <summary>For each code of three characters (<see cref="TriggerCode"/>), whether a trigger opens with them: one look-up a character.</summary>
    private static readonly bool[] OpensTrigger = IndexTriggerOpenings();

    /// <summary>
    /// The triggers the text holds, ignoring case, one bit each (<see cref="AnyTrigger"/>): one pass over it, where a
    /// search per trigger made a pass each. All of them where a character beyond ASCII could be read as one in it.
    /// </summary>
    private static ulong TriggersIn(string text)
    {
        ulong present = 0;
        int code = 0; // before the third character, the code opens with a 0, as no trigger does
        for (int i = 0; i < text.Length; i++)
        {
            int folded = Folded[text[i]];
            code = NextCode(code, folded);
            if (OpensTrigger[code])
            {
                present |= TriggersAt(text, i - 2, code);
            }
            else if (folded == CasedIntoAscii)
            {
                return AnyTrigger; // a text with one may hold any trigger (no trigger holds it, so it opens none)
            }
        }

        return present;
    }

    /// <summary>The code of the last three characters, with <paramref name="c"/> the last: five bits each (<see cref="Fold"/>).</summary>
    private static int TriggerCode(int code, char c) => NextCode(code, Fold(c));

    private static int NextCode(int code, int folded) => ((code << 5) | folded) & 0x7FFF;

    /// <summary>A letter as 1 to 26 in either case, a space as 27, any other character as 0 (or <see cref="CasedIntoAscii"/>): what no trigger holds.</summary>
    private static int Fold(char c) => Folded[c];

    /// <summary>The triggers that start at <paramref name="at"/>, whose first three characters have the given code.</summary>
    private static ulong TriggersAt(string text, int at, int code)
    {
        ulong found = 0;
        for (int t = Array.IndexOf(TriggerCodes, code); t >= 0; t = Array.IndexOf(TriggerCodes, code, t + 1)) // a vector search of the codes
        {
            string trigger = SentenceTriggers[t];
            int k = 3;
            while (k < trigger.Length && at + k < text.Length && Fold(text[at + k]) == Fold(trigger[k]))
            {
                k++;
            }

            found |= k == trigger.Length ? 1UL << t : 0;
        }

        return found;
    }

    private static bool[] IndexTriggerOpenings()
    {
        var openings = new bool[0x7FFF + 1];
        foreach (int code in TriggerCodes)
        {
            openings[code] = true;
        }

        return openings;
    }

    /// <summary>A single chrome word counts on a block this short; a phrase of several words on one twice as long.</summary>
    private const int MaxWordsForOneWord = 6;

    /// <summary>
    /// The rows of <see cref="Table"/> by their phrase's first two characters (a letter from a to z, then an ASCII
    /// character), in table order: an array, asked at every word start. A first letter alone left a dozen rows to try.
    /// </summary>
    private static readonly int[]?[] TableByOpening = IndexByOpening();

    /// <summary>For each row of <see cref="Table"/>, whether its phrase has more than one word.</summary>
    private static readonly bool[] HasSeveralWords = Array.ConvertAll(Table, row => row.Phrase.IndexOf(' ') >= 0);

    /// <returns>The kind of the first phrase of the table the text holds as whole words ("share", not "shares"), or null.</returns>
    public static ChromeKind? Find(string text, int words)
    {
        if (words > MaxWordsForOneWord * 2)
        {
            return null;
        }

        // One look-up per word start instead of one search per phrase: this runs on every short block of a page.
        int first = Table.Length;
        for (int at = 0; at < text.Length; at++)
        {
            if (!StartsWord(text, at) || at + 1 == text.Length)
            {
                continue; // most characters stand inside a word: asked first, as it is cheaper than their case; no phrase is one character long
            }

            int[]? rows = RowsOpeningWith(Text.ToLower(text[at]), Text.ToLower(text[at + 1]));
            if (rows is null)
            {
                continue;
            }

            foreach (int row in rows)
            {
                string phrase = Table[row].Phrase;
                if (row >= first)
                {
                    break;
                }

                if ((words <= MaxWordsForOneWord || HasSeveralWords[row]) && at + phrase.Length <= text.Length
                    && IsAt(text, at, phrase) && EndsWord(text, at + phrase.Length))
                {
                    first = row;
                }
            }
        }

        return first < Table.Length ? Table[first].Kind : null;
    }

    /// <summary>The phrase (in lower case) stands at <paramref name="at"/>, in any case.</summary>
    private static bool IsAt(string text, int at, string phrase)
    {
        for (int i = 0; i < phrase.Length; i++)
        {
            if (Text.ToLower(text[at + i]) != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int[]? RowsOpeningWith(char first, char second) =>
        first is >= 'a' and <= 'z' && second < 128 ? TableByOpening[Opening(first, second)] : null;

    private static int Opening(char first, char second) => ((first - 'a') * 128) + second;

    private static int[]?[] IndexByOpening()
    {
        var index = new int[]?[26 * 128];
        // Every phrase opens with a letter from a to z and an ASCII character, which a test holds (a generator must not
        // throw when its type is first used): one that did not would be missed.
        foreach (IGrouping<int, int> group in Enumerable.Range(0, Table.Length).Where(row => OpensIndexably(Table[row].Phrase))
            .GroupBy(row => Opening(Table[row].Phrase[0], Table[row].Phrase[1])))
        {
            index[group.Key] = group.ToArray();
        }

        return index;
    }

    internal static bool OpensIndexably(string phrase) => phrase.Length > 1 && phrase[0] is >= 'a' and <= 'z' && phrase[1] < 128;

    /// <summary>A phrase may start here: not inside a word, nor after a hyphen ("e-mail" is no "mail").</summary>
    private static bool StartsWord(string text, int at) => at == 0 || !(char.IsLetter(text[at - 1]) || text[at - 1] == '-');

    /// <summary>A phrase that ends on a letter ends a word here: "share", not "shares".</summary>
    private static bool EndsWord(string text, int end) => end == text.Length || !char.IsLetter(text[end]) || !char.IsLetter(text[end - 1]);

    /// <summary>The text holds the phrase as whole words: "share", not "shares" or "timeshare".</summary>
    private static bool HoldsWord(string text, string phrase, StringComparison comparison)
    {
        for (int at = text.IndexOf(phrase, comparison); at >= 0; at = text.IndexOf(phrase, at + 1, comparison))
        {
            if (StartsWord(text, at) && EndsWord(text, at + phrase.Length))
            {
                return true;
            }
        }

        return false;
    }
}
