using System.Text;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// Makes finding text fit a one-line diagnostic message: a marker wrapped over two lines, or a long run of text,
/// would otherwise break the <c>file(line,col): warning ...</c> line that builds print.
/// </summary>
internal static class MessageArguments
{
    /// <summary>The longest quoted subject a one-line message shows before it is shortened at a word boundary.</summary>
    public const int MaxLength = 80;

    /// <summary>Collapses space as the parser counts it (<see cref="Parsing.Text.IsSpace"/>) and control characters to single spaces, and trims. Nothing is cut.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text!.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (Parsing.Text.IsSpace(c) || char.IsControl(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>
    /// A one-line subject of about <see cref="MaxLength"/> characters, cut only between words and ended with <c>…</c>.
    /// Where that would keep less than half of it (a long URL or tag near the start), the word that crosses the limit
    /// is kept whole instead. Returns the same instance when nothing is cut.
    /// </summary>
    public static string Shorten(string oneLine)
    {
        if (oneLine.Length <= MaxLength)
        {
            return oneLine;
        }

        // The last space at which the kept words and the ellipsis still fit.
        int cut = oneLine.LastIndexOf(' ', MaxLength - 1);
        if (cut < MaxLength / 2)
        {
            cut = oneLine.IndexOf(' ', MaxLength - 1);
            if (cut < 0)
            {
                return oneLine;
            }
        }

        return oneLine.Substring(0, cut).TrimEnd() + "\u2026";
    }
}
