using System;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>Locations in article files, and one parser <see cref="Finding"/> as a diagnostic (as <see cref="FileDiagnostics"/> makes it).</summary>
internal static class FindingDiagnostics
{
    /// <param name="path">The file's path, as the compiler knows it: the diagnostic's location.</param>
    /// <param name="projectDirectory">Where the project is; messages name the file relative to it.</param>
    /// <returns>The diagnostic, or null for an ID that is not in the catalogue.</returns>
    public static Diagnostic? Create(Finding finding, string path, string? projectDirectory, SourceText text)
    {
        int start = Math.Max(0, Math.Min(finding.Span.Start, text.Length));
        int end = Math.Max(start, Math.Min(finding.Span.End, text.Length));
        var report = new FileReport(finding.Id, start, end, FileReports.Subject(finding, path, projectDirectory), finding.Detail, finding.Unsure);
        return FileDiagnostics.ToDiagnostic(report, path, text);
    }

    /// <summary>A location in an additional file; line and column are what builds print and the IDE underlines.</summary>
    public static Location At(string path, SourceText text, TextSpan span) =>
        Location.Create(path, span, text.Lines.GetLinePositionSpan(span));

    /// <summary>The start of a file, for what concerns the file as a whole (its name, its size).</summary>
    public static Location AtStart(string path) =>
        Location.Create(path, default, new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
