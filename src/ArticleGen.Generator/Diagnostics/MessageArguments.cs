using System.Text;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// Makes finding text fit a one-line diagnostic message: a marker wrapped over two lines, or a long run of text,
/// would otherwise break the <c>file(line,col): warning ...</c> line that builds print.
/// </summary>
internal static class MessageArguments
{
    public const int MaxLength = 80;

    /// <summary>Collapses space as the parser counts it (<see cref="Parsing.Text.IsSpace"/>) and control characters to single spaces, trims, and shortens to <see cref="MaxLength"/> chars.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(System.Math.Min(text!.Length, MaxLength + 1));
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
            if (result.Length > MaxLength)
            {
                result.Length = MaxLength - 1;
                return result.Append('\u2026').ToString();
            }
        }

        return result.ToString();
    }
}
