using System;
using System.Collections.Generic;
using System.Threading;
using ArticleGen.Generator.Inputs;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// One thing to report in an article file, before it is a compiler diagnostic: the ID, the span in the file's own text
/// and the two message arguments of the catalogue's format ({0} the subject, {1} the detail), each in full.
/// </summary>
/// <param name="Unsure">The parser is unsure (ART012): reported as a warning whatever the default; a configured severity still wins.</param>
internal readonly record struct FileReport(string Id, int Start, int End, string Subject, string Detail, bool Unsure = false);

/// <param name="Reports">In the order they are reported: ART009 first, then ART010 or the parser's findings in order of place.</param>
/// <param name="Parse">The parse, or null where the file is unreadable (ART010 before parsing) and no article is generated.</param>
internal sealed record FileReportResult(IReadOnlyList<FileReport> Reports, ParseResult? Parse);

/// <summary>
/// The one per-file reporter: what is reported for an article file, whoever asks (the analyzer in a build, the
/// <c>articlegen</c> tool outside one). It holds no Roslyn types, so the same answers come out of both;
/// <see cref="FileDiagnostics"/> turns them into diagnostics.
/// </summary>
internal static class FileReports
{
    /// <param name="path">The file's path, for messages that name the file.</param>
    /// <param name="projectDirectory">Messages name files relative to it (<see cref="ProjectPaths"/>); the tool passes the current folder.</param>
    /// <param name="text">The file's text as read, or null where it could not be read.</param>
    /// <param name="unreadable">Why the file cannot be parsed (<see cref="UnreadableFile"/>), or null.</param>
    /// <param name="clash">The file's name where it clashes with an earlier file's (ART009), or null.</param>
    /// <param name="reading">A whole page, or (<c>ArticleGenPage="false"</c>) the article alone.</param>
    public static FileReportResult For(
        string path, string? projectDirectory, string? text, string? unreadable, UniqueName? clash, PageReading reading, CancellationToken cancellationToken)
    {
        var reports = new List<FileReport>();
        if (clash is { DuplicateOf: { } other } taken)
        {
            reports.Add(new FileReport(DiagnosticIds.DuplicateArticleName, 0, 0, taken.BaseName, ProjectPaths.Relative(other, projectDirectory)));
        }

        if (text is null || unreadable is not null)
        {
            reports.Add(new FileReport(DiagnosticIds.UnreadableArticleFile, 0, 0, ProjectPaths.Relative(path, projectDirectory), unreadable ?? "the file could not be read"));
            return new FileReportResult(reports, null);
        }

        ParseResult result = ArticleText.Parse(text, reading, cancellationToken);
        foreach (Finding finding in result.Findings)
        {
            // The finding's offsets are offsets into this text (ArticleText.Parse); clamp in case of a parser slip
            // rather than throw inside the compiler.
            int start = Math.Max(0, Math.Min(finding.Span.Start, text.Length));
            int end = Math.Max(start, Math.Min(finding.Span.End, text.Length));
            reports.Add(new FileReport(finding.Id, start, end, Subject(finding, path, projectDirectory), finding.Detail, finding.Unsure));
        }

        return new FileReportResult(reports, result);
    }

    /// <summary>
    /// What the message names: the offending text, or the file itself where the finding is about the whole file
    /// (ART010) or about something missing, which has no text of its own (ART003, ART006).
    /// </summary>
    public static string Subject(Finding finding, string path, string? projectDirectory) =>
        finding.Id == DiagnosticIds.UnreadableArticleFile || string.IsNullOrWhiteSpace(finding.Subject)
            ? ProjectPaths.Relative(path, projectDirectory)
            : finding.Subject;
}
