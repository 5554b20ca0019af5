using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleGen.Tool.Checking;
using ArticleGen.Tool.Cli;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Tool.Commands;

/// <summary><c>articlegen check PATH...</c>: what the analyzer would report, as a build prints it, or as JSON or SARIF.</summary>
internal sealed class CheckCommand : ICommand
{
    public string Name => "check";

    public string Summary => "Report what the analyzer reports, as a build prints it (or as JSON or SARIF).";

    public string Help => $"""
        Usage: articlegen check PATH... [options]

        Reports what the ArticleGen analyzer reports for article files, in the form a build prints:
          path(line,col): warning ART005: message (help link)
        PATH is a file, a folder (searched for *.txt, skipping bin, obj and hidden folders) or a glob (Articles/**/*.txt).
        Severities come from dotnet_diagnostic.ARTnnn.severity in .globalconfig files, as in a build.

        Options:
          --format FORMAT       text (default), json or sarif (SARIF 2.1.0).
          -o, --output FILE     Write the report to FILE instead of standard output.
          --warnaserror         Report warnings as errors.
          --fail-on LEVEL       Exit 1 when a diagnostic is at LEVEL or above: error, warning (default), info, or none.
        {CheckSettings.Help}
        Exit codes: 0 clean, 1 diagnostics at the fail level, 2 usage error.

        Examples:
          articlegen check Articles
          articlegen check "Articles/**/*.txt" --format sarif -o articles.sarif
          articlegen check Articles/seed.txt --fail-on error

        """;

    public int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        Arguments arguments = Arguments.Parse(
            args,
            ["format", "output", "fail-on", .. CheckSettings.ValueOptions],
            ["warnaserror", .. CheckSettings.Flags],
            new Dictionary<string, string> { ["o"] = "output" });
        string format = arguments.Choice("format", "text", "text", "json", "sarif");
        string failOn = arguments.Choice("fail-on", "warning", "error", "warning", "info", "none");
        IReadOnlyList<CheckedArticle> articles = CheckSettings.CheckPaths(arguments, arguments.Positional);
        if (arguments.Has("warnaserror"))
        {
            articles = articles.Select(a => a with { Diagnostics = a.Diagnostics.Select(WarningAsError).ToList() }).ToList();
        }

        string? outputFile = arguments.Value("output");
        console.Out.Flush();
        if (outputFile is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputFile))!);
        }

        Stream stream = outputFile is null ? console.OutStream : File.Create(outputFile);
        try
        {
            Write(stream, format, articles);
        }
        finally
        {
            stream.Flush();
            if (outputFile is not null)
            {
                stream.Dispose();
            }
        }

        List<Diagnostic> all = articles.SelectMany(a => a.Diagnostics).ToList();
        console.Messages.WriteLine(Totals(articles.Count, all));
        return all.Any(d => AtOrAbove(d.Severity, failOn)) ? ExitCodes.Problems : ExitCodes.Success;
    }

    private static void Write(Stream stream, string format, IReadOnlyList<CheckedArticle> articles)
    {
        switch (format)
        {
            case "json":
                CheckOutput.WriteJson(stream, articles);
                break;
            case "sarif":
                CheckOutput.WriteSarif(stream, articles, Program.Version);
                break;
            default:
                using (var writer = new StreamWriter(stream, leaveOpen: true) { NewLine = "\n" })
                {
                    CheckOutput.WriteText(writer, articles);
                }

                break;
        }
    }

    /// <summary>E.g. <c>85 files: 3 errors, 120 warnings, 7 info</c>.</summary>
    private static string Totals(int files, List<Diagnostic> diagnostics)
    {
        string Count(DiagnosticSeverity severity, string name)
        {
            int n = diagnostics.Count(d => d.Severity == severity);
            return $"{n} {name}{(n == 1 || name == "info" ? "" : "s")}";
        }

        return $"{files} file{(files == 1 ? "" : "s")}: {Count(DiagnosticSeverity.Error, "error")}, {Count(DiagnosticSeverity.Warning, "warning")}, {Count(DiagnosticSeverity.Info, "info")}";
    }

    private static Diagnostic WarningAsError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Warning ? Severities.With(diagnostic, DiagnosticSeverity.Error) : diagnostic;

    private static bool AtOrAbove(DiagnosticSeverity severity, string level) => level switch
    {
        "error" => severity == DiagnosticSeverity.Error,
        "warning" => severity >= DiagnosticSeverity.Warning,
        "info" => severity >= DiagnosticSeverity.Info,
        _ => false,
    };
}
