using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Inputs;

/// <summary>
/// The ART010 checks that need the file as the compiler read it, not its parse: whether it could be read at all,
/// whether it is over the size cap, and whether it was valid UTF-8. Empty, binary and U+FFFD content is the parser's.
/// The generator skips such a file and the analyzer reports it; both ask this one rule, so they always agree.
/// </summary>
internal static class UnreadableFile
{
    /// <returns>What is wrong, or null when the file can be parsed.</returns>
    public static string? Problem(SourceText? text, long maxFileSize) => BeforeReading(text, maxFileSize) ?? (text is null ? null : Encoding(text));

    private static string? BeforeReading(SourceText? text, long maxFileSize)
    {
        if (text is null)
        {
            return "the file could not be read";
        }

        if (ArticleSizeLimit.Exceeds(text, maxFileSize))
        {
            return string.Format(
                CultureInfo.InvariantCulture,
                "it is over the size cap of {0} bytes (ArticleGenMaxFileSize), so it is not parsed and no article is generated",
                maxFileSize);
        }

        return null;
    }

    /// <summary>
    /// The compiler reads a file that is not valid UTF-8 in a legacy code page instead (e.g. Windows-1252), so bad
    /// bytes show up as the encoding it fell back to rather than as U+FFFD.
    /// </summary>
    /// <returns>What is wrong, or null when the text was read as Unicode (or its encoding is unknown).</returns>
    private static string? Encoding(SourceText text) =>
        text.Encoding is { } encoding && !IsUnicode(encoding)
            ? "it is not valid UTF-8 (it was read as " + encoding.WebName + ")"
            : null;

    private static bool IsUnicode(System.Text.Encoding encoding) =>
        encoding is System.Text.UTF8Encoding or System.Text.UnicodeEncoding or System.Text.UTF32Encoding || encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;
}
