using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Turns any string into a regular C# string literal whose value is exactly that string. Characters that would
/// break the literal, end the line, or hide in an editor (controls, line and paragraph separators, bidi and
/// zero-width marks, unusual spaces, lone surrogates) become <c>\uXXXX</c>; everything else, including non-ASCII letters, stays as is.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>Above this many lines, <see cref="Pieces"/> groups lines so that the compiler never sees a huge chain of <c>+</c>.</summary>
    private const int MaxPieces = 500;

    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        Append(text, value, 0, value.Length);
        return text.ToString();
    }

    /// <summary><c>null</c>, or the quoted value.</summary>
    public static string QuoteOrNull(string? value) => value is null ? "null" : Quote(value);

    /// <summary>The value as one or more literals that concatenate to it, each ending after a run of <c>\n</c>.</summary>
    public static IReadOnlyList<string> Pieces(string value)
    {
        var ends = new List<int>();
        for (int i = 0; i < value.Length - 1; i++)
        {
            if (value[i] == '\n' && value[i + 1] != '\n')
            {
                ends.Add(i + 1);
            }
        }

        ends.Add(value.Length);
        int group = (ends.Count + MaxPieces - 1) / MaxPieces;
        var pieces = new List<string>();
        int start = 0;
        for (int i = group - 1; i < ends.Count; i += group)
        {
            pieces.Add(Slice(value, start, ends[i]));
            start = ends[i];
        }

        if (start < value.Length)
        {
            pieces.Add(Slice(value, start, value.Length));
        }

        return pieces;
    }

    /// <summary>True for the characters that <see cref="Quote"/> writes as escapes (other than the simple ones).</summary>
    public static bool IsHidden(string value, int index)
    {
        char c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(value[index - 1]);
        }

        // A fixed list rather than Unicode categories, which vary with the runtime's Unicode version: the
        // output must not depend on whether the compiler runs on .NET Framework or .NET.
        // Spaces other than U+0020 are listed too: a no-break space looks like a space but does not compare like one.
        return c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || c == 0x061C || c == 0x180E
            || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F)
            || c == 0x3000 || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || c >= 0xFFFE;
    }

    private static string Slice(string value, int start, int end)
    {
        var text = new StringBuilder(end - start + 2);
        Append(text, value, start, end - start);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string value, int start, int length)
    {
        text.Append('"');
        for (int i = start; i < start + length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\0': text.Append("\\0"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                default:
                    if (IsHidden(value, i))
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
