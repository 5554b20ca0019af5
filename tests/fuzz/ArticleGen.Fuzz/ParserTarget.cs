using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Fuzzing;

/// <summary>
/// The fuzz target: bytes in, every reading of them parsed, the parser's contract checked. A broken contract throws
/// <see cref="ParserContractViolation"/>, which AFL++ records as a crash.
/// <para>
/// Shared by the AFL++ harness (tests/fuzz/ArticleGen.Fuzz) and the regression replay test, which links this file,
/// so a saved crash is replayed exactly as it was found. Nothing here depends on SharpFuzz or AFL++.
/// </para>
/// </summary>
internal static class ParserTarget
{
    /// <summary>Roslyn's reading of a file with a BOM, or without one: invalid bytes become U+FFFD.</summary>
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly Encoding LenientUtf16LE = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);

    private static readonly Encoding LenientUtf16BE = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    /// <summary>Parses every reading of <paramref name="bytes"/> and checks the contract on each.</summary>
    /// <exception cref="ParserContractViolation">The parser threw, or broke its contract.</exception>
    public static void Check(byte[] bytes)
    {
        foreach (Reading reading in Readings(bytes))
        {
            CheckText(reading.Text, reading.Name);
        }
    }

    /// <summary>
    /// The strings a file's bytes can reach the parser as:
    /// <list type="bullet">
    /// <item><c>file</c>: as the compiler decodes an additional file: a UTF-8 or UTF-16 BOM picks the encoding and is
    /// dropped, no BOM means UTF-8; invalid bytes become U+FFFD.</item>
    /// <item><c>latin1</c>: the compiler's fallback for a file without a BOM that is not valid UTF-8 (one byte, one
    /// char), which also lets mutated bytes reach deep into the parser instead of stopping at ART010.</item>
    /// <item><c>utf16-raw</c>: the bytes taken as UTF-16 code units as they are, so lone surrogates, NUL, U+2028 and
    /// every other BMP char can be reached.</item>
    /// </list>
    /// </summary>
    public static IEnumerable<Reading> Readings(byte[] bytes)
    {
        yield return new Reading("file", DecodeAsFile(bytes));

        if (!IsAscii(bytes))
        {
            yield return new Reading("latin1", Latin1(bytes));
        }

        if (bytes.Length >= 2)
        {
            ReadOnlySpan<char> units = MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1));
            yield return new Reading("utf16-raw", units.ToString());
        }
    }

    /// <summary>How a file's text can be read: as a whole saved page (the page stage runs) or as the article alone.</summary>
    private static readonly PageReading[] PageReadings = { PageReading.WholePage, PageReading.ArticleOnly };

    /// <summary>Parses <paramref name="text"/> in each <see cref="PageReading"/> and checks the contract on each.</summary>
    public static void CheckText(string text, string readingName)
    {
        foreach (PageReading page in PageReadings)
        {
            CheckText(text, page, $"{readingName}/{page}");
        }
    }

    /// <summary>
    /// Parses <paramref name="text"/> twice in one <see cref="PageReading"/> and checks the contract; then cuts the
    /// ART005 spans out of it, as a fix of the layout markers would, and checks the contract on that text too.
    /// </summary>
    public static void CheckText(string text, PageReading page, string readingName)
    {
        ParseResult first = Parse(text, page, readingName);
        CheckResult(text, first, readingName);

        ParseResult second = Parse(text, page, readingName);
        if (!first.Equals(second))
        {
            throw new ParserContractViolation($"[{readingName}] two parses of the same text differ");
        }

        string? fixedText = WithoutMarkers(text, first);
        if (fixedText is not null)
        {
            string fixedName = readingName + "/ART005-cut";
            CheckResult(fixedText, Parse(fixedText, page, fixedName), fixedName);
        }
    }

    /// <summary>
    /// The text with every ART005 span cut out (overlapping spans merged), or null when there is none. Only the spans
    /// themselves go: the code fix's line and space handling (ArticleGen.CodeFixes, MarkerRemoval) takes more, but the
    /// parser must survive any cut, and this one needs no Roslyn.
    /// </summary>
    public static string? WithoutMarkers(string text, ParseResult result)
    {
        var spans = new List<SourceSpan>();
        foreach (Finding finding in result.Findings)
        {
            if (finding.Id == DiagnosticIds.LeftoverLayoutMarker && finding.Span.Length > 0)
            {
                spans.Add(finding.Span);
            }
        }

        if (spans.Count == 0)
        {
            return null;
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var kept = new StringBuilder(text.Length);
        int at = 0;
        foreach (SourceSpan span in spans)
        {
            if (span.Start > at)
            {
                kept.Append(text, at, span.Start - at);
            }

            at = Math.Max(at, span.End);
        }

        kept.Append(text, at, text.Length - at);
        return kept.ToString();
    }

    private static ParseResult Parse(string text, PageReading page, string readingName)
    {
        try
        {
            return ArticleParser.Parse(text, page, CancellationToken.None);
        }
        catch (Exception ex)
        {
            throw new ParserContractViolation($"[{readingName}] ArticleParser.Parse threw {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    private static void CheckResult(string text, ParseResult? result, string readingName)
    {
        if (result is null)
        {
            Fail(readingName, "the result is null");
        }

        ParsedArticle? article = result!.Article;
        if (article is null)
        {
            Fail(readingName, "the article is null");
        }

        if (article!.Headline is null)
        {
            Fail(readingName, "the headline is null");
        }

        foreach (string? paragraph in article.Paragraphs)
        {
            if (paragraph is null)
            {
                Fail(readingName, "a paragraph is null");
            }
        }

        int previousStart = 0;
        for (int i = 0; i < result.Findings.Count; i++)
        {
            Finding? finding = result.Findings[i];
            if (finding is null)
            {
                Fail(readingName, $"finding {i} is null");
            }

            SourceSpan span = finding!.Span;
            // The page stage's own findings, named so: ART005 (chrome, layout markers) and ART012 (text set aside).
            if ((finding.Id == DiagnosticIds.LeftoverLayoutMarker || finding.Id == DiagnosticIds.TextSetAside)
                && !Inside(span, text))
            {
                Fail(readingName, $"page-stage finding {i} ({finding.Id}) has span [{span.Start}, {span.End}) outside the text of length {text.Length}");
            }

            if (!Inside(span, text))
            {
                Fail(readingName, $"finding {i} ({finding.Id}) has span [{span.Start}, {span.Start}+{span.Length}) outside the text of length {text.Length}");
            }

            if (string.IsNullOrEmpty(finding.Id) || finding.Subject is null || finding.Detail is null)
            {
                Fail(readingName, $"finding {i} has a null or empty Id, or a null Subject or Detail");
            }

            if (span.Start < previousStart)
            {
                Fail(readingName, $"finding {i} ({finding.Id}) at {span.Start} comes after one at {previousStart}: findings are not in order");
            }

            previousStart = span.Start;
        }
    }

    private static bool Inside(SourceSpan span, string text) =>
        span.Start >= 0 && span.Length >= 0 && span.Start <= text.Length && span.Length <= text.Length - span.Start;

    private static void Fail(string readingName, string what) =>
        throw new ParserContractViolation($"[{readingName}] {what}");

    private static string DecodeAsFile(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return LenientUtf8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return LenientUtf16LE.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return LenientUtf16BE.GetString(bytes, 2, bytes.Length - 2);
        }

        return LenientUtf8.GetString(bytes);
    }

    private static string Latin1(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return new string(chars);
    }

    private static bool IsAscii(byte[] bytes)
    {
        foreach (byte b in bytes)
        {
            if (b >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    internal readonly record struct Reading(string Name, string Text);
}

/// <summary>The parser threw or broke its contract; the fuzz harness lets it escape so AFL++ records a crash.</summary>
internal sealed class ParserContractViolation : Exception
{
    public ParserContractViolation(string message)
        : base(message)
    {
    }

    public ParserContractViolation(string message, Exception inner)
        : base(message, inner)
    {
    }
}
