using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Decides whether the text is an article at all (ART010): not empty, not binary, not mangled by a wrong encoding.
/// An unreadable file gets a finding and no fields, and the generator emits nothing for it.
/// </summary>
internal static class FileHealth
{
    /// <summary>Above this share of control characters the file is taken for binary, not for text with a stray byte.</summary>
    private const double BinaryControlShare = 0.02;

    /// <returns>True where the text can be parsed; otherwise an ART010 finding was added.</returns>
    public static bool Check(string text, List<Finding> findings)
    {
        int firstContent = Text.SkipSpace(text, 0, text.Length);
        if (firstContent == text.Length)
        {
            findings.Add(new Finding(DiagnosticIds.UnreadableArticleFile, new SourceSpan(0, text.Length), "", "the file is empty"));
            return false;
        }

        (int nulAt, int controls, int replacementAt, int surrogateAt) = Scan(text);
        if (nulAt >= 0 || controls > text.Length * BinaryControlShare)
        {
            int at = nulAt >= 0 ? nulAt : 0;
            findings.Add(new Finding(DiagnosticIds.UnreadableArticleFile, new SourceSpan(at, 1), "", "the file looks binary, not like text"));
            return false;
        }

        if (replacementAt >= 0)
        {
            findings.Add(new Finding(DiagnosticIds.UnreadableArticleFile, new SourceSpan(replacementAt, 1), "\uFFFD", "the text holds replacement characters from bytes that are not valid UTF-8"));
            return false;
        }

        if (surrogateAt >= 0)
        {
            findings.Add(new Finding(DiagnosticIds.UnreadableArticleFile, new SourceSpan(surrogateAt, 1), "", "the text holds an unpaired surrogate, so it is not valid Unicode"));
            return false;
        }

        return true;
    }

    /// <summary>Where the first NUL, replacement character and unpaired surrogate are, and how many control characters there are.</summary>
    /// <remarks>
    /// Each stretch of <see cref="Stretch"/> characters is first tested at once (<see cref="NothingToCheck"/>); only a
    /// stretch that holds a character to check is read one character at a time. Read so whole, a page beyond ASCII cost
    /// more here than in any other single step of its parse.
    /// </remarks>
    private static (int NulAt, int Controls, int ReplacementAt, int SurrogateAt) Scan(string text)
    {
        int nulAt = -1, controls = 0, replacementAt = -1, surrogateAt = -1;
        for (int i = 0; i < text.Length;)
        {
            if (text.Length - i >= Stretch && NothingToCheck(text, i))
            {
                i += Stretch;
                continue;
            }

            for (int end = Math.Min(text.Length, i + Stretch); i < end; i++)
            {
                char c = text[i];
                if (!MayNeedCheck(c))
                {
                    continue;
                }

                if (c == '\0' && nulAt < 0)
                {
                    nulAt = i;
                }

                if (char.IsControl(c) && !Text.IsSpace(c))
                {
                    controls++;
                }
                else if (c == '\uFFFD' && replacementAt < 0)
                {
                    replacementAt = i;
                }
                else if (char.IsSurrogate(c))
                {
                    bool paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                    if (paired)
                    {
                        i++; // the pair may end past the stretch: the next stretch starts after it
                    }
                    else if (surrogateAt < 0)
                    {
                        surrogateAt = i;
                    }
                }
            }
        }

        return (nulAt, controls, replacementAt, surrogateAt);
    }

    /// <summary>
    /// Printable ASCII, line feeds, and letters beyond ASCII before the surrogates need no check. One range holds them
    /// all but for the C1 controls, which the second test takes out.
    /// </summary>
    private static bool MayNeedCheck(char c) =>
        (uint)(c - ' ') < '\uD800' - ' ' ? (uint)(c - '\u007F') < '\u00A0' - '\u007F' : c != '\n';

    /// <summary>How many characters <see cref="NothingToCheck"/> tests at once: as many as the machine's vectors hold.</summary>
    private static readonly int Stretch = Vector<ushort>.Count;

    private static readonly Vector<ushort> Space = new(' '), PrintableAscii = new('\u007F' - ' '), NoBreakSpace = new('\u00A0'),
        BeforeSurrogates = new('\uD800' - '\u00A0'), LineFeed = new('\n');

    /// <summary>No character of the <see cref="Stretch"/> from <paramref name="start"/> on needs a check (<see cref="MayNeedCheck"/>).</summary>
    private static bool NothingToCheck(string text, int start)
    {
        Vector<ushort> chars = MemoryMarshal.Read<Vector<ushort>>(MemoryMarshal.AsBytes(text.AsSpan(start, Stretch)));
        Vector<ushort> plain = Vector.LessThan(chars - Space, PrintableAscii) | Vector.LessThan(chars - NoBreakSpace, BeforeSurrogates)
            | Vector.Equals(chars, LineFeed);
        return Vector.EqualsAll(plain, new Vector<ushort>(ushort.MaxValue));
    }
}
