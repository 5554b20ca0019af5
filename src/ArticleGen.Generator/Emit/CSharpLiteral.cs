using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Turns any string into C# literals whose value is exactly that string. Characters that would break the literal, end
/// the line, or hide in an editor (controls, line and paragraph separators, bidi and zero-width marks, unusual spaces,
/// lone surrogates) become <c>\uXXXX</c>; everything else, including non-ASCII letters, stays as is. Long texts with
/// line breaks (<see cref="Text"/>) keep their tabs and line feeds as they are, in a verbatim literal.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>
    /// Above this many pieces, <see cref="Text"/> writes one regular literal instead: a long chain of <c>+</c> costs
    /// the compiler far more than the text itself.
    /// </summary>
    private const int MaxPieces = 16;

    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        Append(text, value, 0, value.Length);
        return text.ToString();
    }

    /// <summary><c>null</c>, or the quoted value.</summary>
    public static string QuoteOrNull(string? value) => value is null ? "null" : Quote(value);

    /// <summary>
    /// A long text with line breaks as one verbatim literal, <c>@"..."</c>, whose lines are the text's own lines: readable
    /// in the generated file, and one token for the compiler. Tabs and line feeds stay as they are. Each run of other
    /// characters that <see cref="Quote"/> escapes (a no-break space, say) is joined in as an escaped literal with
    /// <c>+</c>; past <see cref="MaxPieces"/> pieces the whole text is one regular literal. Text without line breaks
    /// is <see cref="Quote"/>d.
    /// </summary>
    public static string Text(string value)
    {
        if (value.IndexOf('\n') < 0)
        {
            return Quote(value);
        }

        var pieces = new List<string>();
        int start = 0;
        while (start < value.Length)
        {
            bool hidden = IsEscapedInText(value, start);
            int end = start + 1;
            while (end < value.Length && IsEscapedInText(value, end) == hidden)
            {
                end++;
            }

            pieces.Add(hidden ? Slice(value, start, end) : Verbatim(value, start, end));
            if (pieces.Count > MaxPieces)
            {
                return Quote(value);
            }

            start = end;
        }

        return string.Join(" + ", pieces);
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

    /// <summary>The characters a verbatim literal cannot hold visibly: <see cref="IsHidden"/> ones, except tab and line feed.</summary>
    private static bool IsEscapedInText(string value, int index) =>
        value[index] is not ('\t' or '\n') && IsHidden(value, index);

    private static string Verbatim(string value, int start, int end) =>
        "@\"" + value.Substring(start, end - start).Replace("\"", "\"\"") + "\"";

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
