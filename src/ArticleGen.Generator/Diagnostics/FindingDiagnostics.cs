using System;
using ArticleGen.Generator.Inputs;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>Turns a parser <see cref="Finding"/> into a diagnostic at its exact place in the article file.</summary>
internal static class FindingDiagnostics
{
    /// <param name="path">The file's path, as the compiler knows it: the diagnostic's location.</param>
    /// <param name="projectDirectory">Where the project is; messages name the file relative to it (<see cref="ProjectPaths"/>).</param>
    /// <returns>The diagnostic, or null for an ID that is not in the catalogue.</returns>
    public static Diagnostic? Create(Finding finding, string path, string? projectDirectory, SourceText text)
    {
        DiagnosticDescriptor? descriptor = DiagnosticDescriptors.Find(finding.Id);
        if (descriptor is null)
        {
            return null;
        }

        // The finding's offsets are offsets into this text (ArticleText.Parse); clamp in case of a parser slip
        // rather than throw inside the compiler.
        int start = Math.Max(0, Math.Min(finding.Span.Start, text.Length));
        int end = Math.Max(start, Math.Min(finding.Span.End, text.Length));
        // An unsure finding is raised to a warning; a severity the user configures still wins over it.
        return Diagnostic.Create(
            descriptor,
            At(path, text, TextSpan.FromBounds(start, end)),
            finding.Unsure ? DiagnosticSeverity.Warning : descriptor.DefaultSeverity,
            additionalLocations: null,
            properties: null,
            MessageArguments.OneLine(Subject(finding, path, projectDirectory)),
            MessageArguments.OneLine(finding.Detail));
    }

    /// <summary>
    /// What the message names: the offending text, or the file itself where the finding is about the whole file
    /// (ART010) or about something missing, which has no text of its own (ART003, ART006).
    /// </summary>
    private static string Subject(Finding finding, string path, string? projectDirectory) =>
        finding.Id == DiagnosticIds.UnreadableArticleFile || string.IsNullOrWhiteSpace(finding.Subject)
            ? ProjectPaths.Relative(path, projectDirectory)
            : finding.Subject;

    /// <summary>A location in an additional file; line and column are what builds print and the IDE underlines.</summary>
    public static Location At(string path, SourceText text, TextSpan span) =>
        Location.Create(path, span, text.Lines.GetLinePositionSpan(span));

    /// <summary>The start of a file, for what concerns the file as a whole (its name, its size).</summary>
    public static Location AtStart(string path) =>
        Location.Create(path, default, new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
