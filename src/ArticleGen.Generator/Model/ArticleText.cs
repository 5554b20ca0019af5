using System;
using System.Collections.Generic;
using System.Threading;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Model;

/// <summary>
/// The one text the parser reads for an article file, whoever asks: the generator for its fields, the analyzer and the
/// code fixes for their findings. It is the file's text with a leading U+FEFF dropped and CRLF as LF, so that every
/// checkout generates the same bytes; findings are then moved back to offsets in the file's own text, which is what
/// the IDE underlines and what a fix edits.
/// </summary>
internal static class ArticleText
{
    /// <summary>The file's text as the parser reads it: no leading U+FEFF, CRLF as LF.</summary>
    public static string Normalize(string fileText)
    {
        string text = fileText.Length > 0 && fileText[0] == '\uFEFF' ? fileText.Substring(1) : fileText;
        return text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n");
    }

    /// <summary>Parses the file's text as the generator does, with every finding at its offsets in <paramref name="fileText"/>.</summary>
    public static ParseResult Parse(string fileText, CancellationToken cancellationToken = default) =>
        Parse(fileText, PageReading.WholePage, cancellationToken);

    /// <inheritdoc cref="Parse(string, CancellationToken)"/>
    public static ParseResult Parse(string fileText, PageReading reading, CancellationToken cancellationToken = default)
    {
        string text = Normalize(fileText);
        ParseResult result = ArticleParser.Parse(text, reading, cancellationToken);
        if (ReferenceEquals(text, fileText))
        {
            return result;
        }

        Func<int, int> toFile = ToFileOffsets(fileText);
        var findings = new Finding[result.Findings.Count];
        for (int i = 0; i < findings.Length; i++)
        {
            findings[i] = result.Findings[i].WithOffsets(toFile);
        }

        return result with { Findings = findings.ToEquatableArray(), Spans = result.Spans.WithOffsets(toFile) };
    }

    /// <summary>
    /// Maps an offset in the normalized text to the file's text: past the dropped U+FEFF, and past each CR dropped from
    /// a CRLF before it. An offset at an LF maps to its CR, so a span that ends at a line's end still does.
    /// </summary>
    private static Func<int, int> ToFileOffsets(string fileText)
    {
        int bom = fileText.Length > 0 && fileText[0] == '\uFEFF' ? 1 : 0;
        var lineFeeds = new List<int>(); // where each LF of a CRLF is in the normalized text
        for (int i = bom; i + 1 < fileText.Length; i++)
        {
            if (fileText[i] == '\r' && fileText[i + 1] == '\n')
            {
                lineFeeds.Add(i - bom - lineFeeds.Count);
            }
        }

        return offset =>
        {
            int before = lineFeeds.BinarySearch(offset);
            return offset + bom + (before >= 0 ? before : ~before);
        };
    }
}
