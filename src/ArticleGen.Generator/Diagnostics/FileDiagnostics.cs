using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using ArticleGen.Generator.Inputs;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// The analyzer's and the tool's per-file diagnostics: the file's <see cref="FileReports"/>, each made a diagnostic at
/// its line and column. The message is the one a build prints on one line, its quoted subject shortened at a word
/// boundary where it is long; the whole message is kept in the diagnostic's properties (<see cref="FullMessageKey"/>).
/// </summary>
internal static class FileDiagnostics
{
    /// <summary>The whole message, where the diagnostic's own has a shortened subject.</summary>
    public const string FullMessageKey = "ArticleGen.FullMessage";

    /// <param name="locationPath">The path the diagnostics are located at (the compiler's path; the tool's display path).</param>
    /// <param name="path">The file's path, for messages that name the file (relative to <paramref name="projectDirectory"/>).</param>
    /// <param name="text">The file's text as the compiler read it, or null where it could not be read.</param>
    public static (List<Diagnostic> Diagnostics, FileReportResult Result) Create(
        string locationPath, string path, string? projectDirectory, SourceText? text, long maxFileSize, UniqueName? clash, PageReading reading, CancellationToken cancellationToken)
    {
        string? unreadable = UnreadableFile.Problem(text, maxFileSize);
        FileReportResult result = FileReports.For(path, projectDirectory, text?.ToString(), unreadable, clash, reading, cancellationToken);
        var diagnostics = new List<Diagnostic>(result.Reports.Count);
        foreach (FileReport report in result.Reports)
        {
            if (ToDiagnostic(report, locationPath, text) is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }
        }

        return (diagnostics, result);
    }

    /// <returns>The diagnostic, or null for an ID that is not in the catalogue.</returns>
    public static Diagnostic? ToDiagnostic(FileReport report, string locationPath, SourceText? text)
    {
        DiagnosticDescriptor? descriptor = DiagnosticDescriptors.Find(report.Id);
        if (descriptor is null)
        {
            return null;
        }

        string subject = MessageArguments.OneLine(report.Subject);
        string detail = MessageArguments.OneLine(report.Detail);
        string shortSubject = MessageArguments.Shorten(subject);
        ImmutableDictionary<string, string?>? properties = null;
        if (!ReferenceEquals(shortSubject, subject))
        {
            string full = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), subject, detail);
            properties = ImmutableDictionary<string, string?>.Empty.Add(FullMessageKey, full);
        }

        Location location = text is null
            ? FindingDiagnostics.AtStart(locationPath)
            : FindingDiagnostics.At(locationPath, text, TextSpan.FromBounds(report.Start, report.End));
        // An unsure finding is raised to a warning; a severity the user configures still wins over it.
        DiagnosticSeverity severity = report.Unsure ? DiagnosticSeverity.Warning : descriptor.DefaultSeverity;
        return Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, shortSubject, detail);
    }
}
