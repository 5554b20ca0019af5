using System.Globalization;
using ArticleGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tool.Checking;

/// <summary>One diagnostic as every output form needs it: 1-based lines and columns, as builds print them.</summary>
/// <param name="Message">The whole message, as JSON, SARIF and the report carry it.</param>
/// <param name="TextMessage">The message as a build prints it on one line: a long quoted subject shortened at a word boundary.</param>
internal readonly record struct DiagnosticView(
    string Id,
    string Severity,
    string Title,
    string Message,
    string TextMessage,
    string HelpUri,
    string Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    TextSpan Span)
{
    public static DiagnosticView From(Diagnostic diagnostic)
    {
        FileLinePositionSpan place = diagnostic.Location.GetLineSpan();
        string text = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        return new DiagnosticView(
            diagnostic.Id,
            SeverityName(diagnostic.Severity),
            diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
            diagnostic.Properties.TryGetValue(FileDiagnostics.FullMessageKey, out string? full) && full is not null ? full : text,
            text,
            diagnostic.Descriptor.HelpLinkUri,
            place.Path,
            place.StartLinePosition.Line + 1,
            place.StartLinePosition.Character + 1,
            place.EndLinePosition.Line + 1,
            place.EndLinePosition.Character + 1,
            diagnostic.Location.SourceSpan);
    }

    /// <summary>The line a build prints: <c>path(line,col): warning ART005: message (help link)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): {Severity} {Id}: {TextMessage} ({HelpUri})");

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
